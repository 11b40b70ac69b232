-- Events and missions (webinars, workshops, study tours and technical missions), and network
-- organisations. Moments are Unix seconds in UTC with the IANA time zone the event is held in;
-- texts are JSON objects with one version per language. Registrations keep their order
-- (registered_at, id), which is the order of the waiting list; a cancelled registration
-- stays, for the record.
CREATE TABLE events (
    id @id@,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    place TEXT NOT NULL,
    online_url TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    status TEXT NOT NULL,
    published INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX events_starts ON events (starts_at);

CREATE TABLE event_registrations (
    id @id@,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    registered_at BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    reminded_at BIGINT,
    attended INTEGER,
    in_kind_hours INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX event_registrations_event ON event_registrations (event_id, status, registered_at);
CREATE INDEX event_registrations_user ON event_registrations (user_id);

-- Network organisations: national associations of municipalities of the partner countries,
-- regional and global networks of local governments. Members are partner local governments
-- of the directory, by key; staff accounts belong to the account organisation named here.
CREATE TABLE network_organisations (
    id @id@,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    website TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX network_organisations_organisation ON network_organisations (organisation_id);

CREATE TABLE network_members (
    network_id BIGINT NOT NULL REFERENCES network_organisations (id) ON DELETE CASCADE,
    partner_key TEXT NOT NULL,
    PRIMARY KEY (network_id, partner_key)
);
CREATE INDEX network_members_partner ON network_members (partner_key);
