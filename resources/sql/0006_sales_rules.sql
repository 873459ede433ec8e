-- Rapport schema 6: sales rules kept by the database itself, whoever writes.
--  * The stage history of an opportunity is written by triggers: a new opportunity enters its stage when it
--    is created, and every change of stage_id (the kanban, `opportunity move`, the form, a generic
--    `update opportunity ID stage_id=...`) closes the open visit and opens the next one. The time is the
--    row's new updated_at when the writer set one (the demo writes history in the past that way), else now.
--    Quiet while rows are put back as they were or arrive from elsewhere with their history (undo, restore,
--    sync applying a package: rapport_replay() = 1).
--  * The task an assignee gets for a new lead names the lead, so it goes when the lead goes (an undone import
--    or an undone "add lead" takes its tasks along).

ALTER TABLE tasks ADD COLUMN lead_id INTEGER REFERENCES leads (id) ON DELETE CASCADE;
CREATE INDEX tasks_by_lead ON tasks (lead_id) WHERE lead_id IS NOT NULL;

CREATE TRIGGER opportunities_stage_history_insert AFTER INSERT ON opportunities
WHEN rapport_replay() = 0 BEGIN
    INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, created_at, updated_at)
    VALUES (rapport_new_id(), new.id, new.stage_id, new.created_at, new.created_at, new.created_at);
END;

CREATE TRIGGER opportunities_stage_history_update AFTER UPDATE OF stage_id ON opportunities
WHEN old.stage_id IS NOT new.stage_id AND rapport_replay() = 0 BEGIN
    UPDATE opportunity_stage_history
    SET left_at = CASE WHEN new.updated_at IS NOT old.updated_at THEN new.updated_at
                       ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
        updated_at = CASE WHEN new.updated_at IS NOT old.updated_at THEN new.updated_at
                          ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END
    WHERE opportunity_id = new.id AND left_at IS NULL;
    INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, created_at, updated_at)
    SELECT rapport_new_id(), new.id, new.stage_id, w.at, w.at, w.at
    FROM (SELECT CASE WHEN new.updated_at IS NOT old.updated_at THEN new.updated_at
                      ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END AS at) w;
END;
