#include "io/VCard.h"

namespace rapport {

bool VCard::Address::isEmpty() const {
    return poBox.isEmpty() && extended.isEmpty() && street.isEmpty() && city.isEmpty() && region.isEmpty() &&
           postcode.isEmpty() && country.isEmpty();
}

QString VCard::Address::streetLines() const {
    if (extended.isEmpty())
        return street;
    if (street.isEmpty())
        return extended;
    return extended + QLatin1Char('\n') + street;
}

QString VCard::displayName() const {
    if (!formattedName.trimmed().isEmpty())
        return formattedName.trimmed();
    QStringList parts;
    for (const QString* part : {&prefix, &givenName, &additionalNames, &familyName, &suffix})
        if (!part->trimmed().isEmpty())
            parts.append(part->trimmed());
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    if (!organisation.isEmpty())
        return organisation;
    return emails.isEmpty() ? QString() : emails.front().address;
}

bool VCard::isEmpty() const {
    return *this == VCard();
}

} // namespace rapport
