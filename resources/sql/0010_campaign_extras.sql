-- Rapport schema 10: what campaigns need beyond schema 5 (issue 5).

-- Marketing consent per channel for customers and leads, as contacts have had it since schema 1: nobody is
-- put in a campaign's audience for a channel they have not agreed to (event and social campaigns excepted).
ALTER TABLE customers ADD COLUMN consent_email INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1));
ALTER TABLE customers ADD COLUMN consent_sms INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1));
ALTER TABLE customers ADD COLUMN consent_phone INTEGER NOT NULL DEFAULT 0 CHECK (consent_phone IN (0, 1));
ALTER TABLE customers ADD COLUMN consent_post INTEGER NOT NULL DEFAULT 0 CHECK (consent_post IN (0, 1));
ALTER TABLE leads ADD COLUMN consent_email INTEGER NOT NULL DEFAULT 0 CHECK (consent_email IN (0, 1));
ALTER TABLE leads ADD COLUMN consent_sms INTEGER NOT NULL DEFAULT 0 CHECK (consent_sms IN (0, 1));
ALTER TABLE leads ADD COLUMN consent_phone INTEGER NOT NULL DEFAULT 0 CHECK (consent_phone IN (0, 1));
ALTER TABLE leads ADD COLUMN consent_post INTEGER NOT NULL DEFAULT 0 CHECK (consent_post IN (0, 1));

-- A customer (without a contact) is in a campaign's audience once, like contacts and leads.
CREATE UNIQUE INDEX IF NOT EXISTS campaign_members_once_per_customer ON campaign_members (campaign_id, customer_id)
    WHERE customer_id IS NOT NULL AND contact_id IS NULL AND lead_id IS NULL;
-- Matching a mail tool's report or a new lead to members by address.
CREATE INDEX IF NOT EXISTS campaign_members_by_email ON campaign_members (campaign_id, lower(email)) WHERE email IS NOT NULL;

-- An opportunity or lead naming its campaign converts the matching member, whoever writes it (forms, CLI,
-- import, sync): the opportunity's contact, else its customer, else its lead; a lead by its e-mail address.
CREATE TRIGGER IF NOT EXISTS opportunities_campaign_convert_insert AFTER INSERT ON opportunities
WHEN new.campaign_id IS NOT NULL BEGIN
    UPDATE campaign_members
    SET status = 'converted',
        converted_at = coalesce(converted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        converted_opportunity_id = coalesce(converted_opportunity_id, new.id),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE campaign_id = new.campaign_id
      AND ((new.contact_id IS NOT NULL AND contact_id = new.contact_id)
           OR (new.contact_id IS NULL AND new.customer_id IS NOT NULL AND customer_id = new.customer_id)
           OR (new.lead_id IS NOT NULL AND lead_id = new.lead_id));
END;
CREATE TRIGGER IF NOT EXISTS opportunities_campaign_convert_update AFTER UPDATE OF campaign_id ON opportunities
WHEN new.campaign_id IS NOT NULL AND new.campaign_id IS NOT old.campaign_id BEGIN
    UPDATE campaign_members
    SET status = 'converted',
        converted_at = coalesce(converted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        converted_opportunity_id = coalesce(converted_opportunity_id, new.id),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE campaign_id = new.campaign_id
      AND ((new.contact_id IS NOT NULL AND contact_id = new.contact_id)
           OR (new.contact_id IS NULL AND new.customer_id IS NOT NULL AND customer_id = new.customer_id)
           OR (new.lead_id IS NOT NULL AND lead_id = new.lead_id));
END;
CREATE TRIGGER IF NOT EXISTS leads_campaign_convert_insert AFTER INSERT ON leads
WHEN new.campaign_id IS NOT NULL BEGIN
    UPDATE campaign_members
    SET status = 'converted',
        converted_at = coalesce(converted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        converted_lead_id = coalesce(converted_lead_id, new.id),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE campaign_id = new.campaign_id
      AND (lead_id = new.id OR (new.email IS NOT NULL AND email IS NOT NULL AND lower(email) = lower(new.email)));
END;
CREATE TRIGGER IF NOT EXISTS leads_campaign_convert_update AFTER UPDATE OF campaign_id ON leads
WHEN new.campaign_id IS NOT NULL AND new.campaign_id IS NOT old.campaign_id BEGIN
    UPDATE campaign_members
    SET status = 'converted',
        converted_at = coalesce(converted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        converted_lead_id = coalesce(converted_lead_id, new.id),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE campaign_id = new.campaign_id
      AND (lead_id = new.id OR (new.email IS NOT NULL AND email IS NOT NULL AND lower(email) = lower(new.email)));
END;

-- Segment counts over a million customers: status with the consent flags answers the common "active and agreed
-- to e-mail" from the index alone; the billing city is compared case-insensitively.
CREATE INDEX IF NOT EXISTS customers_by_status_consent ON customers (status, consent_email, consent_post, consent_phone,
                                                       consent_sms);
CREATE INDEX IF NOT EXISTS customers_by_billing_city ON customers (billing_city COLLATE NOCASE);
