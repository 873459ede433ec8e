-- Rapport schema 4: sales force automation. Leads with scoring and assignment rules, sales reps, pipelines
-- and stages, opportunities with their stage history, products, price lists and configuration rules,
-- quotes with lines and revisions, customer accounts and their ledgers, appointments.
-- Money is INTEGER minor units (cents) beside a currency column; rates are INTEGER basis points
-- (1900 = 19.00 %); quantities are INTEGER thousandths (2500 = 2.5).

-- A user's sales profile: team (round robin), territory, skills and languages, quota per period.
CREATE TABLE sales_reps (
    id            INTEGER PRIMARY KEY NOT NULL,
    user_id       INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    team          TEXT,
    country       TEXT,
    region        TEXT,
    skills        TEXT, -- "; "-separated: languages (de, el) and specialities (software, retail)
    quota_minor   INTEGER NOT NULL DEFAULT 0,
    currency      TEXT NOT NULL DEFAULT 'EUR',
    quota_period  TEXT NOT NULL DEFAULT 'quarter' CHECK (quota_period IN ('month', 'quarter', 'year')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE leads (
    id                       INTEGER PRIMARY KEY NOT NULL,
    first_name               TEXT,
    last_name                TEXT,
    organisation             TEXT,
    sort_key                 TEXT NOT NULL DEFAULT '',
    email                    TEXT,
    phone                    TEXT,
    city                     TEXT,
    postcode                 TEXT,
    region                   TEXT,
    country                  TEXT,
    language                 TEXT,
    industry                 TEXT,
    source                   TEXT NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'fair', 'referral', 'campaign',
                                 'partner', 'cold_call', 'import', 'other')),
    campaign                 TEXT,
    status                   TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified',
                                 'disqualified', 'converted')),
    disqualify_reason        TEXT,
    score                    INTEGER NOT NULL DEFAULT 0,
    owner_id                 INTEGER REFERENCES users (id) ON DELETE SET NULL,
    assigned_at              TEXT,
    estimated_value_minor    INTEGER,
    currency                 TEXT NOT NULL DEFAULT 'EUR',
    notes                    TEXT,
    converted_customer_id    INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    converted_contact_id     INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    converted_opportunity_id INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    converted_at             TEXT,
    created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (length(trim(coalesce(first_name, '') || coalesce(last_name, '') || coalesce(organisation, ''))) > 0)
);
CREATE INDEX leads_by_sort_key ON leads (sort_key, id);
CREATE INDEX leads_by_owner ON leads (owner_id, status);
CREATE INDEX leads_by_score ON leads (score, id);

