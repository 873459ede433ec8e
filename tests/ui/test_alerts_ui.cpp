// The alerts page in the real main window: the sidebar badge counts my active alerts, dismissing and
// snoozing take them off, a double-click opens the record, marking a task done updates the badge by itself;
// and the customer's 360° view lists suggested products. With RAPPORT_SCREENSHOT_DIR set, saves pictures.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "RecordActions.h"
#include "Workspace.h"
#include "alerts/AlertSettingsDialog.h"
#include "alerts/AlertsPage.h"
#include "alerts/SidebarBadge.h"
#include "dialogs/RecordDialog.h"
#include "pages/CustomerView.h"
#include "pages/SuggestedProducts.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QStringList names(std::initializer_list<const char*> texts) {
    QStringList result;
    for (const char* text : texts)
        result << QString::fromUtf8(text);
    return result;
}

void sql(Database& db, std::string_view text, const QVariantList& values = {}) {
    const Status done = sales::exec(db.handle(), text, values);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

QString isoDay(int days) {
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

QString isoTime(int days) {
    return QDateTime::currentDateTimeUtc().addDays(days).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// Me with two overdue tasks and a deal closing in three days (relative to now); the other user's overdue
// task; customers who bought products together.
void build(Database& db) {
    sql(db, "INSERT INTO users (id, name) VALUES (11, 'Me'), (12, 'Other')");
    REQUIRE(db.setMeta(QStringLiteral("me_user_id"), QStringLiteral("11")).ok());
    sql(db, "INSERT INTO customers (id, name, owner_id, status) VALUES (21, 'Acme', 11, 'active'), "
            "(22, 'Beta', 11, 'active'), (23, 'Gamma', 12, 'active')");
    sql(db, "INSERT INTO pipelines (id, name) VALUES (1, 'Sales')");
    sql(db, "INSERT INTO stages (id, pipeline_id, name) VALUES (1, 1, 'Open')");
    sql(db,
        "INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, amount_minor, "
        "expected_close, "
        "owner_id, created_at) VALUES (31, 'Fleet terminals', 21, 1, 1, 450000, ?1, 11, ?2)",
        {isoDay(3), isoTime(-1)});
    sql(db,
        "INSERT INTO tasks (id, customer_id, assignee_id, title, due_at) VALUES (101, 21, 11, 'Send "
        "brochure', "
        "?1), (102, 22, 11, 'Call back', ?2), (103, 23, 12, 'Not mine', ?1)",
        {isoTime(-2), isoTime(-1)});
    sql(db, "INSERT INTO products (id, code, name) VALUES (1, 'TERM', 'Field terminal'), "
            "(2, 'PRN', 'Label printer'), (3, 'CAB', 'USB cable')");
    int line = 200;
    for (const auto& [quote, customer, codes] :
         {std::tuple{41, 21, names({"TERM", "PRN"})}, std::tuple{42, 22, names({"TERM", "PRN"})},
          std::tuple{43, 23, names({"TERM", "CAB"})}, std::tuple{44, 22, names({"CAB"})},
          std::tuple{45, 23, names({"CAB"})}}) {
        sql(db,
            "INSERT INTO quotes (id, number, year, sequence, customer_id, status, issue_date) VALUES "
            "(?1, 'Q-' || ?1, 2026, ?1, ?2, 'accepted', ?3)",
            {quote, customer, isoDay(-10)}); // recent: no "buying less" alerts
        for (const QString& code : codes)
            sql(db, "INSERT INTO quote_lines (id, quote_id, code) VALUES (?1, ?2, ?3)",
                {++line, quote, code});
    }
}

void save(QWidget& window, const char* name) {
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

int badge(Workspace* workspace) {
    auto* sidebar = workspace->findChild<QListWidget*>(QStringLiteral("sidebar"));
    return sidebar->item(workspace->alertsArea())->data(SidebarBadge::CountRole).toInt();
}

QTreeWidgetItem* rowAbout(QTreeWidget* list, const QString& title) {
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1) == title)
            return list->topLevelItem(i);
    return nullptr;
}

} // namespace

TEST_CASE("the alerts badge counts my alerts and each alert can be opened, dismissed and snoozed",
          "[ui][alerts]") {
    QSettings().clear();
    test::TempDatabase temp;
    build(temp.db());
    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1300, 800);
    window.show();
    Workspace* workspace = window.workspace();
    AlertsPage* page = workspace->alerts();
    REQUIRE(page);
    auto* sidebar = workspace->findChild<QListWidget*>(QStringLiteral("sidebar"));
    CHECK(sidebar->item(workspace->alertsArea())->text() == QStringLiteral("Alerts"));

    // Computed off the GUI thread at start: my two overdue tasks and my deal closing in three days.
    REQUIRE(QTest::qWaitFor([&] { return badge(workspace) == 3 && !page->isRefreshing(); }, 10000));
    CHECK(page->userId() == 11);
    workspace->showArea(workspace->alertsArea());
    QTreeWidget* list = page->list();
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Overdue task"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Send brochure"));
    CHECK(list->topLevelItem(2)->text(0) == QStringLiteral("Closing soon"));
    CHECK(list->topLevelItem(2)->text(2).contains(QStringLiteral("Closes in 3 day(s)")));
    QTest::qWait(50);
    save(window, "alerts-page.png");

    // Double-click opens the deal in its record dialog.
    QTreeWidgetItem* deal = rowAbout(list, QStringLiteral("Fleet terminals"));
    REQUIRE(deal);
    list->setCurrentItem(deal);
    const QRect rect = list->visualItemRect(deal);
    QSignalSpy opened(page, &AlertsPage::openRequested);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(opened.count() == 1);
    RecordDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (RecordDialog* d : window.findChildren<RecordDialog*>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    }));
    CHECK(dialog->entity().name == QStringLiteral("opportunity"));
    dialog->reject();

    // Dismiss the deal: the badge drops to 2 and stays there after another look.
    list->setCurrentItem(rowAbout(list, QStringLiteral("Fleet terminals")));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("alertsDismissButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return badge(workspace) == 2 && !page->isRefreshing(); }, 10000));
    CHECK_FALSE(rowAbout(list, QStringLiteral("Fleet terminals")));

    // Snooze "Call back" until a chosen day: one left.
    page->askSnoozeUntil = [](const analytics::Alert&) {
        return QDateTime::currentDateTime().addDays(5);
    };
    list->setCurrentItem(rowAbout(list, QStringLiteral("Call back")));
    page->snoozeCurrentUntil();
    REQUIRE(QTest::qWaitFor([&] { return badge(workspace) == 1 && !page->isRefreshing(); }, 10000));

    // Both come back into view (greyed) with "Show snoozed and dismissed"; the badge counts active ones only.
    page->findChild<QCheckBox*>(QStringLiteral("alertsShowHidden"))->setChecked(true);
    REQUIRE(QTest::qWaitFor([&] { return list->topLevelItemCount() == 3 && !page->isRefreshing(); }, 10000));
    CHECK(rowAbout(list, QStringLiteral("Call back"))
              ->text(0)
              .startsWith(QStringLiteral("Overdue task (snoozed")));
    CHECK(badge(workspace) == 1);

    // Ticking the last task done (a user action with undo) refreshes the alerts by itself: no badge.
    workspace->actions()->setTaskDone(101, true);
    REQUIRE(QTest::qWaitFor([&] { return badge(workspace) == 0 && !page->isRefreshing(); }, 10000));
    CHECK(page->findChild<QLabel*>(QStringLiteral("alertsSummary"))->text() ==
          QStringLiteral("Nothing needs attention."));
    // Undo brings it back.
    window.undoStack().undo();
    REQUIRE(QTest::qWaitFor([&] { return badge(workspace) == 1 && !page->isRefreshing(); }, 10000));

    // Everyone's alerts include the other user's task.
    auto* user = page->findChild<QComboBox*>(QStringLiteral("alertsUser"));
    user->setCurrentIndex(user->findData(qint64(0)));
    REQUIRE(QTest::qWaitFor(
        [&] { return rowAbout(list, QStringLiteral("Not mine")) && !page->isRefreshing(); }, 10000));
}

