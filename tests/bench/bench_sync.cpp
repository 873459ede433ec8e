// bench-sync: sync package export/apply of 10,000 changed records, and the cost of recording changes on
// ordinary edits and on bulk inserts. Prints figures and the targets (issue 7).
#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace rapport;

namespace {

void fill(Database& db, int count, const QString& prefix, bool ownTransaction = true) {
    std::optional<Transaction> transaction;
    if (ownTransaction)
        transaction.emplace(db.handle());
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
    if (transaction)
        transaction->commit();
}

// CPU time of this process (user + system) in milliseconds: on a shared machine it says what the work cost
// when the wall clock says how long others made it wait.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double loadAverage() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

void fillBulk(Database& db, int count, const QString& prefix) {
    Transaction transaction(db.handle());
    BulkLoad bulk(db, {QStringLiteral("customers")}, count);
    fill(db, count, prefix, false);
    bulk.finish();
    transaction.commit();
}

// The pages in use (free pages left by dropped and rebuilt indexes do not count), in MB.
double usedMB(Database& db) {
    Statement s(db.handle(),
                "SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM "
                "pragma_freelist_count()), (SELECT page_size FROM pragma_page_size())");
    return s.next() ? static_cast<double>(s.int64(0) * s.int64(1)) / 1e6 : -1;
}

// Change records: those in the log and those a bulk load holds as runs of ids until a sync reads the log.
qint64 logRows(Database& db) {
    Statement s(db.handle(),
                "SELECT (SELECT count(*) FROM sync_log) + (SELECT coalesce(sum(records), 0) FROM "
                "sync_bulk_inserts)");
    return s.next() ? s.int64(0) : -1;
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

    // Optional argument: run one part only (apply, edits or bulk).
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto runs = [&](const char* part) {
        return only.isEmpty() || only == QLatin1String(part);
    };
    std::printf("load average at start: %.2f\n", loadAverage());
    double cpu = 0;
    QElapsedTimer timer;
    if (runs("apply")) {
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
        timer.start();
        sync::ExportResult exported;
        sync::SyncService(laptop).exportPackage(path("edits.rsync"), &exported);
        const double exportMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        cpu = cpuMs();
        sync::ImportResult imported;
        const Status applied = sync::SyncService(office).importPackage(path("edits.rsync"), &imported);
        const double importMs = timer.nsecsElapsed() / 1e6;
        std::printf(
            "10,000 edited records (2 fields each): export %.0f ms (target <= 1000), package %.0f KB (target "
            "<= 2048), apply %.0f ms, CPU %.0f ms (target <= 2000), %lld changes applied%s\n",
            exportMs, exported.bytes / 1024.0, importMs, cpuMs() - cpu,
            static_cast<long long>(imported.applied),
            applied ? "" : qPrintable(QStringLiteral(" FAILED: ") + applied.message()));

        // 10,000 new records (every column travels).
        fill(laptop, 10000, QStringLiteral("field"));
        timer.restart();
        sync::SyncService(laptop).exportPackage(path("new.rsync"), &exported);
        const double newExportMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        cpu = cpuMs();
        imported = {};
        sync::SyncService(office).importPackage(path("new.rsync"), &imported);
        std::printf(
            "10,000 new records: export %.0f ms, package %.0f KB, apply %.0f ms, CPU %.0f ms (target <= "
            "2000), %lld changes applied\n",
            newExportMs, exported.bytes / 1024.0, timer.nsecsElapsed() / 1e6, cpuMs() - cpu,
            static_cast<long long>(imported.applied));
    }

    if (runs("edits")) {
        // 2. Overhead of recording changes on ordinary edits (RecordStore::update, one transaction each).
        // Both databases are compacted copies of one source, so they differ only in the capture triggers.
        {
            Database source;
            source.open(path("source.db"));
            fill(source, 5000, QStringLiteral("t"));
            source.saveCopy(path("tracked.db"));
            source.saveCopy(path("plain.db"));
        }
        Database plain;
        plain.open(path("plain.db"));
        Database tracked;
        tracked.open(path("tracked.db"));
        dropCapture(plain);
        const QList<qint64> ids = customerIds(tracked, 2000);
        double withCapture = 0;
        double without = 0;
        double cpuWith = 0;
        double cpuWithout = 0;
        for (int round = 0; round < 4; ++round) { // alternate to even out the machine's noise
            cpu = cpuMs();
            without += timeEdits(plain, ids, round);
            cpuWithout += cpuMs() - cpu;
            cpu = cpuMs();
            withCapture += timeEdits(tracked, ids, round);
            cpuWith += cpuMs() - cpu;
        }
        std::printf(
            "8,000 RecordStore edits: %.0f ms without change recording, %.0f ms with: +%.1f%%; CPU %.0f ms "
            "vs %.0f ms: +%.1f%% (target <= 20%%)\n",
            without, withCapture, (withCapture / without - 1) * 100, cpuWithout, cpuWith,
            (cpuWith / cpuWithout - 1) * 100);
    }

    if (runs("bulk")) {
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
            bulkPlainMs, bulkTrackedMs, (bulkTrackedMs / bulkPlainMs - 1) * 100, usedMB(bulkPlain),
            usedMB(bulkTracked));

        // 4. The same under BulkLoad (demo generator, importer): the load records its rows in one pass at the
        // end. The tracked database has a field copy, so its changes must be recorded whatever BulkLoad
        // decides for a database without copies.
        Database loadTracked;
        loadTracked.open(path("load-tracked.db"));
        sync::SyncService(loadTracked).clone(path("load-laptop.db"), {});
        Database loadPlain;
        loadPlain.open(path("load-plain.db"));
        dropCapture(loadPlain);
        const qint64 logBefore = logRows(loadTracked);
        timer.restart();
        cpu = cpuMs();
        fillBulk(loadPlain, 100000, QStringLiteral("b"));
        const double loadPlainMs = timer.nsecsElapsed() / 1e6;
        const double loadPlainCpu = cpuMs() - cpu;
        timer.restart();
        cpu = cpuMs();
        fillBulk(loadTracked, 100000, QStringLiteral("b"));
        const double loadTrackedMs = timer.nsecsElapsed() / 1e6;
        const double loadTrackedCpu = cpuMs() - cpu;
        std::printf(
            "100,000 customers under BulkLoad: %.0f ms (CPU %.0f ms) without change recording, %.0f ms (CPU "
            "%.0f ms) with (+%.0f%%, CPU +%.0f%%), %lld changes recorded; file %.1f MB vs %.1f MB\n",
            loadPlainMs, loadPlainCpu, loadTrackedMs, loadTrackedCpu, (loadTrackedMs / loadPlainMs - 1) * 100,
            (loadTrackedCpu / loadPlainCpu - 1) * 100,
            static_cast<long long>(logRows(loadTracked) - logBefore), usedMB(loadPlain), usedMB(loadTracked));
    }
    std::printf("load average at end: %.2f\n", loadAverage());
    return 0;
}
