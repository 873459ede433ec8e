#include "TestSupport.h"

#include "importer/ImportPresets.h"
#include "importer/ImportSchema.h"
#include "importer/Importer.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString writeFile(const rapport::test::TempDatabase& tmp, const QString& name, const QByteArray& bytes) {
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

ImportOptions optionsFor(ImportEntity entity) {
    ImportOptions options;
    options.entity = entity;
    return options;
}

ImportResult import(Database& db, const QString& path, ImportOptions options = {}) {
    return Importer(db, options).run(path);
}

} // namespace

TEST_CASE("import reads legacy code pages, UTF-16, delimiters and quoted line breaks", "[import]") {
    test::TempDatabase tmp;
    SECTION("a Windows-1250 Polish file keeps ł, ó and ś") {
        QStringEncoder encoder("windows-1250");
        QByteArray bytes = encoder.encode(
            QStringLiteral("Imię;Nazwisko;Firma;E-mail\r\nŁucja;Gęślą;Zakłady Mięsne Łódź;"
                           "lucja@example.pl\r\nJózef;Wiśniewski;Ósemka;jozef@example.pl\r\n"));
        if (bytes.isEmpty()) {
            // No windows-1250 encoder in this Qt build: use the bytes directly.
            bytes = QByteArray("Imi\xea;Nazwisko;Firma;E-mail\r\n\xa3ucja;G\xea\x9cl\xb9;Zak\xb3\x61\x64y;"
                               "lucja@example.pl\r\n");
        }
        const ImportResult result = import(tmp.db(), writeFile(tmp, QStringLiteral("pl.csv"), bytes));
        REQUIRE(result.status.ok());
        CHECK(result.encoding == "windows-1250");
        CHECK(result.delimiter == ';');
        CHECK(result.created >= 1);
        CHECK(text(tmp.db(), "SELECT first_name, last_name FROM contacts ORDER BY last_name LIMIT 1") ==
              QStringLiteral("Łucja|Gęślą"));
    }
    SECTION("UTF-16 LE with a BOM, tab separated") {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes =
            encoder.encode(QStringLiteral("Имя\tФамилия\tКомпания\nДмитрий\tИванов\tООО «Ромашка»\n"));
        const ImportResult result = import(tmp.db(), writeFile(tmp, QStringLiteral("ru.csv"), bytes));
        REQUIRE(result.status.ok());
        CHECK(result.created == 1);
        CHECK(text(tmp.db(),
                   "SELECT c.first_name, c.last_name, o.name FROM contacts c JOIN customers o ON o.id = "
                   "c.customer_id") == QStringLiteral("Дмитрий|Иванов|ООО «Ромашка»"));
    }
    SECTION("quotes, doubled quotes and line breaks inside fields; headers in Greek and Spanish") {
        const QByteArray bytes =
            "Όνομα,Επώνυμο,Σημειώσεις\r\n\"Ελένη\",\"Παπα \"\"Δ\"\"\",\"line one\r\nline, two\"\r\n"
            "Nombre\r\n";
        const ImportResult result = import(tmp.db(), writeFile(tmp, QStringLiteral("el.csv"), bytes));
        REQUIRE(result.status.ok());
        CHECK(text(tmp.db(), "SELECT first_name, last_name, notes FROM contacts ORDER BY id LIMIT 1") ==
              QStringLiteral("Ελένη|Παπα \"Δ\"|line one\r\nline, two"));
        const QByteArray spanish =
            "Nombre|Apellidos|Correo electrónico|Empresa\nJosé|García|jose@example.es|Acme\n";
        const ImportResult es = import(tmp.db(), writeFile(tmp, QStringLiteral("es.csv"), spanish));
        REQUIRE(es.status.ok());
        CHECK(es.delimiter == '|');
        CHECK(test::queryCount(
                  tmp.db(),
                  "SELECT count(*) FROM contacts WHERE emails = 'jose@example.es' AND customer_id IS NOT "
                  "NULL") == 1);
    }
}

