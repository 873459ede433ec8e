// Generates N sample customers (default 1,000,000) with their contacts, interactions and tasks into a fresh
// database in a temporary folder, and prints the rate, the time and the file size.
// Usage: bench-demo [customers] [seed] [--no-fts] [--sql-profile]
// --sql-profile sums the time of each SQL statement text (sqlite3_trace_v2 profile events: a statement's
// triggers count towards it) and prints the 25 costliest at the end.
// --no-fts drops the two full-text insert triggers in the benchmark's own scratch file first, to measure what
// the full-text index costs (the schema itself is not changed); --fts-after then fills both full-text tables
// with one INSERT ... SELECT each after the data is written, to measure that alternative.
#include "SqlProfile.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char** argv) {
    // As rapport-cli runs SQLite (the desktop program keeps memory statistics for its cache budget).
    rapport::Database::withoutMemoryStatistics();
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    rapport::DemoOptions options;
    options.customers = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    options.seed = args.size() > 2 ? args.at(2).toULongLong() : 1;

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench-demo.db"));
    rapport::Database db;
    if (const rapport::Status opened = db.open(path); !opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.message()));
        return 1;
    }

    if (args.contains(QStringLiteral("--no-fts"))) {
        for (const char* sql :
             {"DROP TRIGGER customers_search_insert", "DROP TRIGGER contacts_search_insert"})
            rapport::Statement(db.handle(), sql).exec();
        std::printf("full-text insert triggers dropped in the scratch file\n");
    }

    if (const QString tune = qEnvironmentVariable("BENCH_FTS_SQL"); !tune.isEmpty()) {
        for (const QString& sql : tune.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QByteArray utf8 = sql.toUtf8();
            const rapport::Status done = rapport::Statement(db.handle(), utf8.toStdString()).exec();
            std::printf("%s -> %s\n", utf8.constData(), done ? "ok" : qPrintable(done.message()));
        }
    }

    bench::SqlProfile profile;
    if (args.contains(QStringLiteral("--sql-profile")))
        profile.attach(db.handle());

    rapport::DemoGenerator generator;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    qint64 lastDone = -1;
    const qint64 indexingFrom = options.customers - options.customers / 5; // see DemoGenerator::Progress
    const rapport::Status status = generator.generate(db, options, [&](qint64 done, qint64 total) {
        if (done >= indexingFrom && done != lastDone && done < total) {
            // The indexing steps (index rebuilds, search tables) are reported one by one.
            std::printf("  indexing step at %lld / %lld after %.1f s\n", static_cast<long long>(done),
                        static_cast<long long>(total), static_cast<double>(timer.elapsed()) / 1000.0);
            std::fflush(stdout);
        } else if (timer.elapsed() - lastReport >= 5000) {
            lastReport = timer.elapsed();
            std::printf("  %lld / %lld customers after %.1f s\n", static_cast<long long>(done),
                        static_cast<long long>(total), static_cast<double>(lastReport) / 1000.0);
            std::fflush(stdout);
        }
        lastDone = done;
        return true;
    });
    if (status && args.contains(QStringLiteral("--fts-after"))) {
        QElapsedTimer ftsTimer;
        ftsTimer.start();
        // Each search table is filled from its *_search_rows view, as BulkLoad does.
        for (const char* sql :
             {"INSERT INTO customer_search (rowid, doc) SELECT id, doc FROM customer_search_rows",
              "INSERT INTO contact_search (rowid, doc) SELECT id, doc FROM contact_search_rows"}) {
            if (const rapport::Status filled = rapport::Statement(db.handle(), sql).exec(); !filled)
                std::fprintf(stderr, "fts fill failed: %s\n", qPrintable(filled.message()));
        }
        std::printf("full-text tables filled afterwards in %.2f s\n",
                    static_cast<double>(ftsTimer.elapsed()) / 1000.0);
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!status) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(status.message()));
        return 1;
    }
    const rapport::DemoCounts& counts = generator.counts();
    if (!profile.empty())
        profile.print();
    db.close();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    std::printf("customers %lld, contacts %lld, interactions %lld, tasks %lld, users %lld\n",
                static_cast<long long>(counts.customers), static_cast<long long>(counts.contacts),
                static_cast<long long>(counts.interactions), static_cast<long long>(counts.tasks),
                static_cast<long long>(counts.users));
    std::printf("total %.2f s, %.0f customers/s, file %.1f MiB\n", seconds,
                static_cast<double>(counts.customers) / seconds,
                static_cast<double>(bytes) / (1024.0 * 1024.0));
    return 0;
}
