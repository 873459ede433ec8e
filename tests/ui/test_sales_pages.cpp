// The sales pages inside the real main window on sample data: the sidebar shows them, the board, the ledger
// and "My work" fill in. With RAPPORT_SCREENSHOT_DIR set, each page is saved as a PNG to look at.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoGenerator.h"
#include "models/RecordListModel.h"
#include "pages/RecordListPage.h"
#include "sales/KanbanBoard.h"
#include "sales/LedgerView.h"
#include "sales/Money.h"
#include "sales/MyWorkPage.h"
#include "sales/SalesArea.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void save(QWidget& window, const char* name) {
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

TEST_CASE("the sales pages show sample leads, the pipeline board, a ledger and my work", "[ui][sales]") {
    QSettings().clear();
    test::TempDatabase temp;
    DemoOptions options;
    options.customers = 200;
    options.today = QDate::currentDate();
    REQUIRE(DemoGenerator().generate(temp.db(), options).ok());

    MainWindow window;
    Prompts prompts;
    prompts.confirm = [](const QString&, const QString&) {
        return true;
    };
    prompts.warn = [](const QString& title, const QString& text) {
        FAIL((title + QStringLiteral(": ") + text).toStdString());
    };
    prompts.openUrl = [](const QUrl&) {
    };
    window.setPrompts(prompts);
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1400, 860);
    window.show();
    Workspace* workspace = window.workspace();
    SalesArea* sales = workspace->sales();
    REQUIRE(sales);
    auto* sidebar = workspace->findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    QStringList areas;
    for (int i = 0; i < sidebar->count(); ++i)
        areas << sidebar->item(i)->text();
    for (const char* area : {"Leads", "Opportunities", "Products", "Quotes", "Accounts", "My work"})
        CHECK(areas.contains(QString::fromLatin1(area)));

    workspace->showArea(workspace->salesRow());
    QTest::qWait(50);
    CHECK(workspace->currentList());
    CHECK(workspace->currentList()->entity().name == QStringLiteral("lead"));
    save(window, "sales-leads.png");

    workspace->showArea(workspace->salesRow() + 1);
    QTest::qWait(50);
    KanbanBoard* board = sales->board();
    REQUIRE(board->isVisible());
    REQUIRE(QTest::qWaitFor([board] { return !board->isLoading(); }, 10000)); // read off the GUI thread
    int cards = 0;
    for (StageList* column : board->findChildren<StageList*>())
        cards += column->count();
    CHECK(cards > 50);
    save(window, "sales-board.png");

    // Generic lists show money in the locale's way, from the minor units stored.
    RecordListPage* products = nullptr;
    for (RecordListPage* page : window.findChildren<RecordListPage*>())
        if (page->entity().name == QLatin1String("product"))
            products = page;
    REQUIRE(products);
    workspace->showArea(workspace->salesRow() + 2);
    QTest::qWait(50);
    REQUIRE(products->isVisible());
    RecordListModel* model = products->model();
    REQUIRE(model->rowCount() > 0);
    const int priceColumn = int(model->columns().indexOf(QStringLiteral("price_minor")));
    REQUIRE(priceColumn >= 0);
    const QModelIndex price = model->index(0, priceColumn);
    CHECK(model->data(price).toString() ==
          money::formatLocalized(model->data(price, RecordListModel::RawValueRole).toLongLong(), QLocale()));
    CHECK(model->data(price).toString().contains(QLocale().decimalPoint()));
    save(window, "sales-products.png");

    const qint64 customer =
        sales::scalar(
            temp.db().handle(),
            "SELECT customer_id FROM ledger_entries GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1")
            .toLongLong();
    REQUIRE(customer);
    workspace->showArea(workspace->salesRow() + 4);
    sales->ledger()->showCustomer(customer);
    QTest::qWait(50);
    CHECK(sales->ledger()->table()->rowCount() >= 2);
    CHECK(sales->ledger()->summary()->text().contains(QStringLiteral("Balance")));
    save(window, "sales-ledger.png");

    workspace->showArea(workspace->salesRow() + 5);
    QTest::qWait(50);
    CHECK(sales->myWork()->isVisible());
    REQUIRE(QTest::qWaitFor([sales] { return !sales->myWork()->isLoading(); }, 10000));
    CHECK(sales->myWork()->agenda()->topLevelItemCount() > 0);
    save(window, "sales-mywork.png");
}
