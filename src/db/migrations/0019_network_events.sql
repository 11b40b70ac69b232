-- Events and missions: webinars, workshops, study tours and technical missions. Moments are
-- Unix seconds in UTC with the IANA time zone the event is held in; texts are JSON objects
-- with one version per language. Registrations keep their order (registered_at, id), which
-- is the order of the waiting list; a cancelled registration stays, for the record.
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
