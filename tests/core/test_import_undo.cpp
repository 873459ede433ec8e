// Undo of an import (issue 3): the records an import created are deleted, those it updated get their previous
// values back, in one transaction; changes made since are refused unless forced; the history says what ran.
#include "TestSupport.h"

#include "importer/ImportUndo.h"
#include "importer/Importer.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString writeFile(const test::TempDatabase& tmp, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(tmp.dir()).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QString text(Database& db, const char* sql) {
    Statement s(db.handle(), sql);
    QStringList rows;
    while (s.next()) {
        QStringList cells;
        for (int c = 0; c < s.columnCount(); ++c)
            cells << s.text(c);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

ImportResult importContacts(Database& db, const QString& path,
                            DuplicatePolicy policy = DuplicatePolicy::Skip) {
    ImportOptions options;
    options.entity = ImportEntity::Contact;
    options.onDuplicate = policy;
    return Importer(db, options).run(path);
}

} // namespace

TEST_CASE("an import is undone: created records deleted, updated ones restored", "[import][undo]") {
    test::TempDatabase tmp;
    Database& db = tmp.db();
    const QString first = writeFile(tmp, QStringLiteral("first.csv"),
                                    "First name,Last name,Company,E-mail,Title\n"
                                    "Anna,Nowak,Acme,anna@acme.pl,Buyer\n"
                                    "Jan,Kos,Acme,jan@acme.pl,CEO\n");
    const ImportResult one = importContacts(db, first);
    REQUIRE(one.status);
    REQUIRE(one.importId != 0);
    REQUIRE(test::queryCount(db, "SELECT count(*) FROM contacts") == 2);
    REQUIRE(test::queryCount(db, "SELECT count(*) FROM customers") == 1);
    const QString beforeUpdate = text(db, "SELECT * FROM contacts ORDER BY id");

    // The second file updates Anna and adds Ewa at a new organisation.
    const QString second = writeFile(tmp, QStringLiteral("second.csv"),
                                     "First name,Last name,Company,E-mail,Title\n"
                                     "Anna,Nowak,Acme,anna@acme.pl,Head of purchasing\n"
                                     "Ewa,Lis,Beta,ewa@beta.pl,Engineer\n");
    const ImportResult two = importContacts(db, second, DuplicatePolicy::Update);
    REQUIRE(two.status);
    REQUIRE(two.updated == 1);
    REQUIRE(two.created == 1);
    CHECK(text(db, "SELECT title FROM contacts WHERE last_name = 'Nowak'") ==
          QStringLiteral("Head of purchasing"));

    ImportUndo undo(db);
    const QList<ImportRun> history = undo.history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == two.importId); // newest first
    CHECK(history[0].fileName == QStringLiteral("second.csv"));
    CHECK(history[0].updated == 1);
    CHECK_FALSE(history[0].isReverted());

    const ImportUndoCheck check = undo.check(two.importId);
    REQUIRE(check.status);
    CHECK(check.isClean());
    CHECK(check.toDelete == 2); // Ewa and the organisation Beta
    CHECK(check.toRestore == 1);

    ImportUndoResult reverted = undo.revert(two.importId);
    REQUIRE(reverted.status);
    CHECK(reverted.deleted == 2);
    CHECK(reverted.restored == 1);
    CHECK(text(db, "SELECT * FROM contacts ORDER BY id") == beforeUpdate); // every column, ids exact
    CHECK(test::queryCount(db, "SELECT count(*) FROM customers WHERE name = 'Beta'") == 0);
    CHECK(test::queryCount(db, "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'Lis'") == 0);
    CHECK(undo.history()[0].isReverted());

    SECTION("an undone import is not undone twice") {
        const ImportUndoResult again = undo.revert(two.importId);
        CHECK_FALSE(again.status);
        CHECK(again.status.message().contains(QStringLiteral("already undone")));
    }
    SECTION("records changed since are refused unless forced") {
        Statement edit(db.handle(),
                       "UPDATE contacts SET title = 'Edited', updated_at = '2099-01-01T00:00:00.000Z' "
                       "WHERE last_name = 'Kos'");
        REQUIRE(edit.exec());
        const ImportUndoResult refused = undo.revert(one.importId);
        CHECK_FALSE(refused.status);
        CHECK(refused.needsConfirmation);
        CHECK(refused.check.editedSince == 1);
        CHECK(refused.status.message().contains(QStringLiteral("edited after the import")));
        CHECK(test::queryCount(db, "SELECT count(*) FROM contacts") == 2); // nothing changed

        const ImportUndoResult forced = undo.revert(one.importId, true);
        REQUIRE(forced.status);
        CHECK(forced.deleted == 3);
        CHECK(test::queryCount(db, "SELECT count(*) FROM contacts") == 0);
        CHECK(test::queryCount(db, "SELECT count(*) FROM customers") == 0);
    }
    SECTION("records added since under an imported organisation count as changes") {
        Statement add(db.handle(), "INSERT INTO contacts (id, first_name, last_name, customer_id, sort_key, "
                                   "created_at, updated_at) SELECT 1, 'Olga', 'Hand', id, 'hand olga', "
                                   "'2099-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z' FROM customers");
        REQUIRE(add.exec());
        const ImportUndoCheck changed = undo.check(one.importId);
        CHECK(changed.dependents == 1);
        CHECK_FALSE(undo.revert(one.importId).status);
        CHECK(test::queryCount(db, "SELECT count(*) FROM contacts") == 3);
    }
}

TEST_CASE("an unknown import id is refused with a clear message", "[import][undo]") {
    test::TempDatabase tmp;
    const ImportUndoResult result = ImportUndo(tmp.db()).revert(42);
    CHECK_FALSE(result.status);
    CHECK(result.status.message().contains(QStringLiteral("no import 42")));
}
