// The Sync page: importing a package off the GUI thread and taking the other value of a conflict.
#include "../core/test_sync_support.h"
#include "Prompts.h"
#include "UiTestSupport.h"
#include "sync/SyncPage.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace rapport;

TEST_CASE("ui: the Sync page imports a package and takes the other value of a conflict", "[ui][sync]") {
    test::SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    test::edit(f.office(), acme, QStringLiteral("notes"), QStringLiteral("office note"));
    QThread::msleep(3);
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("laptop note"));
    const QString package = f.exportTo(laptop);

    QStringList warnings;
    const Prompts prompts = test::warningsInto(&warnings);
    SyncPage page(f.office(), &prompts);
    page.show();
    auto* conflicts = page.findChild<QTableWidget*>(QStringLiteral("syncConflicts"));
    REQUIRE(conflicts);
    CHECK(conflicts->rowCount() == 0);

    QSignalSpy finished(&page, &SyncPage::finished);
    page.importFrom(package);
    REQUIRE(finished.wait(10000));
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(finished.first().at(1).toBool());
    REQUIRE(conflicts->rowCount() == 1);
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("laptop note"));
    auto* history = page.findChild<QTableWidget*>(QStringLiteral("syncHistory"));
    CHECK(history->rowCount() >= 2); // the clone and the import

    conflicts->selectRow(0);
    auto* takeOther = page.findChild<QPushButton*>(QStringLiteral("syncTakeOther"));
    REQUIRE(takeOther->isEnabled());
    QTest::mouseClick(takeOther, Qt::LeftButton);
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("office note"));
    CHECK(conflicts->rowCount() == 0);
    CHECK(warnings.isEmpty());
}

TEST_CASE("ui: an import shows its progress and Cancel stops it with nothing applied", "[ui][sync]") {
    test::SyncFixture f;
    Database& laptop = f.clone(QStringLiteral("laptop"));
    for (int i = 0; i < 1500; ++i)
        test::addCustomer(laptop, QStringLiteral("Field customer %1").arg(i));
    const QString package = f.exportTo(laptop);

    QStringList warnings;
    const Prompts prompts = test::warningsInto(&warnings);
    SyncPage page(f.office(), &prompts);
    page.show();
    auto* progress = page.findChild<QProgressBar*>(QStringLiteral("syncProgress"));
    auto* cancel = page.findChild<QPushButton*>(QStringLiteral("syncCancel"));
    REQUIRE(progress);
    REQUIRE(cancel);
    CHECK_FALSE(progress->isVisible());

    // Cancelled before the first thousand changes are in: refused, nothing applied, the bar gone.
    QSignalSpy finished(&page, &SyncPage::finished);
    page.importFrom(package);
    CHECK(progress->isVisible());
    REQUIRE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(finished.first().at(1).toBool());
    CHECK(finished.first().at(0).toString().contains(QStringLiteral("cancelled")));
    CHECK(warnings.size() == 1);
    CHECK(test::queryCount(f.office(), "SELECT count(*) FROM customers") == 0);
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(cancel->isVisible());

    // Again without cancelling: every change arrives.
    page.importFrom(package);
    REQUIRE(finished.wait(10000));
    CHECK(finished.last().at(1).toBool());
    CHECK(test::queryCount(f.office(), "SELECT count(*) FROM customers") == 1500);
}
