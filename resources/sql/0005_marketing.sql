-- Rapport schema 5: marketing automation (issue 5). Segments (criteria kept as JSON and compiled to SQL with
-- bound values in core/marketing), campaigns with their audience and per-member response tracking, and the
-- suppression list. Money is INTEGER minor units beside a currency column.

-- A named audience over customers, contacts or leads. kind 'dynamic': members are whoever matches `criteria`
-- now; kind 'static': the members frozen into segment_members.
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    entity      TEXT NOT NULL DEFAULT 'contact' CHECK (entity IN ('customer', 'contact', 'lead')),
    kind        TEXT NOT NULL DEFAULT 'dynamic' CHECK (kind IN ('dynamic', 'static')),
    criteria    TEXT NOT NULL DEFAULT '{}', -- JSON: {"op":"and|or","rules":[{"field","operator","value"}|group]}
    description TEXT,
    owner_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    frozen_at   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The members of a static segment: ids of the segment's entity.
CREATE TABLE segment_members (
    id         INTEGER PRIMARY KEY NOT NULL,
    segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (segment_id, member_id)
);

CREATE TABLE campaigns (
    id                INTEGER PRIMARY KEY NOT NULL,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    goal              TEXT,
    channel           TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms', 'letter', 'phone', 'event',
                                                                        'social')),
    starts_on         TEXT,
    ends_on           TEXT,
    budget_minor      INTEGER NOT NULL DEFAULT 0,
    actual_cost_minor INTEGER NOT NULL DEFAULT 0,
    currency          TEXT NOT NULL DEFAULT 'EUR',
    owner_id          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    status            TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'done')),
    subject_template  TEXT, -- e-mail subject / letter heading, with {placeholders}
    body_template     TEXT, -- message body with {first_name}, {company}, {owner}, ...
    launched_at       TEXT,
    excluded_consent  INTEGER NOT NULL DEFAULT 0, -- left out at launch: no consent for the channel
    excluded_suppressed INTEGER NOT NULL DEFAULT 0, -- left out at launch: on the suppression list
    notes             TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX campaigns_by_status ON campaigns (status, starts_on);

-- The segments a campaign targets.
CREATE TABLE campaign_segments (
    id          INTEGER PRIMARY KEY NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    segment_id  INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (campaign_id, segment_id)
);

-- One person in a campaign's audience (a contact, a customer who is an individual, or a lead), with how far
-- they got: status is the furthest step; each step keeps its own time for trends.
CREATE TABLE campaign_members (
    id                       INTEGER PRIMARY KEY NOT NULL,
    campaign_id              INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    customer_id              INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    contact_id               INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    lead_id                  INTEGER REFERENCES leads (id) ON DELETE CASCADE,
    email                    TEXT,
    phone                    TEXT,
    status                   TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'bounced',
                                 'opened', 'responded', 'opted_out', 'converted')),
    sent_at                  TEXT,
    bounced_at               TEXT,
    opened_at                TEXT,
    responded_at             TEXT,
    opted_out_at             TEXT,
    converted_at             TEXT,
    converted_lead_id        INTEGER REFERENCES leads (id) ON DELETE SET NULL,
    converted_opportunity_id INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    interaction_id           INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
    created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (customer_id IS NOT NULL OR contact_id IS NOT NULL OR lead_id IS NOT NULL)
);
CREATE INDEX campaign_members_by_campaign ON campaign_members (campaign_id, status);
CREATE UNIQUE INDEX campaign_members_once_per_contact ON campaign_members (campaign_id, contact_id)
    WHERE contact_id IS NOT NULL;
CREATE UNIQUE INDEX campaign_members_once_per_lead ON campaign_members (campaign_id, lead_id)
    WHERE lead_id IS NOT NULL;
CREATE INDEX campaign_members_by_contact ON campaign_members (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX campaign_members_by_customer ON campaign_members (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX campaign_members_by_lead ON campaign_members (lead_id) WHERE lead_id IS NOT NULL;

-- Addresses nobody may be sent to again (opt-outs, bounces, requests), matched on the folded e-mail or the
-- phone's digits.
CREATE TABLE suppression_list (
    id         INTEGER PRIMARY KEY NOT NULL,
    email      TEXT,
    phone      TEXT,
    reason     TEXT NOT NULL DEFAULT 'opted_out' CHECK (reason IN ('opted_out', 'bounced', 'request', 'legal')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE UNIQUE INDEX suppression_by_email ON suppression_list (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX suppression_by_phone ON suppression_list (phone) WHERE phone IS NOT NULL; -- E.164, as core stores it

-- Leads and opportunities name the campaign they came from (the old free-text `campaign` columns stay for
-- imported data that names no known campaign).
ALTER TABLE leads ADD COLUMN campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL;
ALTER TABLE opportunities ADD COLUMN campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL;
CREATE INDEX leads_by_campaign ON leads (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX opportunities_by_campaign ON opportunities (campaign_id) WHERE campaign_id IS NOT NULL;
