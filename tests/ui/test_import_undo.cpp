// Undo of an import in the desktop program: Edit ▸ Undo right after the wizard finishes, and File ▸ Import
// History… with "Undo this import" (asking first when records were changed since).
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportWizard.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

qint64 count(Database* db, const char* sql) {
    Statement s(db->handle(), sql);
    return s.next() ? s.int64(0) : -1;
}

QString writeCsv(const test::TempDatabase& tmp, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(tmp.dir()).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

// Runs File ▸ Import… on a file to the end.
void importThroughWizard(MainWindow& window, const QString& csv) {
    window.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
    ImportWizard* wizard = nullptr;
    for (ImportWizard* w : window.findChildren<ImportWizard*>())
        if (w->isVisible())
            wizard = w;
    REQUIRE(wizard);
    wizard->setFile(csv);
    wizard->next();
    wizard->next();
    wizard->next();
    REQUIRE(
        test::eventually([&] { return (wizard->currentId()) == (int(ImportWizard::SummaryPage)); }, 10000));
    REQUIRE(wizard->result().status);
    wizard->close();
}

} // namespace

TEST_CASE("Edit ▸ Undo reverts a finished import; Import History undoes an older one", "[ui][import]") {
    QSettings().clear();
    test::TempDatabase tmp;
    MainWindow window;
    QStringList questions;
    bool answer = true;
    Prompts prompts;
    prompts.confirm = [&](const QString&, const QString& text) {
        questions << text;
        return answer;
    };
    prompts.warn = [](const QString& title, const QString& text) {
        FAIL((title + QStringLiteral(": ") + text).toStdString());
    };
    prompts.openUrl = [](const QUrl&) {
    };
    window.setPrompts(prompts);
    REQUIRE(window.openDatabase(tmp.path()));
    window.show();

    const QString first = writeCsv(tmp, QStringLiteral("first.csv"),
                                   "First name,Last name,Company,E-mail\nAnna,Nowak,Acme,anna@acme.pl\n");
    importThroughWizard(window, first);
    REQUIRE(test::eventually([&] { return window.undoStack().count() == 1; }));
    CHECK(window.undoStack().undoText().contains(QStringLiteral("first.csv")));
    CHECK(count(window.database(), "SELECT count(*) FROM contacts") == 1);

    // Edit ▸ Undo: the contact and the organisation it brought are gone.
    QAction* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    REQUIRE(test::eventually(
        [&] { return (count(window.database(), "SELECT count(*) FROM contacts")) == (qint64(0)); }));
    CHECK(count(window.database(), "SELECT count(*) FROM customers") == 0);
    REQUIRE(test::eventually(
        [&] { return (window.undoStack().count()) == (0); })); // an undone import leaves the stack (no Redo)
    CHECK(questions.isEmpty());

    // Two more imports; the older one is undone from the history after the user edited one of its records.
    const QString second = writeCsv(tmp, QStringLiteral("second.csv"),
                                    "First name,Last name,Company,E-mail\nJan,Kos,Beta,jan@beta.pl\n");
    const QString third = writeCsv(tmp, QStringLiteral("third.csv"),
                                   "First name,Last name,Company,E-mail\nEwa,Lis,Gamma,ewa@gamma.pl\n");
    importThroughWizard(window, second);
    REQUIRE(test::eventually([&] { return count(window.database(), "SELECT count(*) FROM contacts") == 1; }));
    importThroughWizard(window, third);
    REQUIRE(test::eventually([&] { return count(window.database(), "SELECT count(*) FROM contacts") == 2; }));
    {
        Statement edit(window.database()->handle(),
                       "UPDATE contacts SET title = 'Edited', updated_at = '2099-01-01T00:00:00.000Z' "
                       "WHERE last_name = 'Kos'");
        REQUIRE(edit.exec());
    }

    window.findChild<QAction*>(QStringLiteral("actionImportHistory"))->trigger();
    ImportHistoryDialog* history = window.findChild<ImportHistoryDialog*>();
    REQUIRE(history);
    auto* table = history->findChild<QTableWidget*>(QStringLiteral("importHistoryTable"));
    REQUIRE(table->rowCount() == 3); // newest first: third, second, first (undone)
    CHECK(table->item(0, 0)->text() == QStringLiteral("third.csv"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("second.csv"));
    CHECK_FALSE(table->item(2, 7)->text().isEmpty()); // the first one is marked undone
    table->selectRow(2);
    auto* undoButton = history->findChild<QPushButton*>(QStringLiteral("undoImportButton"));
    CHECK_FALSE(undoButton->isEnabled());

    table->selectRow(1);
    REQUIRE(undoButton->isEnabled());
    answer = false; // declined: nothing changes
    QTest::mouseClick(undoButton, Qt::LeftButton);
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(QStringLiteral("edited after the import")));
    CHECK(count(window.database(), "SELECT count(*) FROM contacts WHERE last_name = 'Kos'") == 1);

    answer = true;
    QTest::mouseClick(undoButton, Qt::LeftButton);
    REQUIRE(test::eventually([&] {
        return (count(window.database(), "SELECT count(*) FROM contacts WHERE last_name = 'Kos'")) ==
               (qint64(0));
    }));
    CHECK(count(window.database(), "SELECT count(*) FROM contacts WHERE last_name = 'Lis'") == 1);
}
