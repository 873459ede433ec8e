#include "TestSupport.h"

#include "importer/Exporter.h"
#include "importer/Importer.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Status sql(Database& db, const char* text) {
    return Statement(db.handle(), text).exec();
}

QString dump(Database& db, const char* query) {
    Statement s(db.handle(), query);
    QStringList rows;
    while (s.next()) {
        QStringList cells;
        for (int c = 0; c < s.columnCount(); ++c)
            cells << (s.isNull(c) ? QStringLiteral("∅") : s.text(c));
        rows << cells.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("export then import into an empty database gives the same records field for field",
          "[import][export]") {
    test::TempDatabase source;
    Database& a = source.db();
    REQUIRE(sql(a, "INSERT INTO users (id, name, email) VALUES (1, 'Olga', 'olga@x.pl')").ok());
    REQUIRE(
        sql(a,
            "INSERT INTO customers (id, kind, name, sort_key, tax_id, industry, tags, owner_id, "
            "billing_street, "
            "billing_city, billing_postcode, billing_country, phones, emails, website, status, notes) VALUES "
            "(10, 'organisation', 'Zakłady „Łódź”, S.A.', 'zaklady', 'PL123', 'Food', 'vip; b2b', 1, "
            "'ul. Długa 1\nlok. 2', 'Łódź', '90-001', 'PL', '+48425550101', 'biuro@lodz.pl', "
            "'https://lodz.pl', 'active', '=SUM(A1) is not a formula'),"
            "(11, 'individual', 'Ελένη Π.', 'eleni', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
            "NULL, NULL, 'prospect', NULL)")
            .ok());
    REQUIRE(
        sql(a,
            "INSERT INTO contacts (id, customer_id, first_name, last_name, sort_key, title, emails, phones, "
            "preferred_channel, consent_email, consent_email_at, birthday, notes) VALUES "
            "(20, 10, 'Łucja', 'Gęślą', 'x', 'CEO, \"boss\"', 'lucja@lodz.pl; l2@lodz.pl', '+48425550102', "
            "'email', 1, '2024-01-02T03:04:05Z', '1980-02-29', 'two\nlines'),"
            "(21, NULL, NULL, 'Иванов', 'x', NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL)")
            .ok());
    REQUIRE(sql(a, "INSERT INTO interactions (id, customer_id, contact_id, user_id, channel, direction, "
                   "occurred_at, "
                   "duration_s, subject, body, outcome) VALUES (30, 10, 20, 1, 'meeting', 'in', "
                   "'2024-05-06T07:08:09Z', 3600, 'Kick-off', '+ agenda', 'won')")
                .ok());

    test::TempDatabase target;
    Database& b = target.db();
    REQUIRE(sql(b, "INSERT INTO users (id, name, email) VALUES (99, 'Olga', 'olga@x.pl')").ok());
    for (const ImportEntity entity :
         {ImportEntity::Customer, ImportEntity::Contact, ImportEntity::Interaction}) {
        const QString file = QDir(source.dir()).filePath(importEntityName(entity) + QStringLiteral(".csv"));
        ExportOptions exportOptions;
        exportOptions.entity = entity;
        exportOptions.bom = true;
        exportOptions.delimiter = ';';
        const ExportResult written = Exporter(a, exportOptions).run(file);
        REQUIRE(written.status.ok());
        ImportOptions importOptions;
        importOptions.entity = entity;
        const ImportResult read = Importer(b, importOptions).run(file);
        INFO(file.toStdString());
        REQUIRE(read.status.ok());
        CHECK(read.rejected == 0);
        CHECK(read.created == written.rows);
    }
    CHECK(dump(b, "SELECT kind, name, tax_id, industry, tags, (SELECT name FROM users WHERE id = owner_id), "
                  "billing_street, billing_city, billing_postcode, billing_country, phones, emails, website, "
                  "status, "
                  "notes FROM customers") ==
          dump(a, "SELECT kind, name, tax_id, industry, tags, (SELECT name FROM users WHERE id = owner_id), "
                  "billing_street, billing_city, billing_postcode, billing_country, phones, emails, website, "
                  "status, "
                  "notes FROM customers"));
    const char* contacts =
        "SELECT (SELECT name FROM customers WHERE id = customer_id), first_name, last_name, title, "
        "emails, phones, preferred_channel, consent_email, consent_email_at, consent_sms, birthday, "
        "notes FROM contacts";
    CHECK(dump(b, contacts) == dump(a, contacts));
    const char* interactions =
        "SELECT (SELECT name FROM customers WHERE id = customer_id), (SELECT last_name FROM "
        "contacts WHERE id = contact_id), (SELECT name FROM users WHERE id = user_id), "
        "channel, direction, occurred_at, duration_s, subject, body, outcome FROM interactions";
    CHECK(dump(b, interactions) == dump(a, interactions));
    // The formula-looking cell was neutralised in the file and restored on import.
    CHECK(
        test::readBytes(QDir(source.dir()).filePath(QStringLiteral("customers.csv"))).contains("'=SUM(A1)"));

    SECTION("contacts to vCard 4.0 and back") {
        const QString vcf = QDir(source.dir()).filePath(QStringLiteral("contacts.vcf"));
        ExportOptions options;
        options.format = ImportFormat::VCard;
        options.vcardVersion = VCardWriter::Version::V4_0;
        REQUIRE(Exporter(a, options).run(vcf).status.ok());
        CHECK(test::readBytes(vcf).contains("VERSION:4.0"));
        test::TempDatabase third;
        ImportOptions importOptions;
        importOptions.format = ImportFormat::VCard;
        const ImportResult read = Importer(third.db(), importOptions).run(vcf);
        REQUIRE(read.status.ok());
        CHECK(read.created == 2);
        const char* cards =
            "SELECT (SELECT name FROM customers WHERE id = customer_id), first_name, last_name, "
            "title, emails, phones, birthday, notes FROM contacts";
        CHECK(dump(third.db(), cards) == dump(a, cards));
    }
}

TEST_CASE("real-world vCard files import with names, organisations, e-mails and phones", "[import][vcard]") {
    const QString shared = test::sharedTestData();
    if (shared.isEmpty()) {
        WARN("../shared/testdata is absent: vCard fixtures skipped");
        return;
    }
    const QDir dir(shared + QStringLiteral("/vcard"));
    const QStringList files = dir.entryList({QStringLiteral("*.vcf")}, QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& name : files) {
        INFO(name.toStdString());
        test::TempDatabase tmp;
        ImportOptions options;
        options.format = ImportFormat::VCard;
        options.onDuplicate = DuplicatePolicy::Create;
        const ImportResult result = Importer(tmp.db(), options).run(dir.filePath(name));
        REQUIRE(result.status.ok());
        if (!result.rejects.isEmpty())
            INFO((result.rejects.first().column + QStringLiteral(": ") + result.rejects.first().reason)
                     .toStdString());
        CHECK(result.created + result.rejected >= 1);
        CHECK(result.created >= 1);
        // What the file has must arrive: names, organisations, e-mail addresses and phone numbers.
        const QByteArray bytes = test::readBytes(dir.filePath(name));
        auto countWhere = [&](const char* sql) {
            Statement s(tmp.db().handle(), sql);
            return s.next() ? s.int64(0) : 0;
        };
        CHECK(countWhere(
                  "SELECT count(*) FROM contacts WHERE coalesce(first_name, '') || coalesce(last_name, '') "
                  "<> ''") == result.created);
        if (bytes.contains("\nORG:") || bytes.contains("\nORG;"))
            CHECK(countWhere("SELECT count(*) FROM contacts WHERE customer_id IS NOT NULL") > 0);
        if (bytes.contains("\nEMAIL") || bytes.contains("EMAIL;") || bytes.contains(".EMAIL"))
            CHECK(countWhere("SELECT count(*) FROM contacts WHERE emails LIKE '%@%'") > 0);
        if (bytes.contains("\nTEL") || bytes.contains(".TEL"))
            CHECK(countWhere("SELECT count(*) FROM contacts WHERE phones <> ''") > 0);
    }
}
