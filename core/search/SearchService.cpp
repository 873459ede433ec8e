#include "search/SearchService.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TextFold.h"

#include <QRegularExpression>
#include <algorithm>

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

QStringList SearchService::searchWords(const QString& text) {
    const QString trimmed = text.trimmed();
    if (isPhoneLike(trimmed)) {
        QString digits;
        for (const QChar c : trimmed) {
            if (c.isDigit())
                digits += c;
        }
        return {digits};
    }
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    return foldText(trimmed).split(separators, Qt::SkipEmptyParts);
}

QString SearchService::matchExpression(const QString& text) {
    return trigramMatch(searchWords(text));
}

QString SearchService::trigramMatch(const QStringList& words) {
    // A long word's trigrams overlap; a few spread over it (always the first and the last) find nearly the
    // same candidates as all of them, with fewer index lookups. wordCondition() makes the result exact.
    constexpr qsizetype maxTrigramsPerWord = 6;
    QStringList terms;
    for (const QString& word : words) {
        // Trigrams are of characters (code points), as the tokenizer counts them, not of UTF-16 units.
        const QList<uint> characters = word.toUcs4();
        const qsizetype count = characters.size() - 2;
        if (count < 1)
            continue;
        const qsizetype used = std::min(count, maxTrigramsPerWord);
        for (qsizetype i = 0; i < used; ++i) {
            const qsizetype at = used == 1 ? 0 : i * (count - 1) / (used - 1);
            QString trigram =
                QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + at), 3);
            trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            const QString term = QLatin1Char('"') + trigram + QLatin1Char('"');
            if (!terms.contains(term))
                terms << term;
        }
    }
    return terms.join(QLatin1Char(' '));
}

QString SearchService::wordCondition(qsizetype words) {
    QStringList conditions;
    for (qsizetype i = 0; i < words; ++i)
        conditions << QStringLiteral("instr(s.doc, ?) > 0");
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
    const QStringList words = searchWords(text);
    const QString narrow = QStringLiteral(" AND ") + wordCondition(words.size());
    auto bindAll = [&](Statement& statement) {
        int index = 1;
        statement.bind(index++, expression);
        for (const QString& word : words)
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
