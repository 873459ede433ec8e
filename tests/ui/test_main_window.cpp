// Drives the real main window: create a customer through the dialog (after a validation error), find it, open
// its 360° view, log an interaction, delete it and bring it back with Ctrl+Z.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "dialogs/RecordDialog.h"
#include "models/RecordListModel.h"
#include "pages/CustomerView.h"
#include "pages/RecordListPage.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

RecordDialog* openDialog(QWidget& window) {
    RecordDialog* found = nullptr;
    for (RecordDialog* dialog : window.findChildren<RecordDialog*>())
        if (dialog->isVisible())
            found = dialog;
    return found;
}

void clickSave(RecordDialog* dialog) {
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

void activate(QWidget& window) {
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("the main window creates, finds, logs, deletes and undoes a customer", "[ui]") {
    QSettings().clear();
    test::TempDatabase temp;
    RecordStore seed(temp.db());
    REQUIRE(seed.insert(EntityCatalog::customer(), {{QStringLiteral("name"), QStringLiteral("Zeta Trading")}})
                .ok());

    MainWindow window;
    QStringList questions;
    window.setPrompts(test::acceptingPrompts(&questions));
    REQUIRE(window.openDatabase(temp.path()));
    window.show();
    activate(window);
    Workspace* workspace = window.workspace();
    REQUIRE(workspace);
    RecordStore store(*window.database());
    const EntityDescriptor& customer = EntityCatalog::customer();

    // New customer: saving with an empty name shows the message beside the field and keeps the dialog open.
    window.findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    RecordDialog* dialog = openDialog(window);
    REQUIRE(dialog);
    clickSave(dialog);
    auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("error_name"));
    REQUIRE(nameError);
    CHECK(nameError->isVisible());
    CHECK_FALSE(nameError->text().isEmpty());
    CHECK(dialog->isVisible());
    CHECK(store.count(customer) == 1);

    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("field_name"));
    REQUIRE(nameEdit);
    QTest::keyClicks(nameEdit, QStringLiteral("Acme Test Ltd"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_phones")),
                     QStringLiteral("+44 20 7946 0000"));
    QPointer<RecordDialog> watched(dialog);
    clickSave(dialog);
    QApplication::processEvents();
    CHECK((!watched || !watched->isVisible()));
    REQUIRE(store.count(customer) == 2);

    // Find it by typing in the search box.
    RecordListPage* list = workspace->customers();
    activate(window);
    window.findChild<QAction*>(QStringLiteral("actionFind"))->trigger();
    CHECK(list->searchBox()->hasFocus());
    QTest::keyClicks(list->searchBox(), QStringLiteral("acme"));
    REQUIRE(test::eventually([&] { return (list->model()->rowCount()) == (1); }));
    CHECK(list->model()->data(list->model()->index(0, 0)).toString() == QStringLiteral("Acme Test Ltd"));
    const qint64 id = list->model()->idAt(0);

    // Open its 360° view with a double click.
    QTableView* table = list->view();
    const QRect cell = table->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CustomerView* view = workspace->customerView();
    REQUIRE(test::eventually([&] { return view->isVisible(); }));
    CHECK(view->customerId() == id);
    CHECK(view->findChild<QLabel*>(QStringLiteral("customerName"))->text() ==
          QStringLiteral("Acme Test Ltd"));
    CHECK(view->findChild<QLabel*>(QStringLiteral("detail_phones")));

    // A contact of the customer, so the delete has something to cascade to.
    REQUIRE(store
                .insert(EntityCatalog::contact(), {{QStringLiteral("first_name"), QStringLiteral("Ada")},
                                                   {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
                                                   {QStringLiteral("customer_id"), id}})
                .ok());

    // Log an interaction; it appears on the timeline.
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("logInteractionButton")), Qt::LeftButton);
    dialog = openDialog(window);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_subject")),
                     QStringLiteral("Renewal call"));
    watched = dialog;
    clickSave(dialog);
    QApplication::processEvents();
    CHECK((!watched || !watched->isVisible()));
    REQUIRE(view->timeline()->topLevelItemCount() == 1);
    CHECK(view->timeline()->topLevelItem(0)->text(2) == QStringLiteral("Renewal call"));

    // Delete (the confirmation names what cascades), then Ctrl+Z brings everything back.
    window.findChild<QAction*>(QStringLiteral("actionDelete"))->trigger();
    REQUIRE(questions.size() == 1);
    CHECK(questions.constFirst().contains(QStringLiteral("Acme Test Ltd")));
    CHECK(questions.constFirst().contains(QStringLiteral("1 contact")));
    CHECK(questions.constFirst().contains(QStringLiteral("1 interaction")));
    CHECK_FALSE(store.exists(customer, id));
    CHECK(store.count(EntityCatalog::contact()) == 0);
    CHECK(store.count(EntityCatalog::interaction()) == 0);
    CHECK(list->isVisible()); // back on the list, which no longer shows it
    REQUIRE(test::eventually([&] { return (list->model()->rowCount()) == (0); }));

    activate(window);
    table->setFocus();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(store.exists(customer, id));
    CHECK(store.count(EntityCatalog::contact()) == 1);
    CHECK(store.count(EntityCatalog::interaction()) == 1);
    REQUIRE(test::eventually([&] { return (list->model()->rowCount()) == (1); }));
    workspace->showCustomer(id);
    CHECK(view->timeline()->topLevelItemCount() == 1);
    CHECK(view->findChild<QTableView*>(QStringLiteral("customerContacts"))->model()->rowCount() == 1);
}

TEST_CASE("a file that is not a Rapport database is refused and the open one stays", "[ui]") {
    test::TempDatabase temp;
    MainWindow window;
    QStringList warnings;
    Prompts prompts = Prompts::interactive(&window);
    prompts.warn = [&warnings](const QString&, const QString& text) {
        warnings << text;
    };
    window.setPrompts(prompts);
    REQUIRE(window.openDatabase(temp.path()));
    const QString bad = temp.dir() + QStringLiteral("/not-a-database.db");
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is plain text, not SQLite\n");
    file.close();
    CHECK_FALSE(window.openDatabase(bad));
    REQUIRE(warnings.size() == 1);
    CHECK(window.database()->path() == temp.path());
    CHECK(window.workspace());
}

TEST_CASE("a database of an older version is upgraded behind a progress dialog, then opened", "[ui]") {
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(RAPPORT_SOURCE_DIR "/tests/data/rapport-schema-13.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(Database::needsUpgrade(path));

    MainWindow window;
    window.show();
    // While the upgrade runs on its worker, the window's event loop keeps running: this timer fires then and
    // finds the progress dialog.
    QString shown;
    QTimer::singleShot(0, &window, [&] {
        if (auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress")))
            shown = progress->labelText();
    });
    REQUIRE(window.openDatabase(path));
    CHECK(shown.startsWith(QStringLiteral("Upgrading old.db")));
    CHECK(window.database()->schemaVersion() == Database::latestSchemaVersion());
    CHECK_FALSE(Database::needsUpgrade(path));
    CHECK(window.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress")) == nullptr);
    CHECK(window.workspace());
}
