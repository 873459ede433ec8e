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

    // The FTS5 MATCH expression for what the user typed: every word of 3+ characters, folded and quoted, must
    // occur. Empty when nothing searchable was typed.
    static QString matchExpression(const QString& text);
    // The folded words shorter than 3 characters ("44" in "customer 44"): they narrow the hits to names that
    // contain them, since the trigram index cannot look them up.
    static QStringList shortWords(const QString& text);
    // An SQL condition on a search table (aliased s) with one "?" per short word; empty when there are none.
    static QString shortWordCondition(const QStringList& words);
    // The name of the search table of an entity ("customer_search"), or empty when it has none.
    static QString searchTable(const QString& entityName);

private:
    Database& m_db;
};

} // namespace rapport