TEST_CASE("import validates, normalises and reports rejects that can be re-imported", "[import]") {
    test::TempDatabase tmp;
    const QString path = writeFile(tmp, QStringLiteral("c.csv"),
                                   "First name,Last name,E-mail,Phone,Birthday,Tags,Consent e-mail\n"
                                   "Jan,Kowalski,jan@example.pl,12 555 01 23,31.12.1980,vip; b2b,yes\n"
                                   "Ewa,Zła,not-an-address,,,,\n"
                                   "Olek,Data,olek@example.pl,,32.13.1980,,\n"
                                   ",,,,,,\n");
    ImportOptions options;
    options.region = QStringLiteral("PL");
    options.rejectsPath = QDir(tmp.dir()).filePath(QStringLiteral("rejects.csv"));
    const ImportResult result = import(tmp.db(), path, options);
    REQUIRE(result.status.ok());
    CHECK(result.created == 1);
    CHECK(result.rejected == 3);
    REQUIRE(result.rejects.size() == 3);
    CHECK(result.rejects[0].line == 3);
    CHECK(result.rejects[0].column == QStringLiteral("E-mail"));
    CHECK(result.rejects[1].line == 4);
    CHECK(result.rejects[1].column == QStringLiteral("Birthday"));
    CHECK(text(tmp.db(), "SELECT phones, birthday FROM contacts") ==
          QStringLiteral("+48125550123|1980-12-31"));
    const QByteArray rejects = test::readBytes(options.rejectsPath);
    CHECK(rejects.startsWith(
        "First name,Last name,E-mail,Phone,Birthday,Tags,Consent e-mail,Import error\r\n"));
    CHECK(rejects.contains("Ewa,Zła,not-an-address"));
    CHECK(rejects.contains("line 3, E-mail"));

    // Corrected and imported again: the fixed rows go in, the good one is not duplicated.
    QByteArray fixed = rejects;
    fixed.replace("not-an-address", "ewa@example.pl").replace("32.13.1980", "12.03.1980");
    const ImportResult again = import(tmp.db(), writeFile(tmp, QStringLiteral("fixed.csv"), fixed), options);
    REQUIRE(again.status.ok());
    CHECK(again.created == 2);
    CHECK(again.rejected == 1); // the empty row still has no name
    CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM contacts") == 3);
}

TEST_CASE("duplicates are skipped, updated or created, in the database and within the file", "[import]") {
    test::TempDatabase tmp;
    const QByteArray csv =
        "First name,Last name,Company,E-mail,Phone,Title\n"
        "Jan,Kowalski,Acme,jan@acme.pl,,Buyer\n"
        "Janek,Kowalski,Acme,JAN@ACME.PL,,CEO\n" // same e-mail (case differs): duplicate in file
        "Anna,Nowak,Acme,,+48125550100,\n"
        "Anka,Nowak,,,+48 12 555 01 00,\n" // same normalised phone
        "Piotr,Lis,Acme,,,\n"
        "Piotr,Lis,ACME,,,Boss\n"; // same name and organisation
    const QString path = writeFile(tmp, QStringLiteral("d.csv"), csv);
    ImportOptions options;
    options.region = QStringLiteral("PL");
    SECTION("skip, and the same file twice creates nothing") {
        ImportResult r = import(tmp.db(), path, options);
        REQUIRE(r.status.ok());
        CHECK(r.created == 3);
        CHECK(r.skipped == 3);
        CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM customers") == 1);
        r = import(tmp.db(), path, options);
        CHECK(r.created == 0);
        CHECK(r.skipped == 6);
        CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM contacts") == 3);
    }
    SECTION("update") {
        options.onDuplicate = DuplicatePolicy::Update;
        const ImportResult r = import(tmp.db(), path, options);
        CHECK(r.created == 3);
        CHECK(r.updated == 3);
        CHECK(text(tmp.db(), "SELECT first_name, title FROM contacts WHERE last_name = 'Kowalski'") ==
              QStringLiteral("Janek|CEO"));
        CHECK(text(tmp.db(), "SELECT title FROM contacts WHERE last_name = 'Lis'") == QStringLiteral("Boss"));
        CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM import_run_updates") == 3);
    }
    SECTION("create") {
        options.onDuplicate = DuplicatePolicy::Create;
        const ImportResult r = import(tmp.db(), path, options);
        CHECK(r.created == 6);
        CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM contacts") == 6);
    }
}

TEST_CASE("dry run, malformed files and cancel leave the database as it was", "[import]") {
    test::TempDatabase tmp;
    const QString good =
        writeFile(tmp, QStringLiteral("g.csv"), "First name,Last name,Company\nJan,Kos,Acme\n");
    REQUIRE(import(tmp.db(), good).created == 1);
    const QString before =
        text(tmp.db(), "SELECT * FROM contacts") + text(tmp.db(), "SELECT * FROM customers");
    auto unchanged = [&] {
        return text(tmp.db(), "SELECT * FROM contacts") + text(tmp.db(), "SELECT * FROM customers") == before;
    };
    SECTION("dry run") {
        ImportOptions options;
        options.dryRun = true;
        const ImportResult r = import(
            tmp.db(), writeFile(tmp, QStringLiteral("n.csv"), "First name,Company\nA,New Org\nB,Other\n"),
            options);
        CHECK(r.status.ok());
        CHECK(r.created == 2);
        CHECK(r.organisationsCreated == 2);
        CHECK(unchanged());
    }
    SECTION("unterminated quote stops with its line") {
        const ImportResult r =
            import(tmp.db(), writeFile(tmp, QStringLiteral("m.csv"),
                                       "First name,Company\nA,New\nB,\"Never closed\nC,D\n"));
        CHECK_FALSE(r.status.ok());
        CHECK(r.errorLine == 3);
        CHECK(unchanged());
    }
    SECTION("cancel") {
        QByteArray big = "First name,Last name\n";
        for (int i = 0; i < 5000; ++i)
            big += "P" + QByteArray::number(i) + ",X\n";
        std::atomic_bool cancel{false};
        Importer importer(tmp.db(), ImportOptions{});
        importer.setCancelFlag(&cancel);
        importer.setProgressCallback([&](const ImportProgress&) { cancel = true; });
        const ImportResult r = importer.run(writeFile(tmp, QStringLiteral("big.csv"), big));
        CHECK(r.cancelled);
        CHECK(unchanged());
    }
}