-- A lead's own timeline until it is converted (then copied to the customer's interactions).
CREATE TABLE lead_activities (
    id          INTEGER PRIMARY KEY NOT NULL,
    lead_id     INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    channel     TEXT NOT NULL DEFAULT 'note' CHECK (channel IN ('phone', 'email', 'sms', 'meeting', 'visit',
                                                    'letter', 'fax', 'chat', 'voip', 'note')),
    subject     TEXT,
    body        TEXT,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX lead_activities_by_lead ON lead_activities (lead_id, occurred_at);

-- Points for a lead. criterion: source, industry, country (value = the matching text), completeness (points
-- scaled by how many of e-mail, phone, organisation, country, industry are filled), recent_interaction
-- (value = days), campaign_response (the lead came through a campaign).
CREATE TABLE scoring_rules (
    id         INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    criterion  TEXT NOT NULL CHECK (criterion IN ('source', 'industry', 'country', 'completeness',
                                                  'recent_interaction', 'campaign_response')),
    value      TEXT,
    points     INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The score of every lead under the active rules: the one definition, used by the triggers below.
CREATE VIEW lead_scores AS
SELECT l.id AS lead_id, coalesce((
    SELECT sum(CASE r.criterion
        WHEN 'source' THEN CASE WHEN lower(l.source) = lower(trim(r.value)) THEN r.points ELSE 0 END
        WHEN 'industry' THEN CASE WHEN lower(l.industry) = lower(trim(r.value)) THEN r.points ELSE 0 END
        WHEN 'country' THEN CASE WHEN lower(l.country) = lower(trim(r.value)) THEN r.points ELSE 0 END
        WHEN 'completeness' THEN r.points * ((length(coalesce(l.email, '')) > 0) + (length(coalesce(l.phone, '')) > 0)
            + (length(coalesce(l.organisation, '')) > 0) + (length(coalesce(l.country, '')) > 0)
            + (length(coalesce(l.industry, '')) > 0)) / 5
        WHEN 'recent_interaction' THEN CASE WHEN EXISTS (
            SELECT 1 FROM lead_activities a WHERE a.lead_id = l.id
              AND a.occurred_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now',
                                            '-' || coalesce(nullif(trim(r.value), ''), '30') || ' days'))
            THEN r.points ELSE 0 END
        WHEN 'campaign_response' THEN CASE WHEN length(coalesce(l.campaign, '')) > 0 OR l.source = 'campaign'
            THEN r.points ELSE 0 END
        ELSE 0 END)
    FROM scoring_rules r WHERE r.active = 1), 0) AS score
FROM leads l;

CREATE TRIGGER leads_score_insert AFTER INSERT ON leads BEGIN
    UPDATE leads SET score = (SELECT score FROM lead_scores WHERE lead_id = new.id) WHERE id = new.id;
END;
CREATE TRIGGER leads_score_update AFTER UPDATE OF email, phone, organisation, country, industry, source, campaign
    ON leads BEGIN
    UPDATE leads SET score = (SELECT score FROM lead_scores WHERE lead_id = new.id) WHERE id = new.id;
END;
CREATE TRIGGER lead_activities_score AFTER INSERT ON lead_activities BEGIN
    UPDATE leads SET score = (SELECT score FROM lead_scores WHERE lead_id = new.lead_id) WHERE id = new.lead_id;
END;
CREATE TRIGGER scoring_rules_insert AFTER INSERT ON scoring_rules BEGIN
    UPDATE leads SET score = (SELECT s.score FROM lead_scores s WHERE s.lead_id = leads.id);
END;
CREATE TRIGGER scoring_rules_update AFTER UPDATE ON scoring_rules BEGIN
    UPDATE leads SET score = (SELECT s.score FROM lead_scores s WHERE s.lead_id = leads.id);
END;
CREATE TRIGGER scoring_rules_delete AFTER DELETE ON scoring_rules BEGIN
    UPDATE leads SET score = (SELECT s.score FROM lead_scores s WHERE s.lead_id = leads.id);
END;

-- Who gets a new lead, tried in position order. kind: round_robin (among the active reps of team, or every
-- active rep when team is empty), territory (country, region, postcode range -> user_id or team), skill
-- (the lead's language or industry among a rep's skills; round robin among those reps).
CREATE TABLE assignment_rules (
    id            INTEGER PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position      INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL CHECK (kind IN ('round_robin', 'territory', 'skill')),
    team          TEXT,
    country       TEXT,
    region        TEXT,
    postcode_from TEXT,
    postcode_to   TEXT,
    skill         TEXT,
    user_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    last_user_id  INTEGER,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE pipelines (
    id         INTEGER PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE stages (
    id          INTEGER PRIMARY KEY NOT NULL,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position    INTEGER NOT NULL DEFAULT 0,
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    outcome     TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX stages_by_pipeline ON stages (pipeline_id, position);

CREATE TABLE opportunities (
    id             INTEGER PRIMARY KEY NOT NULL,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    customer_id    INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    contact_id     INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    pipeline_id    INTEGER NOT NULL REFERENCES pipelines (id),
    stage_id       INTEGER NOT NULL REFERENCES stages (id),
    amount_minor   INTEGER NOT NULL DEFAULT 0,
    currency       TEXT NOT NULL DEFAULT 'EUR',
    probability    INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100), -- NULL: the stage's
    expected_close TEXT,
    owner_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    source         TEXT,
    campaign       TEXT,
    next_step      TEXT,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    close_reason   TEXT,
    closed_at      TEXT,
    lead_id        INTEGER REFERENCES leads (id) ON DELETE SET NULL,
    renewal_of_id  INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    notes          TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX opportunities_by_stage ON opportunities (stage_id, status);
CREATE INDEX opportunities_by_customer ON opportunities (customer_id);
CREATE INDEX opportunities_by_owner ON opportunities (owner_id, status);

-- When an opportunity entered (and left) each stage, whoever moved it.
CREATE TABLE opportunity_stage_history (
    id             INTEGER PRIMARY KEY NOT NULL,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    stage_id       INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    entered_at     TEXT NOT NULL,
    left_at        TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX stage_history_by_opportunity ON opportunity_stage_history (opportunity_id, entered_at);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY NOT NULL,
    code         TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_key     TEXT NOT NULL DEFAULT '',
    description  TEXT,
    unit         TEXT NOT NULL DEFAULT 'pc',
    price_minor  INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT 'EUR',
    tax_rate_bp  INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    configurable INTEGER NOT NULL DEFAULT 0 CHECK (configurable IN (0, 1)),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX products_by_sort_key ON products (sort_key, id);

-- A price list applies to customers tagged with its customer_group.
CREATE TABLE price_lists (
    id             INTEGER PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    customer_group TEXT NOT NULL,
    currency       TEXT NOT NULL DEFAULT 'EUR',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE price_list_items (
    id            INTEGER PRIMARY KEY NOT NULL,
    price_list_id INTEGER NOT NULL REFERENCES price_lists (id) ON DELETE CASCADE,
    product_id    INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    price_minor   INTEGER NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (price_list_id, product_id)
);

-- The options of a configurable product.
CREATE TABLE product_options (
    id          INTEGER PRIMARY KEY NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name        TEXT NOT NULL,
    option_group TEXT, -- at most one option per group (e.g. "colour")
    price_minor INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (product_id, code)
);

-- If-then-else rules over a product's options. kind: requires (if if_option then then_option), excludes
-- (if if_option then not then_option), price (if if_option then + amount_minor else + else_amount_minor),
-- quantity_discount (if quantity >= min_quantity then percent_bp off).
CREATE TABLE config_rules (
    id                INTEGER PRIMARY KEY NOT NULL,
    product_id        INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('requires', 'excludes', 'price', 'quantity_discount')),
    if_option         TEXT,
    then_option       TEXT,
    amount_minor      INTEGER NOT NULL DEFAULT 0,
    else_amount_minor INTEGER NOT NULL DEFAULT 0,
    min_quantity      INTEGER NOT NULL DEFAULT 0,
    percent_bp        INTEGER NOT NULL DEFAULT 0 CHECK (percent_bp BETWEEN 0 AND 10000),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Quotes: number = Q-YEAR-SEQUENCE, a revision is a new row with the same number and revision + 1.
CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY NOT NULL,
    number            TEXT NOT NULL,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    revision          INTEGER NOT NULL DEFAULT 1,
    customer_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contact_id        INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    opportunity_id    INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'rejected',
                                                                       'expired', 'revised')),
    issue_date        TEXT NOT NULL,
    valid_until       TEXT,
    delivery_terms    TEXT,
    delivery_date     TEXT,
    currency          TEXT NOT NULL DEFAULT 'EUR',
    subtotal_minor    INTEGER NOT NULL DEFAULT 0,
    tax_minor         INTEGER NOT NULL DEFAULT 0,
    total_minor       INTEGER NOT NULL DEFAULT 0,
    terms             TEXT,
    notes             TEXT,
    accepted_at       TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (number, revision),
    UNIQUE (year, sequence, revision)
);
CREATE INDEX quotes_by_customer ON quotes (customer_id);

CREATE TABLE quote_lines (
    id               INTEGER PRIMARY KEY NOT NULL,
    quote_id         INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0,
    product_id       INTEGER REFERENCES products (id) ON DELETE SET NULL,
    code             TEXT,
    description      TEXT NOT NULL DEFAULT '',
    quantity_milli   INTEGER NOT NULL DEFAULT 1000,
    unit             TEXT,
    unit_price_minor INTEGER NOT NULL DEFAULT 0,
    discount_bp      INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    tax_rate_bp      INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX quote_lines_by_quote ON quote_lines (quote_id, position);

CREATE TABLE customer_accounts (
    id                 INTEGER PRIMARY KEY NOT NULL,
    customer_id        INTEGER NOT NULL UNIQUE REFERENCES customers (id) ON DELETE CASCADE,
    credit_limit_minor INTEGER, -- NULL: no limit
    currency           TEXT NOT NULL DEFAULT 'EUR',
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE ledger_entries (
    id           INTEGER PRIMARY KEY NOT NULL,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    entry_date   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('quote', 'invoice', 'payment', 'credit_note', 'adjustment')),
    description  TEXT,
    debit_minor  INTEGER NOT NULL DEFAULT 0 CHECK (debit_minor >= 0),
    credit_minor INTEGER NOT NULL DEFAULT 0 CHECK (credit_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'EUR',
    quote_id     INTEGER REFERENCES quotes (id) ON DELETE SET NULL,
    reference    TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX ledger_by_customer ON ledger_entries (customer_id, entry_date, id);

CREATE TABLE appointments (
    id          INTEGER PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT,
    location    TEXT,
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    notes       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX appointments_by_user ON appointments (user_id, starts_at);
