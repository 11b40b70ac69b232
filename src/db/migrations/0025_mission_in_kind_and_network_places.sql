-- Missions held for a partnership: the time of its Canadian municipal attendees becomes draft
-- in-kind staff-time contributions of that partnership when attendance is recorded.
-- Attendance keeps the attendee's staff role (its hourly rate values the time) and the days
-- of the mission (0: the hours are the whole time; otherwise hours are per day). A
-- contribution made from attendance names the event and the attendee's account, at most one
-- for each, so that recording attendance again changes it rather than adding another.
ALTER TABLE events ADD COLUMN partnership_id BIGINT REFERENCES partnerships (id) ON DELETE SET NULL;
ALTER TABLE event_registrations ADD COLUMN staff_role TEXT NOT NULL DEFAULT '';
ALTER TABLE event_registrations ADD COLUMN days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE in_kind_contributions ADD COLUMN event_id BIGINT REFERENCES events (id) ON DELETE SET NULL;
ALTER TABLE in_kind_contributions ADD COLUMN attendee_id BIGINT;
CREATE UNIQUE INDEX in_kind_mission_attendee ON in_kind_contributions (event_id, attendee_id);

-- Where a network organisation is drawn on the map when it is not at one country's centre:
-- its seat, in millionths of a degree (both or neither).
ALTER TABLE network_organisations ADD COLUMN latitude_e6 BIGINT;
ALTER TABLE network_organisations ADD COLUMN longitude_e6 BIGINT;
