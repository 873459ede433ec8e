#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace rapport {

// A message with {placeholders}, rendered once per campaign member. Known placeholders are replaced by the
// member's values (an empty value gives empty text); an unknown one is left as written and reported, never
// silently dropped. "{{" and "}}" stand for literal braces.
class MessageTemplate final {
public:
    // first_name, last_name, name, company, title, email, phone, street, postcode, city, country, owner,
    // owner_email, campaign, date
    static QStringList placeholders();
    // The placeholders used in text that are not known, in order of appearance, each once.
    static QStringList unknownPlaceholders(const QString& text);
    static QString render(const QString& text, const QHash<QString, QString>& values,
                          QStringList* unknown = nullptr);
};

} // namespace rapport
