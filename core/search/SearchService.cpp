#include "search/SearchService.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TextFold.h"

#include <QRegularExpression>

namespace rapport {

SearchService::SearchService(Database& db) : m_db(db) {}

QString SearchService::searchTable(const QString& entityName) {
    if (entityName == u"customer")
        return QStringLiteral("customer_search");
    if (entityName == u"contact")
        return QStringLiteral("contact_search");
    return {};
}

namespace {
// Phone-like input ("+48 12 555-01") is searched as its digits, the way phones are indexed.
bool isPhoneLike(const QString& text) {
    static const QRegularExpression phoneLike(QStringLiteral(R"(^\+?[0-9][0-9 ()./-]{2,}$)"));
    return phoneLike.match(text.trimmed()).hasMatch();
}
} // namespace

QString SearchService::matchExpression(const QString& text) {
    const QString trimmed = text.trimmed();
    QStringList words;
    if (isPhoneLike(trimmed)) {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits += c;
        }
        words << digits;
    } else {
        static const QRegularExpression separators(QStringLiteral("\\s+"));
        words = foldText(trimmed).split(separators, Qt::SkipEmptyParts);
    }
    QStringList terms;
    for (const QString& word : std::as_const(words)) {
        if (word.size() < 3)
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return terms.join(QLatin1Char(' '));
}

QStringList SearchService::shortWords(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    QStringList words;
    if (isPhoneLike(text) || matchExpression(text).isEmpty())
        return words;
    for (const QString& word : foldText(text.trimmed()).split(separators, Qt::SkipEmptyParts)) {
        if (word.size() < 3)
            words << word;
    }
    return words;
}

QString SearchService::shortWordCondition(const QStringList& words) {
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions << QStringLiteral("instr(s.name, ?) > 0");
    return conditions.join(QStringLiteral(" AND "));
}

QList<SearchHit> SearchService::search(const QString& text, int limit, Status* status) const {
    QList<SearchHit> hits;
    const QString expression = matchExpression(text);
    if (status)
        *status = Status::success();
    if (expression.isEmpty())
        return hits;
    const qint64 perEntity = limit > 0 ? limit : 50;
    const QStringList shorts = shortWords(text);
    const QString narrow =
        shorts.isEmpty() ? QString() : QStringLiteral(" AND ") + shortWordCondition(shorts);
    auto bindAll = [&](Statement& statement) {
        int index = 1;
        statement.bind(index++, expression);
        for (const QString& word : shorts)
            statement.bind(index++, word);
        statement.bind(index, perEntity);
    };
    Statement customers(m_db.handle(),
                        (QStringLiteral("SELECT c.id, c.name, c.emails, c.phones FROM customer_search s "
                                        "JOIN customers c ON c.id = s.rowid WHERE customer_search MATCH ?") +
                         narrow + QStringLiteral(" LIMIT ?"))
                            .toStdString());
    bindAll(customers);
    while (customers.next()) {
        hits.append({QStringLiteral("customer"), customers.int64(0), customers.text(1), QString(),
                     customers.text(2).section(QLatin1Char(';'), 0, 0).trimmed(),
                     customers.text(3).section(QLatin1Char(';'), 0, 0).trimmed()});
    }
    Statement contacts(
        m_db.handle(),
        (QStringLiteral("SELECT p.id, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), "
                        "o.name, p.emails, p.phones FROM contact_search s JOIN contacts p ON p.id = s.rowid "
                        "LEFT JOIN customers o ON o.id = p.customer_id WHERE contact_search MATCH ?") +
         narrow + QStringLiteral(" LIMIT ?"))
            .toStdString());
    bindAll(contacts);
    while (contacts.next()) {
        hits.append({QStringLiteral("contact"), contacts.int64(0), contacts.text(1), contacts.text(2),
                     contacts.text(3).section(QLatin1Char(';'), 0, 0).trimmed(),
                     contacts.text(4).section(QLatin1Char(';'), 0, 0).trimmed()});
    }
    if (status)
        *status = !customers.status().ok() ? customers.status() : contacts.status();
    // Names that start with what was typed come first; otherwise the index order (oldest first) stands.
    const QString folded = foldText(text.trimmed());
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit& a, const SearchHit& b) {
        return foldText(a.name).startsWith(folded) && !foldText(b.name).startsWith(folded);
    });
    if (hits.size() > perEntity)
        hits.resize(perEntity);
    return hits;
}

} // namespace rapport