TEST_CASE("the customer's 360° view suggests products that go with what they bought", "[ui][crosssell]") {
    QSettings().clear();
    test::TempDatabase temp;
    build(temp.db());
    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1300, 800);
    window.show();
    Workspace* workspace = window.workspace();
    // Gamma bought terminals and cables: printers go with terminals (2 of 3 quotes with terminals, lift
    // 2/3 ÷ 2/5 = 1.67).
    workspace->showCustomer(23);
    SuggestedProducts* box = workspace->customerView()->suggestions();
    REQUIRE(box);
    REQUIRE(
        QTest::qWaitFor([&] { return box->list()->topLevelItemCount() > 0 && !box->isLoading(); }, 10000));
    REQUIRE(box->list()->topLevelItemCount() == 1);
    CHECK(box->list()->topLevelItem(0)->text(0) == QStringLiteral("Label printer"));
    CHECK(box->list()->topLevelItem(0)->text(1) == QStringLiteral("Field terminal"));
    CHECK(box->list()->topLevelItem(0)->text(2) == QStringLiteral("67%"));
    CHECK(box->list()->topLevelItem(0)->text(3) == QStringLiteral("1.67"));
    QTest::qWait(50);
    save(window, "customer-suggestions.png");

    // Acme has terminals and printers: cables do not go with them more than with anything else.
    workspace->showCustomer(21);
    REQUIRE(QTest::qWaitFor([&] { return !box->isLoading(); }, 10000));
    QTest::qWait(20);
    CHECK(box->list()->topLevelItemCount() == 0);
    CHECK(box->findChild<QLabel*>(QStringLiteral("suggestedProductsNote"))
              ->text()
              .startsWith(QStringLiteral("Nothing to suggest")));
}

TEST_CASE("alert settings: the dialog edits a user's thresholds and the list follows them", "[ui][alerts]") {
    QSettings().clear();
    test::TempDatabase temp;
    build(temp.db());
    analytics::AlertSettings start;
    start.closingDays = 9;
    AlertSettingsDialog dialog(start, QStringLiteral("Me"));
    auto* closing = dialog.findChild<QSpinBox*>(QStringLiteral("closingDays"));
    REQUIRE(closing);
    CHECK(closing->value() == 9);
    CHECK(closing->minimum() == 0);
    CHECK(closing->maximum() == 365);
    closing->setValue(2);
    dialog.findChild<QSpinBox*>(QStringLiteral("leadHours"))->setValue(12);
    analytics::AlertSettings expected = start;
    expected.closingDays = 2;
    expected.leadContactHours = 12;
    CHECK(dialog.settings() == expected);

    // Through the page: a 2-day horizon drops the deal closing in 3 days, for me only.
    AlertsPage page(temp.db(), nullptr);
    REQUIRE(QTest::qWaitFor([&] { return page.list()->topLevelItemCount() == 3 && !page.isRefreshing(); },
                            10000));
    page.askSettings = [](analytics::AlertSettings* settings) {
        settings->closingDays = 2;
        return true;
    };
    page.editSettings();
    REQUIRE(QTest::qWaitFor([&] { return page.activeCount() == 2 && !page.isRefreshing(); }, 10000));
    CHECK(analytics::AlertService(temp.db()).settings(11).closingDays == 2);
    CHECK(analytics::AlertService(temp.db()).settings(12).closingDays == 14);
}
