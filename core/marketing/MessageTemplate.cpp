#include "marketing/MessageTemplate.h"

namespace rapport {

QStringList MessageTemplate::placeholders() {
    return {QStringLiteral("first_name"),  QStringLiteral("last_name"), QStringLiteral("name"),
            QStringLiteral("company"),     QStringLiteral("title"),     QStringLiteral("email"),
            QStringLiteral("phone"),       QStringLiteral("street"),    QStringLiteral("postcode"),
            QStringLiteral("city"),        QStringLiteral("country"),   QStringLiteral("owner"),
            QStringLiteral("owner_email"), QStringLiteral("campaign"),  QStringLiteral("date")};
}

QString MessageTemplate::render(const QString& text, const QHash<QString, QString>& values,
                                QStringList* unknown) {
    static const QStringList known = placeholders();
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            out += QLatin1Char('{');
            ++i;
            continue;
        }
        if (c == QLatin1Char('}') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
            out += QLatin1Char('}');
            ++i;
            continue;
        }
        if (c == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
            const QString name = close > i ? text.mid(i + 1, close - i - 1) : QString();
            bool word = !name.isEmpty();
            for (QChar n : name)
                word = word && (n.isLetterOrNumber() || n == QLatin1Char('_'));
            if (word) {
                if (known.contains(name)) {
                    out += values.value(name);
                } else {
                    out += text.mid(i, close - i + 1);
                    if (unknown && !unknown->contains(name))
                        *unknown << name;
                }
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QStringList MessageTemplate::unknownPlaceholders(const QString& text) {
    QStringList unknown;
    render(text, {}, &unknown);
    return unknown;
}

} // namespace rapport
