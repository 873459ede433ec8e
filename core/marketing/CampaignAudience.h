#pragma once

#include <QString>

namespace rapport::marketing {

// SQL pieces the campaign services share. All are fixed text chosen by the program (entity and channel words
// are checked against fixed lists first), never user input.

// The consent column for a campaign channel ("consent_email" for e-mail), or "1" when the channel needs none.
QString consentColumn(const QString& channel);
// The interaction channel a campaign's message is logged with on the timeline.
QString interactionChannel(const QString& campaignChannel);
// The first item of a "; "-joined list column, NULL when empty.
QString firstItem(const QString& column);
// Rows (customer_id, contact_id, lead_id, email, phone, consent, suppressed) for the records of `entity`
// whose ids the subquery `idSql` selects.
QString audienceRowsSql(const QString& entity, const QString& channel, const QString& idSql);

} // namespace rapport::marketing
