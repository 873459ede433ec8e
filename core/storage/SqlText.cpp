#include "storage/SqlText.h"

#include <QRegularExpression>
#include <QStringList>

namespace rapport {
namespace {

// Where the parenthesis opened at `open` closes, skipping quoted text; -1 when it never does.
qsizetype closingParenthesis(const QString& sql, qsizetype open) {
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again: the same result
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// The items of a list, split at commas outside quotes, each trimmed.
QStringList listItems(const QString& list) {
    QStringList items;
    QString item;
    bool quoted = false;
    for (const QChar c : list) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u',' && !quoted) {
            items << item.trimmed();
            item.clear();
        } else {
            item += c;
        }
    }
    items << item.trimmed();
    return items;
}

// `column = a OR column = b ...` for the body of a CHECK that tests a column against three or more
// literals; an empty string for anything else.
QString comparisonsFor(const QString& body) {
    static const QRegularExpression inList(
        QStringLiteral(R"(^\s*("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s+IN\s*\((.*)\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression literal(QStringLiteral(R"(^('([^']|'')*'|-?[0-9]+(\.[0-9]+)?)$)"));
    const QRegularExpressionMatch match = inList.match(body);
    if (!match.hasMatch())
        return {};
    const QStringList items = listItems(match.captured(2));
    if (items.size() < 3)
        return {}; // SQLite compares one or two values directly already
    QStringList comparisons;
    for (const QString& item : items) {
        if (!literal.match(item).hasMatch())
            return {};
        comparisons << match.captured(1) + QStringLiteral(" = ") + item;
    }
    return comparisons.join(QStringLiteral(" OR "));
}

} // namespace

QString checkListsAsComparisons(const QString& createSql) {
    QString out;
    qsizetype copied = 0;
    QChar quote;
    for (qsizetype i = 0; i < createSql.size(); ++i) {
        const QChar c = createSql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
            continue;
        }
        // The keyword CHECK on its own (not the end of a longer name), then its parenthesis.
        if (QStringView(createSql).mid(i, 5).compare(u"CHECK", Qt::CaseInsensitive) != 0 ||
            (i > 0 && (createSql.at(i - 1).isLetterOrNumber() || createSql.at(i - 1) == u'_')))
            continue;
        qsizetype open = i + 5;
        while (open < createSql.size() && createSql.at(open).isSpace())
            ++open;
        if (open >= createSql.size() || createSql.at(open) != u'(')
            continue;
        const qsizetype close = closingParenthesis(createSql, open);
        if (close < 0)
            break;
        const QString comparisons = comparisonsFor(createSql.mid(open + 1, close - open - 1));
        if (!comparisons.isEmpty()) {
            out += QStringView(createSql).mid(copied, open + 1 - copied);
            out += comparisons;
            copied = close;
        }
        i = close;
    }
    if (copied == 0)
        return createSql;
    out += QStringView(createSql).mid(copied);
    return out;
}

QString quotedIdentifier(const QString& name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString quotedLiteral(const QString& text) {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

} // namespace rapport
