#include "TestSupport.h"
#include "repository/RecordStore.h"
#include "search/SearchService.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// The terms the contact search table holds (FTS5's vocabulary view of it).
QSet<QString> indexedTerms(Database& db) {
    Statement vocabulary(db.handle(), "CREATE VIRTUAL TABLE IF NOT EXISTS temp.contact_terms USING "
                                      "fts5vocab(main, contact_search, row)");
    REQUIRE(vocabulary.exec().ok());
    QSet<QString> terms;
    Statement read(db.handle(), "SELECT term FROM temp.contact_terms");
    while (read.next())
        terms.insert(read.text(0));
    return terms;
}

qint64 addContact(RecordStore& store, const QVariantMap& values) {
    const WriteResult result = store.insert(EntityCatalog::contact(), values);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.id;
}

} // namespace

TEST_CASE("the search index holds the trigrams inside each word and none across two", "[search]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    addContact(store, {{QStringLiteral("first_name"), QStringLiteral("Jan Ελένη")},
                       {QStringLiteral("last_name"), QStringLiteral("Kowalski")},
                       {QStringLiteral("notes"), QStringLiteral("met at\tthe fair\ncall back")}});
    const QSet<QString> terms = indexedTerms(temp.db());
    // Inside words, counted in characters, folded: Ελένη gives ελε, λεν, ενη.
    for (const char* inside : {"jan", "kow", "ski", "ελε", "λεν", "ενη", "fai", "air", "cal", "bac"})
        CHECK(terms.contains(QString::fromUtf8(inside)));
    // Nothing across a space, a tab or a line break, and no word shorter than three characters.
    for (const QString& term : terms) {
        INFO(term.toStdString());
        CHECK(term.size() == 3);
        CHECK_FALSE(term.contains(QLatin1Char(' ')));
        CHECK_FALSE(term.contains(QLatin1Char('\t')));
        CHECK_FALSE(term.contains(QLatin1Char('\n')));
    }
    CHECK_FALSE(terms.contains(QStringLiteral("at")));
    CHECK(ConsistencyCheck::run(temp.db()).isEmpty());
}

TEST_CASE("searches of several words, across fields and inside longer words, find the same records",
          "[search]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    const qint64 jan = addContact(store, {{QStringLiteral("first_name"), QStringLiteral("Jan")},
                                          {QStringLiteral("last_name"), QStringLiteral("Kowalski-Nowak")},
                                          {QStringLiteral("emails"), QStringLiteral("jan.kowalski@firma.pl")},
                                          {QStringLiteral("phones"), QStringLiteral("+48 12 555 01 99")},
                                          {QStringLiteral("notes"), QStringLiteral("Spotkanie w Krakowie")}});
    const qint64 other = addContact(store, {{QStringLiteral("first_name"), QStringLiteral("Janina")},
                                            {QStringLiteral("last_name"), QStringLiteral("Nowakowska")}});
    SearchService search(temp.db());
    auto ids = [&](const QString& text) {
        QSet<qint64> found;
        for (const SearchHit& hit : search.search(text, 50))
            found << hit.id;
        return found;
    };
    CHECK(ids(QStringLiteral("jan kowal")) == QSet<qint64>{jan});          // two words, each anywhere
    CHECK(ids(QStringLiteral("kowalski-nowak")) == QSet<qint64>{jan});     // punctuation is part of a word
    CHECK(ids(QStringLiteral("nowak")) == QSet<qint64>{jan, other});       // inside a longer word
    CHECK(ids(QStringLiteral("ski@fir")) == QSet<qint64>{jan});            // inside an e-mail address
    CHECK(ids(QStringLiteral("12 555 01")) == QSet<qint64>{jan});          // a phone typed with spaces
    CHECK(ids(QStringLiteral("krakowie spotkanie")) == QSet<qint64>{jan}); // words in any order
    CHECK(ids(QStringLiteral("kowalski krakow janina")).isEmpty());        // every word must be there
}

TEST_CASE("the index counts the same documents per term as the documents have, repeats and all", "[search]") {
    // Documents that repeat their trigrams many times (the tables keep no positions, so a record either has
    // a term or not): inserts, edits and deletes must agree with the documents, term by term.
    test::TempDatabase temp;
    RecordStore store(temp.db());
    const qint64 anna =
        addContact(store, {{QStringLiteral("first_name"), QStringLiteral("Anna")},
                           {QStringLiteral("last_name"), QStringLiteral("Annanova")},
                           {QStringLiteral("emails"), QStringLiteral("anna.annanova@annanova.ru")},
                           {QStringLiteral("notes"), QStringLiteral("anna anna anna")}});
    const qint64 eleni = addContact(store, {{QStringLiteral("first_name"), QStringLiteral("Ελένη")},
                                            {QStringLiteral("last_name"), QStringLiteral("Ελενίδου")},
                                            {QStringLiteral("notes"), QStringLiteral("ελένη ελένη")}});
    addContact(store, {{QStringLiteral("first_name"), QStringLiteral("Jan")},
                       {QStringLiteral("last_name"), QStringLiteral("Annan")}});
    const auto expected = [&] {
        // term -> how many documents have it, from the documents themselves
        QMap<QString, qint64> counts;
        Statement documents(temp.db().handle(), "SELECT doc FROM contact_search");
        while (documents.next()) {
            QSet<QString> terms;
            for (const QString& word :
                 documents.text(0).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                const QList<uint> characters = word.toUcs4();
                for (qsizetype i = 0; i + 3 <= characters.size(); ++i)
                    terms.insert(
                        QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + i), 3));
            }
            for (const QString& term : std::as_const(terms))
                ++counts[term];
        }
        return counts;
    };
    const auto indexed = [&] {
        Statement vocabulary(temp.db().handle(), "CREATE VIRTUAL TABLE IF NOT EXISTS temp.contact_docs USING "
                                                 "fts5vocab(main, contact_search, row)");
        REQUIRE(vocabulary.exec().ok());
        QMap<QString, qint64> counts;
        Statement read(temp.db().handle(), "SELECT term, doc FROM temp.contact_docs");
        while (read.next())
            counts[read.text(0)] = read.int64(1);
        return counts;
    };
    CHECK(indexed() == expected());
    CHECK(indexed().value(QStringLiteral("ann")) == 2); // Anna (many times) and Annan
    CHECK(indexed().value(QStringLiteral("ελε")) == 1);

    // An edit that drops some repeats and a delete take exactly their terms out again.
    REQUIRE(store.update(EntityCatalog::contact(), anna, {{QStringLiteral("notes"), QStringLiteral("nova")}})
                .ok());
    REQUIRE(store.remove(EntityCatalog::contact(), eleni).ok());
    CHECK(indexed() == expected());
    CHECK_FALSE(indexed().contains(QStringLiteral("ελε")));
    SearchService search(temp.db());
    CHECK(search.search(QStringLiteral("annan"), 10).size() == 2);
    CHECK(search.search(QStringLiteral("ελένη"), 10).isEmpty());
    CHECK(ConsistencyCheck::run(temp.db()).isEmpty()); // FTS5's integrity-check among others
}
