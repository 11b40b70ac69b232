-- Partnership workplans: activities (a title in several languages, dates inside the
-- partnership's, the side responsible, a status, the code of the logic-model output they
-- serve) with their deliverables, and milestones, each optionally tied to an activity; and
-- the program envelope by fiscal year (at the end).
-- Dates are ISO text (YYYY-MM-DD), so they compare as text on both backends.
CREATE TABLE workplan_activities (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    responsible TEXT NOT NULL,
    status TEXT NOT NULL,
    output_code TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE INDEX workplan_activities_partnership ON workplan_activities (partnership_id, start_date);
CREATE INDEX workplan_activities_end ON workplan_activities (end_date, status);

CREATE TABLE activity_deliverables (
    activity_id BIGINT NOT NULL REFERENCES workplan_activities (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    delivered_on TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE workplan_milestones (
    id @id@,
    partnership_id BIGINT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    activity_id BIGINT REFERENCES workplan_activities (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    due_date TEXT NOT NULL,
    done_on TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE INDEX workplan_milestones_partnership ON workplan_milestones (partnership_id, due_date);
CREATE INDEX workplan_milestones_due ON workplan_milestones (due_date, done_on);

-- The program's envelope by fiscal year (named by the year it starts): the cash the funder
-- provides and the in-kind contribution Canadian municipalities commit, in integer cents.
CREATE TABLE program_envelope (
    fiscal_year INTEGER PRIMARY KEY,
    cash_cents BIGINT NOT NULL,
    in_kind_cents BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
