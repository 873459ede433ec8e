#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport {

// Matches the column headers of an imported CSV file to Rapport's field names, in English, Greek, Russian,
// Spanish, Polish and Persian, ignoring case, accents, digits, spaces and punctuation ("E-mail 1 - Value",
// "e_mail", "E-MAIL" and "Email" are one header). Knows the exports of Google Contacts ("Given Name",
// "Phone 1 - Value", "Organization 1 - Name") and Outlook ("First Name", "E-mail Address", "Business Phone").
//
// Field names per entity:
//   customer:    name kind tax_id industry tags owner billing_street billing_city billing_postcode
//                billing_region billing_country shipping_street shipping_city shipping_postcode
//                shipping_region shipping_country phones emails website status notes
//   contact:     first_name last_name full_name organisation title emails phones preferred_channel
//                consent_email consent_sms consent_phone consent_post birthday notes owner notes_extra
//                (notes_extra: address columns, which contacts do not have; the importer appends them to the
//                notes as "City: Kraków")
//   interaction: customer contact user channel direction occurred_at duration_s subject body outcome
class FieldSynonyms final {
    Q_DECLARE_TR_FUNCTIONS(FieldSynonyms)
public:
    enum class Entity { Customer, Contact, Interaction };

    // The field names of `entity`, in the order a mapping dialog should list them.
    static QStringList fields(Entity entity);
    // The field a header means, or an empty string when it is not recognised.
    static QString match(Entity entity, const QString& header);
    // One field per header (empty for unrecognised ones). A single-valued field goes to the first header
    // that matches it; list fields (see isListField) collect every matching column.
    static QStringList mapHeaders(Entity entity, const QStringList& headers);
    // emails, phones, tags and notes_extra take several columns.
    static bool isListField(const QString& field);
    // A translated label for a field ("E-mail addresses"), for the mapping dialog.
    static QString label(const QString& field);
    // The comparison key of a header: folded (rapport::foldText) with everything but letters removed.
    static QString normalizeHeader(const QString& header);
};

} // namespace rapport
