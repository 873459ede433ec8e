#include "entity/ChoiceLabels.h"

#include <QCoreApplication>

namespace rapport {
namespace {

struct ChoiceLabel {
    const char* key;
    const char* label;
};

// Every stored choice key of the catalog, with its English label for lupdate and translators.
constexpr ChoiceLabel labels[] = {
    // customers, contacts, interactions
    {"prospect", QT_TRANSLATE_NOOP("Choice", "Prospect")},
    {"active", QT_TRANSLATE_NOOP("Choice", "Active")},
    {"inactive", QT_TRANSLATE_NOOP("Choice", "Inactive")},
    {"organisation", QT_TRANSLATE_NOOP("Choice", "Organisation")},
    {"individual", QT_TRANSLATE_NOOP("Choice", "Individual")},
    {"phone", QT_TRANSLATE_NOOP("Choice", "Phone")},
    {"email", QT_TRANSLATE_NOOP("Choice", "E-mail")},
    {"sms", QT_TRANSLATE_NOOP("Choice", "SMS")},
    {"meeting", QT_TRANSLATE_NOOP("Choice", "Meeting")},
    {"visit", QT_TRANSLATE_NOOP("Choice", "Visit")},
    {"letter", QT_TRANSLATE_NOOP("Choice", "Letter")},
    {"fax", QT_TRANSLATE_NOOP("Choice", "Fax")},
    {"chat", QT_TRANSLATE_NOOP("Choice", "Chat")},
    {"voip", QT_TRANSLATE_NOOP("Choice", "VoIP call")},
    {"note", QT_TRANSLATE_NOOP("Choice", "Note")},
    {"post", QT_TRANSLATE_NOOP("Choice", "Post")},
    {"none", QT_TRANSLATE_NOOP("Choice", "None")},
    {"in", QT_TRANSLATE_NOOP("Choice", "Incoming")},
    {"out", QT_TRANSLATE_NOOP("Choice", "Outgoing")},
    // leads
    {"web", QT_TRANSLATE_NOOP("Choice", "Web")},
    {"fair", QT_TRANSLATE_NOOP("Choice", "Fair")},
    {"referral", QT_TRANSLATE_NOOP("Choice", "Referral")},
    {"campaign", QT_TRANSLATE_NOOP("Choice", "Campaign")},
    {"partner", QT_TRANSLATE_NOOP("Choice", "Partner")},
    {"cold_call", QT_TRANSLATE_NOOP("Choice", "Cold call")},
    {"import", QT_TRANSLATE_NOOP("Choice", "Import")},
    {"other", QT_TRANSLATE_NOOP("Choice", "Other")},
    {"new", QT_TRANSLATE_NOOP("Choice", "New")},
    {"contacted", QT_TRANSLATE_NOOP("Choice", "Contacted")},
    {"qualified", QT_TRANSLATE_NOOP("Choice", "Qualified")},
    {"disqualified", QT_TRANSLATE_NOOP("Choice", "Disqualified")},
    {"converted", QT_TRANSLATE_NOOP("Choice", "Converted")},
    // scoring and assignment rules, reps
    {"source", QT_TRANSLATE_NOOP("Choice", "Source")},
    {"industry", QT_TRANSLATE_NOOP("Choice", "Industry")},
    {"country", QT_TRANSLATE_NOOP("Choice", "Country")},
    {"completeness", QT_TRANSLATE_NOOP("Choice", "Completeness")},
    {"recent_interaction", QT_TRANSLATE_NOOP("Choice", "Recent interaction")},
    {"campaign_response", QT_TRANSLATE_NOOP("Choice", "Campaign response")},
    {"round_robin", QT_TRANSLATE_NOOP("Choice", "Round robin")},
    {"territory", QT_TRANSLATE_NOOP("Choice", "Territory")},
    {"skill", QT_TRANSLATE_NOOP("Choice", "Skill or language")},
    {"month", QT_TRANSLATE_NOOP("Choice", "Month")},
    {"quarter", QT_TRANSLATE_NOOP("Choice", "Quarter")},
    {"year", QT_TRANSLATE_NOOP("Choice", "Year")},
    // opportunities and stages
    {"open", QT_TRANSLATE_NOOP("Choice", "Open")},
    {"won", QT_TRANSLATE_NOOP("Choice", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Choice", "Lost")},
    {"closed_won", QT_TRANSLATE_NOOP("Choice", "Closed won")},
    {"closed_lost", QT_TRANSLATE_NOOP("Choice", "Closed lost")},
    // configuration rules
    {"requires", QT_TRANSLATE_NOOP("Choice", "Requires")},
    {"excludes", QT_TRANSLATE_NOOP("Choice", "Excludes")},
    {"price", QT_TRANSLATE_NOOP("Choice", "Price")},
    {"quantity_discount", QT_TRANSLATE_NOOP("Choice", "Quantity discount")},
    // quotes and ledgers
    {"draft", QT_TRANSLATE_NOOP("Choice", "Draft")},
    {"sent", QT_TRANSLATE_NOOP("Choice", "Sent")},
    {"accepted", QT_TRANSLATE_NOOP("Choice", "Accepted")},
    {"rejected", QT_TRANSLATE_NOOP("Choice", "Rejected")},
    {"expired", QT_TRANSLATE_NOOP("Choice", "Expired")},
    {"revised", QT_TRANSLATE_NOOP("Choice", "Revised")},
    {"quote", QT_TRANSLATE_NOOP("Choice", "Quote")},
    {"invoice", QT_TRANSLATE_NOOP("Choice", "Invoice")},
    {"payment", QT_TRANSLATE_NOOP("Choice", "Payment")},
    {"credit_note", QT_TRANSLATE_NOOP("Choice", "Credit note")},
    {"adjustment", QT_TRANSLATE_NOOP("Choice", "Adjustment")},
    // campaigns and their members
    {"event", QT_TRANSLATE_NOOP("Choice", "Event")},
    {"social", QT_TRANSLATE_NOOP("Choice", "Social media")},
    {"planned", QT_TRANSLATE_NOOP("Choice", "Planned")},
    {"done", QT_TRANSLATE_NOOP("Choice", "Done")},
    {"pending", QT_TRANSLATE_NOOP("Choice", "Pending")},
    {"bounced", QT_TRANSLATE_NOOP("Choice", "Bounced")},
    {"opened", QT_TRANSLATE_NOOP("Choice", "Opened")},
    {"responded", QT_TRANSLATE_NOOP("Choice", "Responded")},
    {"opted_out", QT_TRANSLATE_NOOP("Choice", "Opted out")},
    {"dynamic", QT_TRANSLATE_NOOP("Choice", "Dynamic")},
    {"static", QT_TRANSLATE_NOOP("Choice", "Static")},
    {"request", QT_TRANSLATE_NOOP("Choice", "Request")},
    {"legal", QT_TRANSLATE_NOOP("Choice", "Legal")},
    // cases, partners, event rules
    {"low", QT_TRANSLATE_NOOP("Choice", "Low")},
    {"normal", QT_TRANSLATE_NOOP("Choice", "Normal")},
    {"high", QT_TRANSLATE_NOOP("Choice", "High")},
    {"urgent", QT_TRANSLATE_NOOP("Choice", "Urgent")},
    {"in_progress", QT_TRANSLATE_NOOP("Choice", "In progress")},
    {"waiting", QT_TRANSLATE_NOOP("Choice", "Waiting")},
    {"resolved", QT_TRANSLATE_NOOP("Choice", "Resolved")},
    {"closed", QT_TRANSLATE_NOOP("Choice", "Closed")},
    {"reseller", QT_TRANSLATE_NOOP("Choice", "Reseller")},
    {"referrer", QT_TRANSLATE_NOOP("Choice", "Referrer")},
    {"no_interaction", QT_TRANSLATE_NOOP("Choice", "No interaction for N days")},
    {"opportunity_lost", QT_TRANSLATE_NOOP("Choice", "Opportunity lost")},
    {"case_opened", QT_TRANSLATE_NOOP("Choice", "Case opened")},
    {"birthday", QT_TRANSLATE_NOOP("Choice", "Birthday")},
    {"anniversary", QT_TRANSLATE_NOOP("Choice", "Anniversary")},
    {"quote_expiring", QT_TRANSLATE_NOOP("Choice", "Quote about to expire")},
    {"lead_score", QT_TRANSLATE_NOOP("Choice", "Lead reaches a score")},
    {"create_task", QT_TRANSLATE_NOOP("Choice", "Create a task")},
    {"add_to_campaign", QT_TRANSLATE_NOOP("Choice", "Add to a campaign")},
    {"tag", QT_TRANSLATE_NOOP("Choice", "Tag the customer")},
    {"assign", QT_TRANSLATE_NOOP("Choice", "Assign")},
    {"set_field", QT_TRANSLATE_NOOP("Choice", "Set a field")},
};

} // namespace

QString choiceLabel(const QString& key) {
    if (key.isEmpty())
        return {};
    for (const ChoiceLabel& entry : labels)
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("Choice", entry.label);
    // A key added without a label: readable all the same.
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

} // namespace rapport
