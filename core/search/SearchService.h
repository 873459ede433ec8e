#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class Database;

struct SearchHit {
    QString entity; // "customer" or "contact"
    qint64 id = 0;
    QString name;
    QString organisation; // contacts: their organisation's name
    QString email;        // the first e-mail, when there is one
    QString phone;        // the first phone, when there is one
};

// Full-text search over customers and contacts: names, organisation, e-mails, phones, city, tags and notes.
// Any 3+ character piece of a word matches (trigram index), case and accents do not matter, and whatever the
// user types — quotes, operators, SQL — is searched literally.
class SearchService final {
    Q_DECLARE_TR_FUNCTIONS(SearchService)
public:
    explicit SearchService(Database& db);

    QList<SearchHit> search(const QString& text, int limit, Status* status = nullptr) const;

    // The words of what the user typed as the index holds them: folded, or a phone number's digits.
    static QStringList searchWords(const QString& text);
    // The FTS5 MATCH expression that finds candidates: every trigram of every word of 3+ characters (the
    // index keeps no positions, so a word is looked up as its trigrams, all required). Empty when no word is
    // long enough to look up.
    static QString matchExpression(const QString& text);
    // The same for words already as the index holds them (folded), such as a segment's "name contains".
    static QString trigramMatch(const QStringList& words);
    // An SQL condition on a search table (aliased s) with one "?" per word of searchWords(): the record's
    // text contains each word. It turns the candidates into exact substring matches.
    static QString wordCondition(qsizetype words);
    // The name of the search table of an entity ("customer_search"), or empty when it has none.
    static QString searchTable(const QString& entityName);

private:
    Database& m_db;
};

} // namespace rapport
