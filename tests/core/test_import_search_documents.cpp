// A large contacts import hands each new contact's search document to the side build as it writes the
// contact (BulkLoad::addDocument) instead of reading it back through contact_search_parts. The documents
// must be exactly what the view gives for the stored rows, for every kind of value.
#include "TestSupport.h"

#include "importer/Importer.h"
#include "search/SearchService.h"
#include "storage/BulkLoad.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("a large contacts import indexes each contact with the document the search view gives",
          "[import]") {
    test::TempDatabase tmp;
    Database& db = tmp.db();
    // Customers already there: an organisation written in other letters than the file uses, and an
    // individual whose name a Company cell also gives (the contact links to them, but the view shows no
    // organisation for an individual).
    REQUIRE(Statement(db.handle(),
                      "INSERT INTO customers (id, kind, name, sort_key) VALUES (11, 'organisation', "
                      "'Zakład Kraków', 'zaklad krakow'), (12, 'individual', 'Jan Solo', 'jan solo')")
                .exec()
                .ok());
    const QString path = QDir(tmp.dir()).filePath(QStringLiteral("contacts.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Full name,First name,Last name,Company,E-mail,Phone,Title,Notes,Shoe size\r\n");
    const char* companies[] = {"ZAKŁAD KRAKÓW", "jan solo", "Νέα Εταιρεία", "", "Acme  Ltd"};
    const char* firsts[] = {"Ελένη", "Иван", "", "José", "  Anna  "};
    const char* lasts[] = {"Παπαδοπούλου", "Петров", "Nowak", "", "O'Brien"};
    // More rows than the side build starts from (expected rows: the file's size over 140 bytes each).
    const int rows = static_cast<int>(BulkLoad::sideSearchBuildFrom) * 3 / 2;
    for (int i = 0; i < rows; ++i) {
        QByteArray line;
        const bool full = i % 7 == 0;
        line += full ? QByteArray("\"Kowalska-") + QByteArray::number(i) + ", Ewa\"" : QByteArray();
        line += ',';
        line += full ? QByteArray() : QByteArray(firsts[i % 5]) + (i % 5 == 3 ? QByteArray::number(i) : "");
        line += ',';
        line += full ? QByteArray() : QByteArray(lasts[(i / 5) % 5]) + QByteArray::number(i);
        line += ',';
        line += companies[i % 5];
        line += ',';
        line += i % 3 ? QByteArray("person") + QByteArray::number(i) + "@example.com" : QByteArray();
        line += ',';
        line += i % 4 ? QByteArray("+48 12 ") + QByteArray::number(1000000 + i) : QByteArray();
        line += ',';
        line += i % 6 ? QByteArray() : QByteArray("Head of Sales");
        line += ',';
        line += i % 2 ? QByteArray("\"Met at the fair;\nwants a call in May, \"\"soon\"\"\"") : QByteArray();
        line += ',';
        line += i % 9 ? QByteArray() : QByteArray::number(36 + i % 10);
        line += "\r\n";
        file.write(line);
    }
    file.close();
    ImportOptions options;
    options.entity = ImportEntity::Contact;
    options.region = QStringLiteral("PL");
    options.mapping.insert(QStringLiteral("Shoe size"), ImportOptions::toNotes());
    REQUIRE(QFileInfo(path).size() / 140 >= BulkLoad::sideSearchBuildFrom); // the side build's path
    const ImportResult result = Importer(db, options).run(path);
    INFO(result.status.message().toStdString());
    REQUIRE(result.status.ok());
    CHECK(result.created == rows);

    CHECK(test::queryCount(db, "SELECT count(*) FROM contact_search") ==
          test::queryCount(db, "SELECT count(*) FROM contacts"));
    // Every document as the view gives it for the stored row.
    CHECK(test::queryCount(
              db, "SELECT count(*) FROM contact_search_rows r LEFT JOIN contact_search s ON s.rowid = r.id "
                  "WHERE s.doc IS NOT r.doc") == 0);
    // The cases above are all there.
    CHECK(test::queryCount(db, "SELECT count(*) FROM contacts WHERE customer_id = 11") > 0);
    CHECK(test::queryCount(db, "SELECT count(*) FROM contacts WHERE customer_id = 12") > 0);
    CHECK(test::queryCount(db, "SELECT count(*) FROM contacts WHERE notes LIKE '%Shoe size%'") > 0);
    CHECK(test::queryCount(db, "SELECT count(*) FROM contacts WHERE customer_id IS NULL") > 0);
    CHECK(ConsistencyCheck::run(db).isEmpty());
    SearchService search(db);
    CHECK(search.search(QStringLiteral("zaklad krakow"), 5).size() == 5);
    CHECK(search.search(QStringLiteral("παπαδοπουλου1"), 5).size() >= 1);
}
