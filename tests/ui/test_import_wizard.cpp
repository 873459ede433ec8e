#include "TestSupport.h"

#include "import/ExportDialog.h"
#include "import/ImportWizard.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("the import wizard previews, maps and imports a small file on a worker thread", "[ui][import]") {
    test::TempDatabase tmp;
    const QString csv = QDir(tmp.dir()).filePath(QStringLiteral("people.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Imię;Nazwisko;Firma;E-mail\nŁucja;Gęślą;Acme;lucja@acme.pl\nJan;Kos;Acme;not-an-email\n");
    }
    ImportWizard wizard(&tmp.db());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    wizard.setFile(csv);
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    REQUIRE(preview->rowCount() == 2);
    REQUIRE(preview->columnCount() == 4);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Łucja"));
    CHECK_FALSE(preview->item(1, 3)->toolTip().isEmpty()); // the bad e-mail is highlighted with its reason
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.findChild<QTableWidget*>(QStringLiteral("mappingTable"))->rowCount() == 4);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    wizard.next();
    REQUIRE(wizard.currentId() >= ImportWizard::RunPage);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 10000);
    CHECK(imported.count() == 1);
    CHECK(wizard.result().created == 1);
    CHECK(wizard.result().rejected == 1);
    CHECK(QFile::exists(QDir(tmp.dir()).filePath(QStringLiteral("people-rejects.csv"))));
    Statement s(tmp.db().handle(), "SELECT first_name, last_name FROM contacts");
    REQUIRE(s.next());
    CHECK(s.text(0) == QStringLiteral("Łucja"));

    ExportDialog dialog(&tmp.db());
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    const QString out = QDir(tmp.dir()).filePath(QStringLiteral("out.csv"));
    dialog.setFile(out);
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    CHECK(finished.first().first().toBool());
    CHECK(test::readBytes(out).contains("Acme")); // customers are the default
}
