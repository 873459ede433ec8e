-- Rapport schema 9: sales-intelligence alerts (issue 6). Each user's thresholds, and what a user did about an
-- alert: snoozed it until a time, or dismissed it. An alert is one (kind, record) pair with a condition key
-- (e.g. the close date it was raised for); a dismissal holds while that key stays the same, so the alert
-- comes back when the condition arises anew (a new close date, a task due again, a new assignment).
-- user_id 0 stands for "everyone" (a database with no own user). IF NOT EXISTS: the file can be renumbered.

CREATE TABLE IF NOT EXISTS alert_settings (
    id                  INTEGER PRIMARY KEY NOT NULL,
    user_id             INTEGER NOT NULL UNIQUE,
    closing_days        INTEGER NOT NULL DEFAULT 14 CHECK (closing_days BETWEEN 0 AND 365),
    stale_days          INTEGER NOT NULL DEFAULT 21 CHECK (stale_days BETWEEN 1 AND 3650),
    quota_pace_percent  INTEGER NOT NULL DEFAULT 90 CHECK (quota_pace_percent BETWEEN 1 AND 100),
    trend_months        INTEGER NOT NULL DEFAULT 6 CHECK (trend_months BETWEEN 1 AND 24),
    trend_drop_percent  INTEGER NOT NULL DEFAULT 50 CHECK (trend_drop_percent BETWEEN 1 AND 100),
    lead_contact_hours  INTEGER NOT NULL DEFAULT 48 CHECK (lead_contact_hours BETWEEN 1 AND 8760),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS alert_states (
    id            INTEGER PRIMARY KEY NOT NULL,
    user_id       INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('closing_soon', 'past_close', 'stale_deal', 'quota_behind',
                                                'buying_drop', 'lead_uncontacted', 'task_overdue')),
    record_id     INTEGER NOT NULL,
    condition_key TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL CHECK (state IN ('snoozed', 'dismissed')),
    snoozed_until TEXT, -- ISO 8601 UTC, for state 'snoozed'
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (user_id, kind, record_id)
);

-- Accepted quotes are what customers bought: the buying-trend alert and the cross-sell rules read them.
CREATE INDEX IF NOT EXISTS quotes_by_status ON quotes (status, customer_id);