TEST_CASE("mapping overrides, notes columns and presets", "[import]") {
    test::TempDatabase tmp;
    const QString path =
        writeFile(tmp, QStringLiteral("p.csv"), "Who,Surname,Shoe size,Hobby\nJan,Kos,44,chess\n");
    ImportOptions options;
    options.mapping = {{QStringLiteral("Who"), QStringLiteral("first_name")},
                       {QStringLiteral("Shoe size"), ImportOptions::toNotes()},
                       {QStringLiteral("Hobby"), ImportOptions::ignore()}};
    REQUIRE(ImportPresets(tmp.db()).save(QStringLiteral("shoes"), options).ok());
    ImportOptions loaded;
    REQUIRE(ImportPresets(tmp.db()).load(QStringLiteral("shoes"), loaded).ok());
    CHECK(loaded.mapping == options.mapping);
    CHECK(ImportPresets(tmp.db()).names(ImportEntity::Contact) == QStringList{QStringLiteral("shoes")});
    const ImportResult r = import(tmp.db(), path, loaded);
    REQUIRE(r.created == 1);
    CHECK(text(tmp.db(), "SELECT first_name, last_name, notes FROM contacts") ==
          QStringLiteral("Jan|Kos|Shoe size: 44"));
    QHash<QString, QString> parsed;
    QString error;
    CHECK(ImportSchema::parseMapping(QStringLiteral("Who=first_name,Hobby=,Shoe size=+notes"), &parsed,
                                     &error));
    CHECK(parsed == options.mapping);
}

TEST_CASE("organisations and owners are linked by name, interactions by customer and contact", "[import]") {
    test::TempDatabase tmp;
    REQUIRE(Statement(tmp.db().handle(),
                      "INSERT INTO users (id, name, email) VALUES (7, 'Olga Owner', 'olga@x.pl')")
                .exec()
                .ok());
    const QString customers = writeFile(tmp, QStringLiteral("cu.csv"),
                                        "Name,Owner,Status,Billing city\nAcme,olga@x.pl,active,Kraków\n"
                                        "Beta,Olga Owner,,\nGamma,Nobody,,\n");
    ImportResult r = import(tmp.db(), customers, optionsFor(ImportEntity::Customer));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM customers WHERE owner_id = 7") == 2);
    const QString contacts =
        writeFile(tmp, QStringLiteral("co.csv"),
                  "Full name,Company,E-mail\nJan Kos,ACME,jan@acme.pl\n\"Kowalska, Ewa\",acme,\n");
    r = import(tmp.db(), contacts);
    CHECK(r.created == 2);
    CHECK(r.organisationsCreated == 0);
    CHECK(text(tmp.db(),
               "SELECT c.first_name, c.last_name, o.name FROM contacts c JOIN customers o ON o.id = "
               "c.customer_id ORDER BY c.last_name") == QStringLiteral("Jan|Kos|Acme\nEwa|Kowalska|Acme"));
    const QString interactions =
        writeFile(tmp, QStringLiteral("in.csv"),
                  "When,Channel,Customer,Contact,User,Subject\n2024-03-01 10:00,phone,Acme,jan@acme.pl,Olga "
                  "Owner,Call\n"
                  "2024-03-02T09:00:00Z,email,Acme,Ewa Kowalska,,Offer\n2024-03-03,fax,Acme,Nobody,,\n");
    r = import(tmp.db(), interactions, optionsFor(ImportEntity::Interaction));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    CHECK(test::queryCount(
              tmp.db(),
              "SELECT count(*) FROM interactions WHERE contact_id IS NOT NULL AND customer_id IS NOT NULL") ==
          2);
    r = import(tmp.db(), interactions, optionsFor(ImportEntity::Interaction));
    CHECK(r.created == 0);
    CHECK(r.skipped == 2);
    // The rows went in without SQLite checking each reference (the import made every one itself): every
    // reference holds, and the connection checks them again for what comes next.
    CHECK(test::queryCount(tmp.db(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(test::queryCount(tmp.db(), "SELECT foreign_keys FROM pragma_foreign_keys") == 1);
}
