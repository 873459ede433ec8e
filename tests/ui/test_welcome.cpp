// An empty database opens on the welcome page; "Load sample data" fills it on a worker thread while the
// window keeps answering, then shows the customer list.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "models/RecordListModel.h"
#include "pages/RecordListPage.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("an empty database offers sample data, and loading it fills the customer list", "[ui]") {
    QSettings().clear();
    test::TempDatabase temp;
    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.show();

    QWidget* welcome = window.findChild<QWidget*>(QStringLiteral("welcomePage"));
    REQUIRE(welcome);
    CHECK(welcome->isVisible());
    auto* load = welcome->findChild<QPushButton*>(QStringLiteral("loadSampleDataButton"));
    REQUIRE(load);
    QTest::mouseClick(load, Qt::LeftButton);

    // The GUI thread keeps processing events while the worker writes; the list appears when it is done.
    RecordListPage* customers = window.workspace()->customers();
    REQUIRE(test::eventually([&] { return customers->isVisible(); }, 60000));
    REQUIRE(test::eventually([&] { return customers->model()->rowCount() > 0; }, 60000));
    CHECK_FALSE(welcome->isVisible());
    RecordStore store(*window.database());
    CHECK(customers->model()->rowCount() == store.count(EntityCatalog::customer()));
    CHECK(store.count(EntityCatalog::contact()) > 0);
    CHECK(store.count(EntityCatalog::interaction()) > 0);
}
