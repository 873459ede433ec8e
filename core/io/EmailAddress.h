#pragma once

#include <QString>
#include <QStringList>

namespace rapport {

// Pragmatic e-mail address checks for imported data: local@domain.tld, no spaces, one @, a domain of
// dot-separated labels ending in a top-level domain of two or more letters. Internationalised domains
// (ελένη@παράδειγμα.ελ, jan@łódź.pl) are accepted when they convert to ASCII (IDNA); quoted local parts and
// IP-literal domains, legal but never seen in a CRM, are not.
class EmailAddress final {
public:
    static bool isValid(const QString& address);
    // Trimmed, a "mailto:" prefix and surrounding <> removed, the domain in lower case (the local part is
    // left alone: it may be case-sensitive).
    static QString normalized(const QString& address);
    // Splits a cell holding several addresses ("a@x.pl; b@y.pl", "a@x.pl, b@y.pl", one per line).
    static QStringList splitList(const QString& text);
};

} // namespace rapport
