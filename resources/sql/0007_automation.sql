-- Rapport schema 7: service cases, event-based (trigger) rules with their firing log, promotions that quotes
-- can apply, and partners (resellers, referrers) with leads and opportunities attributed to them (issue 5).
-- Money is INTEGER minor units beside a currency column; rates are INTEGER basis points (1000 = 10.00 %).

-- A service case (ticket) of a customer.
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY NOT NULL,
    subject     TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    description TEXT,
    category    TEXT,
    priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'waiting', 'resolved',
                                                               'closed')),
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    owner_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    opened_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    resolved_at TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX cases_by_customer ON cases (customer_id, opened_at);
CREATE INDEX cases_by_status ON cases (status, opened_at);
CREATE INDEX cases_by_opened ON cases (opened_at, id);

-- A partner is an organisation among the customers (kind 'organisation'); the partner's people are that
-- customer's contacts, so one address book serves both and a partner that also buys keeps one record.
CREATE TABLE partners (
    id            INTEGER PRIMARY KEY NOT NULL,
    customer_id   INTEGER NOT NULL UNIQUE REFERENCES customers (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL DEFAULT 'reseller' CHECK (kind IN ('reseller', 'referrer')),
    level         TEXT,
    commission_bp INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
    since         TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes         TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

ALTER TABLE leads ADD COLUMN partner_id INTEGER REFERENCES partners (id) ON DELETE SET NULL;
ALTER TABLE opportunities ADD COLUMN partner_id INTEGER REFERENCES partners (id) ON DELETE SET NULL;
CREATE INDEX leads_by_partner ON leads (partner_id) WHERE partner_id IS NOT NULL;
CREATE INDEX opportunities_by_partner ON opportunities (partner_id, status) WHERE partner_id IS NOT NULL;

-- A discount: percent_bp off the line (after the line's own discount) or amount_minor off each unit, never
-- below zero. Applies to the products in promotion_products (none listed: every product), between valid_from
-- and valid_until (inclusive; empty = open-ended), to customers of segment_id when set, and when
-- partners_only to partner organisations and to deals attributed to a partner.
CREATE TABLE promotions (
    id            INTEGER PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    code          TEXT,
    percent_bp    INTEGER NOT NULL DEFAULT 0 CHECK (percent_bp BETWEEN 0 AND 10000),
    amount_minor  INTEGER NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency      TEXT NOT NULL DEFAULT 'EUR',
    valid_from    TEXT,
    valid_until   TEXT,
    segment_id    INTEGER REFERENCES segments (id) ON DELETE SET NULL,
    partners_only INTEGER NOT NULL DEFAULT 0 CHECK (partners_only IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes         TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((percent_bp > 0) + (amount_minor > 0) = 1),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);

CREATE TABLE promotion_products (
    id           INTEGER PRIMARY KEY NOT NULL,
    promotion_id INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
    product_id   INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (promotion_id, product_id)
);

-- A quote line keeps the promotion it got and the discount as it was when applied, so editing the promotion
-- later never changes a quote already made.
ALTER TABLE quote_lines ADD COLUMN promotion_id INTEGER REFERENCES promotions (id) ON DELETE SET NULL;
ALTER TABLE quote_lines ADD COLUMN promotion_bp INTEGER NOT NULL DEFAULT 0
    CHECK (promotion_bp BETWEEN 0 AND 10000);
ALTER TABLE quote_lines ADD COLUMN promotion_unit_minor INTEGER NOT NULL DEFAULT 0 CHECK (promotion_unit_minor >= 0);

-- WHEN event IF every condition THEN the actions, in position order. event: no_interaction (a customer
-- without any interaction for `days` days), opportunity_lost, case_opened (in category `value`, empty =
-- any), birthday (a contact's, `days` days ahead), anniversary (of a customer's first won deal, `days` days
-- ahead), quote_expiring (a draft or sent quote within `days` days of valid_until), lead_score (an open lead
-- reaching `threshold`). Events that happen at a moment (lost, case opened) count from `since` on.
CREATE TABLE automation_rules (
    id         INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    event      TEXT NOT NULL CHECK (event IN ('no_interaction', 'opportunity_lost', 'case_opened', 'birthday',
                                              'anniversary', 'quote_expiring', 'lead_score')),
    days       INTEGER NOT NULL DEFAULT 0 CHECK (days >= 0),
    threshold  INTEGER NOT NULL DEFAULT 0,
    value      TEXT,
    since      TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes      TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- field: a field of the event's record ("status") or of its customer ("customer.tags").
CREATE TABLE rule_conditions (
    id         INTEGER PRIMARY KEY NOT NULL,
    rule_id    INTEGER NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    field      TEXT NOT NULL CHECK (length(trim(field)) > 0),
    operator   TEXT NOT NULL CHECK (operator IN ('equals', 'not_equals', 'greater', 'greater_or_equal', 'less',
                                                 'less_or_equal', 'contains', 'not_contains', 'empty',
                                                 'not_empty')),
    value      TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX rule_conditions_by_rule ON rule_conditions (rule_id, position);

-- kind: create_task (title `value`, for the record's owner, due in `days`), add_to_campaign (campaign_id),
-- tag (adds tag `value` to the customer), assign (owner := user_id), set_field (`field` := `value`).
CREATE TABLE rule_actions (
    id          INTEGER PRIMARY KEY NOT NULL,
    rule_id     INTEGER NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL CHECK (kind IN ('create_task', 'add_to_campaign', 'tag', 'assign', 'set_field')),
    field       TEXT,
    value       TEXT,
    days        INTEGER NOT NULL DEFAULT 0,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX rule_actions_by_rule ON rule_actions (rule_id, position);

-- One firing of a rule for one record and one occurrence of its event: event_key names the occurrence
-- (the silence's start, the year of a birthday, ...), so the same event never fires a rule twice.
CREATE TABLE rule_firings (
    id          INTEGER PRIMARY KEY NOT NULL,
    rule_id     INTEGER NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    entity      TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    record_name TEXT, -- what the record was called when the rule fired
    customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    event_key   TEXT NOT NULL,
    fired_at    TEXT NOT NULL,
    outcome     TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (rule_id, record_id, event_key)
);
CREATE INDEX rule_firings_by_time ON rule_firings (fired_at, id);
CREATE INDEX rule_firings_by_customer ON rule_firings (customer_id) WHERE customer_id IS NOT NULL;

-- What the rules read by date: birthdays by month and day, quotes still open by expiry.
CREATE INDEX contacts_by_birthday_day ON contacts (substr(birthday, 6, 5)) WHERE birthday IS NOT NULL;
CREATE INDEX quotes_by_valid_until ON quotes (valid_until) WHERE status IN ('draft', 'sent');
