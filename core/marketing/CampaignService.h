#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Database;

// Who a campaign member is: exactly one of the three ids (a contact, a customer or a lead).
struct CampaignAudienceRef {
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 leadId = 0;
    static CampaignAudienceRef customer(qint64 id) { return {id, 0, 0}; }
    static CampaignAudienceRef contact(qint64 id) { return {0, id, 0}; }
    static CampaignAudienceRef lead(qint64 id) { return {0, 0, id}; }
};

enum class AddMemberOutcome { Added, AlreadyMember, NoConsent, Suppressed };

struct AddMemberResult {
    AddMemberOutcome outcome = AddMemberOutcome::Added;
    qint64 memberId = 0; // the new or existing member row; 0 when left out
    Status status;
};

struct LaunchResult {
    qint64 added = 0;              // new members
    qint64 alreadyMembers = 0;     // matched but already in the audience (a second launch adds nobody)
    qint64 excludedConsent = 0;    // no consent for the campaign's channel
    qint64 excludedSuppressed = 0; // e-mail or phone on the suppression list
    qint64 audience = 0;           // members after the launch
    Status status;
};

// Campaign members: the audience taken from the campaign's segments at launch, single additions (trigger
// rules call addMember), response steps per member, and conversion through leads and opportunities naming
// the campaign (campaign_id; a database trigger marks the member converted for every writer).
//
// Consent per channel: e-mail -> consent_email, sms -> consent_sms, phone -> consent_phone, letter ->
// consent_post; contacts, customers and leads each carry these flags (customers and leads since schema 10).
// Event and social campaigns need no consent. Suppression: the member's e-mail (case-insensitive) or phone on
// suppression_list.
class CampaignService final {
    Q_DECLARE_TR_FUNCTIONS(CampaignService)
public:
    explicit CampaignService(Database& db);

    // Adds one person to a campaign unless they lack consent for its channel or are suppressed; adding
    // someone already in the audience is harmless (AlreadyMember). One transaction.
    AddMemberResult addMember(qint64 campaignId, const CampaignAudienceRef& who);

    // Takes members from the campaign's segments, leaving out people without consent and suppressed ones;
    // marks the campaign active with launched_at and the exclusion counts. One transaction; launching again
    // adds only people who newly match.
    LaunchResult launch(qint64 campaignId);

    // Response steps. status: sent, bounced, opened, responded, opted_out, converted. The member's status
    // becomes the step (its time recorded in the step's column); opted_out also puts the member's e-mail and
    // phone on the suppression list; converted links a lead or opportunity when given.
    Status setMemberStatus(qint64 memberId, const QString& status, const QDateTime& at = {},
                           qint64 convertedLeadId = 0, qint64 convertedOpportunityId = 0);
    static QStringList memberStatuses();

    // Puts an address on the suppression list (reason: opted_out, bounced, request, legal).
    Status suppress(const QString& email, const QString& phone, const QString& reason);

private:
    Database& m_db;
};

} // namespace rapport
