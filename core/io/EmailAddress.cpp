#include "io/EmailAddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace rapport {

QString EmailAddress::normalized(const QString& address) {
    QString text = address.trimmed();
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7);
    if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
        text = text.mid(1, text.size() - 2).trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return text;
    return text.left(at + 1) + text.mid(at + 1).toLower();
}

bool EmailAddress::isValid(const QString& input) {
    const QString address = normalized(input);
    if (address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')))
        return false;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
        if (c.unicode() < 0x80 && !c.isLetterOrNumber() && !QStringView(u"!#$%&'*+/=?^_`{|}~.-").contains(c))
            return false;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label)
            if (!c.isLetterOrNumber() && c != QLatin1Char('-') && !c.isMark())
                return false;
    }
    const QString& tld = labels.back();
    if (tld.size() < 2 || std::all_of(tld.cbegin(), tld.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    // International domain names must survive the conversion to their ASCII (punycode) form.
    const bool ascii =
        std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii || !QUrl::toAce(domain).isEmpty();
}

QStringList EmailAddress::splitList(const QString& text) {
    static const QRegularExpression separators(QStringLiteral(R"([;,\s]+)"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        out.append(normalized(part));
    return out;
}

} // namespace rapport
