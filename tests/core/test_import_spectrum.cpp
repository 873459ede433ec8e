// csv-spectrum (../shared/testdata/csv-spectrum) through the whole importer, not only the reader: quoted line
// breaks and doubled quotes reach the database exactly as the suite's JSON says.
#include "TestSupport.h"

#include "importer/Importer.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("csv-spectrum files with quoted line breaks and quotes import as contacts intact",
          "[import][conformance]") {
    const QString data = test::sharedTestData();
    if (data.isEmpty()) {
        WARN("../shared/testdata is absent: csv-spectrum through the importer skipped");
        return;
    }
    const QDir spectrum(QDir(data).filePath(QStringLiteral("csv-spectrum")));
    if (!spectrum.exists()) {
        WARN("../shared/testdata/csv-spectrum is absent: csv-spectrum through the importer skipped");
        return;
    }
    for (const char* name : {"quotes_and_newlines", "escaped_quotes"}) {
        DYNAMIC_SECTION(name) {
            const QString csv = spectrum.filePath(QStringLiteral("csvs/%1.csv").arg(QLatin1String(name)));
            QFile json(spectrum.filePath(QStringLiteral("json/%1.json").arg(QLatin1String(name))));
            REQUIRE(json.open(QIODevice::ReadOnly));
            const QJsonArray expected = QJsonDocument::fromJson(json.readAll()).array();
            REQUIRE(!expected.isEmpty());

            test::TempDatabase tmp;
            ImportOptions options;
            options.entity = ImportEntity::Contact;
            options.mapping.insert(QStringLiteral("a"), QStringLiteral("last_name"));
            options.mapping.insert(QStringLiteral("b"), QStringLiteral("notes"));
            const ImportResult result = Importer(tmp.db(), options).run(csv);
            REQUIRE(result.status);
            CHECK(result.created == expected.size());
            CHECK(result.rejected == 0);

            Statement s(tmp.db().handle(), "SELECT last_name, notes FROM contacts ORDER BY last_name");
            for (const QJsonValue& row : expected) {
                REQUIRE(s.next());
                CHECK(s.text(0) == row.toObject().value(QStringLiteral("a")).toString());
                CHECK(s.text(1) == row.toObject().value(QStringLiteral("b")).toString());
            }
            CHECK_FALSE(s.next());
        }
    }
}
