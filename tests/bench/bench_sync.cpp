// bench-sync: sync package export/apply of 10,000 changed records, and the cost of recording changes on
// ordinary edits and on bulk inserts. Prints figures and the targets (issue 7).
#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace rapport;

namespace {

void fill(Database& db, int count, const QString& prefix) {
    Transaction transaction(db.handle());
    Statement insert(db.handle(), "INSERT INTO customers (id, name, sort_key, emails, phones, billing_city, "
                                  "billing_country, notes) VALUES (?1, ?2, lower(?2), ?3, ?4, ?5, 'GR', ?6)");
    for (int i = 0; i < count; ++i) {
        insert.reset();
        insert.bind(1, db.ids().next())
            .bind(2, QStringLiteral("%1 customer %2").arg(prefix).arg(i))
            .bind(3, QStringLiteral("c%1@%2.example").arg(i).arg(prefix))
            .bind(4, QStringLiteral("+30210%1").arg(1000000 + i))
            .bind(5, QStringLiteral("Athens"))
            .bind(6, QStringLiteral("Customer since %1, prefers e-mail.").arg(2000 + i % 24));
        insert.exec();
    }
    transaction.commit();
}

void dropCapture(Database& db) {
    QStringList names;
    Statement s(db.handle(),
                "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync_capture_%'");
    while (s.next())
        names << s.text(0);
    for (const QString& name : names)
        Statement(db.handle(), QStringLiteral("DROP TRIGGER \"%1\"").arg(name).toStdString()).exec();
}

double timeEdits(Database& db, const QList<qint64>& ids, int round) {
    RecordStore store(db);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < ids.size(); ++i)
        store.update(EntityCatalog::customer(), ids[i],
                     {{QStringLiteral("notes"), QStringLiteral("round %1 edit %2").arg(round).arg(i)},
                      {QStringLiteral("phones"), QStringLiteral("+30 210 %1").arg(2000000 + i + round)}});
    return timer.nsecsElapsed() / 1e6;
}

QList<qint64> customerIds(Database& db, int limit) {
    QList<qint64> ids;
    Statement s(db.handle(), "SELECT id FROM customers ORDER BY id LIMIT ?1");
    s.bind(1, limit);
    while (s.next())
        ids << s.int64(0);
    return ids;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const auto path = [&](const char* name) {
        return QDir(dir.path()).filePath(QString::fromLatin1(name));
    };

    // 1. Export and apply 10,000 changed records.
    Database office;
    office.open(path("office.db"));
    fill(office, 20000, QStringLiteral("office"));
    sync::SyncService(office).clone(path("laptop.db"), {});
    Database laptop;
    laptop.open(path("laptop.db"));
    {
        Transaction transaction(laptop.handle());
        Statement edit(laptop.handle(), "UPDATE customers SET notes = ?2, phones = ?3, updated_at = "
                                        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
        const QList<qint64> ids = customerIds(laptop, 10000);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            edit.reset();
            edit.bind(1, ids[i])
                .bind(2, QStringLiteral("visited %1, wants a quote").arg(i))
                .bind(3, QStringLiteral("+30 69%1").arg(40000000 + i));
            edit.exec();
        }
        transaction.commit();
    }
    QElapsedTimer timer;
    timer.start();
    sync::ExportResult exported;
    sync::SyncService(laptop).exportPackage(path("edits.rsync"), &exported);
    const double exportMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    sync::ImportResult imported;
    const Status applied = sync::SyncService(office).importPackage(path("edits.rsync"), &imported);
    const double importMs = timer.nsecsElapsed() / 1e6;
    std::printf(
        "10,000 edited records (2 fields each): export %.0f ms (target <= 1000), package %.0f KB (target "
        "<= 2048), apply %.0f ms (target <= 2000), %lld changes applied%s\n",
        exportMs, exported.bytes / 1024.0, importMs, static_cast<long long>(imported.applied),
        applied ? "" : qPrintable(QStringLiteral(" FAILED: ") + applied.message()));

    // 10,000 new records (every column travels).
    fill(laptop, 10000, QStringLiteral("field"));
    timer.restart();
    sync::SyncService(laptop).exportPackage(path("new.rsync"), &exported);
    const double newExportMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    sync::SyncService(office).importPackage(path("new.rsync"), &imported);
    std::printf("10,000 new records: export %.0f ms, package %.0f KB, apply %.0f ms\n", newExportMs,
                exported.bytes / 1024.0, timer.nsecsElapsed() / 1e6);

    // 2. Overhead of recording changes on ordinary edits (RecordStore::update, one transaction each).
    Database tracked;
    tracked.open(path("tracked.db"));
    fill(tracked, 5000, QStringLiteral("t"));
    tracked.saveCopy(path("plain.db"));
    Database plain;
    plain.open(path("plain.db"));
    dropCapture(plain);
    const QList<qint64> ids = customerIds(tracked, 2000);
    double withCapture = 0;
    double without = 0;
    for (int round = 0; round < 4; ++round) { // alternate to even out the machine's noise
        without += timeEdits(plain, ids, round);
        withCapture += timeEdits(tracked, ids, round);
    }
    std::printf(
        "8,000 RecordStore edits: %.0f ms without change recording, %.0f ms with: +%.1f%% (target <= 20%%)\n",
        without, withCapture, (withCapture / without - 1) * 100);

    // 3. Bulk insert of 100,000 customers in one transaction.
    Database bulkTracked;
    bulkTracked.open(path("bulk-tracked.db"));
    Database bulkPlain;
    bulkPlain.open(path("bulk-plain.db"));
    dropCapture(bulkPlain);
    timer.restart();
    fill(bulkPlain, 100000, QStringLiteral("b"));
    const double bulkPlainMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    fill(bulkTracked, 100000, QStringLiteral("b"));
    const double bulkTrackedMs = timer.nsecsElapsed() / 1e6;
    std::printf(
        "100,000 inserted customers in one transaction: %.0f ms without change recording, %.0f ms with "
        "(+%.0f%%); file %.1f MB vs %.1f MB\n",
        bulkPlainMs, bulkTrackedMs, (bulkTrackedMs / bulkPlainMs - 1) * 100, bulkPlain.fileSize() / 1e6,
        bulkTracked.fileSize() / 1e6);
    return 0;
}
