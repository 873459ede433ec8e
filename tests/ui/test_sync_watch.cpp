// The Sync page's watched folder: a laptop's package dropped into it is imported on its own, once; a refused
// package is reported in the status line, not in a message box. And File ▸ New Field Copy off the GUI thread.
#include "../core/test_sync_support.h"
#include "FileController.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "sync/SyncPage.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWidget>

using namespace rapport;

namespace {

// Rows of the page's history that are imports of the given file.
int importsOf(SyncPage& page, const QString& fileName) {
    auto* history = page.findChild<QTableWidget*>(QStringLiteral("syncHistory"));
    int rows = 0;
    for (int row = 0; row < history->rowCount(); ++row)
        if (history->item(row, 1)->text() == SyncPage::tr("Imported") &&
            history->item(row, 2)->text() == fileName)
            ++rows;
    return rows;
}

QString statusLine(SyncPage& page) {
    return page.findChild<QLabel*>(QStringLiteral("syncMessage"))->text();
}

} // namespace

TEST_CASE("ui: the Sync page imports new packages from a watched folder, once each", "[ui][sync]") {
    test::SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("laptop note"));
    const QString package = f.exportTo(laptop);
    const QString shared = QDir(f.dir()).filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));

    QStringList warnings;
    const Prompts prompts = test::warningsInto(&warnings);
    SyncPage page(f.office(), &prompts);
    page.show();
    page.setWatchedFolder(shared);
    CHECK(page.watchedFolder() == QFileInfo(shared).absoluteFilePath());
    CHECK(SyncPage(f.office(), &prompts).watchedFolder() == page.watchedFolder()); // remembered per database

    const QString dropped = QDir(shared).filePath(QStringLiteral("from-laptop.rsync"));
    REQUIRE(QFile::copy(package, dropped));
    REQUIRE(test::eventually(
        [&] {
            return test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("laptop note");
        },
        15000));
    REQUIRE(test::eventually([&] { return (importsOf(page, QStringLiteral("from-laptop.rsync"))) == (1); },
                             15000));
    REQUIRE(test::eventually([&] { return !page.isBusy(); }));
    CHECK(statusLine(page).contains(QStringLiteral("Imported 1 package")));

    // A look at the folder without a change reads nothing again.
    page.scanWatchedFolder();
    CHECK(!page.isBusy());
    QTest::qWait(1500);
    CHECK(importsOf(page, QStringLiteral("from-laptop.rsync")) == 1);

    // The same package dropped again: core skips every change it already holds.
    QSignalSpy imported(&page, &SyncPage::folderImported);
    const QString again = QDir(shared).filePath(QStringLiteral("from-laptop-again.rsync"));
    REQUIRE(QFile::copy(package, again));
    REQUIRE(imported.wait(15000));
    CHECK(imported.first().at(1).toInt() == 1);
    CHECK(statusLine(page).contains(QStringLiteral(": 0 changes")));
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("laptop note"));

    // A package this copy exported itself is refused once, in the status line only.
    imported.clear();
    REQUIRE(QFile::copy(f.exportTo(f.office()), QDir(shared).filePath(QStringLiteral("office.rsync"))));
    REQUIRE(imported.wait(15000));
    CHECK(imported.first().at(2).toInt() == 1);
    CHECK(statusLine(page).contains(QStringLiteral("was not imported")));
    imported.clear();
    page.scanWatchedFolder();
    CHECK(!imported.wait(1500));
    CHECK(warnings.isEmpty());

    page.stopWatching();
    CHECK(page.watchedFolder().isEmpty());
    CHECK(SyncPage(f.office(), &prompts).watchedFolder().isEmpty());
}

TEST_CASE("ui: New Field Copy runs on a worker thread and reports a failure clearly", "[ui][sync]") {
    test::TempDatabase office;
    test::addCustomer(office.db(), QStringLiteral("Acme"));
    QStringList warnings;
    const Prompts prompts = test::warningsInto(&warnings);
    QWidget window;
    window.show();
    FileController files(&window, &prompts);
    files.setDatabase(&office.db());
    QSignalSpy finished(&files, &FileController::fieldCopyFinished);

    sync::CloneOptions options;
    options.name = QStringLiteral("Maria");
    const QString path = QDir(office.dir()).filePath(QStringLiteral("maria.db"));
    files.makeFieldCopy(path, options);
    REQUIRE(finished.wait(15000));
    CHECK(finished.first().at(1).toString().isEmpty());
    CHECK(warnings.isEmpty());
    Database copy;
    REQUIRE(copy.open(path).ok());
    CHECK(sync::SyncService(copy).status().deviceName == QStringLiteral("Maria"));
    CHECK(!sync::SyncService(copy).status().hub.isEmpty());

    finished.clear();
    files.makeFieldCopy(path, options); // the file exists now
    REQUIRE(finished.wait(15000));
    CHECK(!finished.first().at(1).toString().isEmpty());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("was not made")));
}
