#include "TestSupport.h"
#include "UiTestSupport.h"

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
    REQUIRE(
        test::eventually([&] { return (wizard.currentId()) == (int(ImportWizard::SummaryPage)); }, 10000));
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
    REQUIRE(test::eventually([&] { return (finished.count()) == (1); }, 10000));
    CHECK(finished.first().first().toBool());
    CHECK(test::readBytes(out).contains("Acme")); // customers are the default
}

TEST_CASE("the import wizard asks whether ambiguous dates are day-month or month-day", "[ui][import]") {
    test::TempDatabase tmp;
    const QString csv = QDir(tmp.dir()).filePath(QStringLiteral("birthdays.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("First name,Last name,Birthday\nAnna,Nowak,03/04/1990\nJan,Kos,05/06/1985\n");
    }
    ImportWizard wizard(&tmp.db());
    QStringList questions;
    DateParser::Order answer = DateParser::Order::Unknown; // first: the user cancels the question
    wizard.setDateOrderQuestion([&](const QString& question, const QString&, const QString&) {
        questions << question;
        return answer;
    });
    wizard.show();
    wizard.setFile(csv);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next(); // the question comes before anything is imported
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("Birthday")));
    CHECK(questions.first().contains(QStringLiteral("03/04/1990")));
    CHECK(questions.first().contains(QStringLiteral("05/06/1985"))); // another example from the file
    CHECK(wizard.currentId() == ImportWizard::MappingPage);          // cancelled: the wizard stays

    answer = DateParser::Order::MonthDayYear;
    wizard.next();
    REQUIRE(questions.size() == 2);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    wizard.next();
    REQUIRE(
        test::eventually([&] { return (wizard.currentId()) == (int(ImportWizard::SummaryPage)); }, 10000));
    REQUIRE(wizard.result().created == 2);
    Statement s(tmp.db().handle(), "SELECT birthday FROM contacts ORDER BY last_name");
    REQUIRE(s.next());
    CHECK(s.text(0) == QStringLiteral("1985-05-06"));
    REQUIRE(s.next());
    CHECK(s.text(0) == QStringLiteral("1990-03-04")); // March 4, as answered
    CHECK(questions.size() == 2);                     // asked once per answer, not again on the way
}
