// bench-import: a generated 1,000,000-row contacts CSV (~140 MB: quoted fields, embedded line breaks,
// non-Latin names, a few thousand organisations) imported into an empty database with validation,
// organisation linking, the duplicate check and the search index, timed against the sqlite3 shell's
// .import of the same file into a plain table; then export against sqlite3 -csv.
// Usage: bench-import [ROWS] [--with-copies] [--keep] [--sql-profile] [--repeat N] (default 1000000). Needs
// the sqlite3 shell on PATH.
// --with-copies: the database already has a field copy (a second device), so the import's rows are recorded
// for sync (an office database with laptops); without it the database has no copies yet. After the last
// pair it also times writing the records the import held as runs of ids out into the change log, which the
// first sync after the import does.
// --keep: the generated CSV, the plain sqlite3 table and the imported database are left in the folder
// printed.
// --sql-profile: the import's costliest SQL statements after the figures (SqlProfile.h).
// --repeat N: N timed pairs (the shell's .import, then Rapport's import, each into a new file) in one run,
// each printed, then the median ratio: the machine's speed drifts within minutes, and a pair measures both
// sides within seconds of each other. The export is measured once, on the last pair's database.
#include "SqlProfile.h"
#include "importer/Exporter.h"
#include "importer/Importer.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncFunctions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace rapport;

namespace {

qint64 peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Starts the peak above (VmHWM) again from the memory in use now (Linux: "5" to clear_refs), so that each
// pair of a --repeat run shows its own peak rather than the highest so far. The first pair's peak is the
// import's alone; later pairs start from what the process kept of the earlier ones (freed memory glibc holds
// on to), 5-10 MB more.
void resetPeakRss() {
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// Every row is a distinct person: within one organisation, the k-th row gets the k-th (given name, surname)
// pair of a fixed permutation of 24 x 24 pairs whose folded forms all differ, so no row is a duplicate by
// name and organisation (nor by e-mail or phone). About a third also carry a second given name.
void generate(const QString& path, qint64 rows) {
    static const char* const first[] = {"Jan",    "Anna",  "Ελένη",   "Дмитрий",   "María",      "Zoë",
                                        "Łukasz", "مریم",  "Γιώργος", "Ольга",     "José",       "Małgorzata",
                                        "Peter",  "Sofía", "Reza",    "Ирина",     "Νίκος",      "Алексей",
                                        "Carmen", "زهرا",  "Piotr",   "Katarzyna", "Αικατερίνη", "Наталья"};
    static const char* const second[] = {"Maria", "Paweł", "Ευάγγελος", "Сергеевна",
                                         "Luisa", "علی",   "Ewa",       "Jean"};
    static const char* const last[] = {
        "Kowalski", "Nowak",    "Παπαδοπούλου", "Иванов",  "García",  "Müller",    "Wiśniewski", "رحیمی",
        "Σταύρου",  "Смирнова", "López",        "O'Brien", "Schmidt", "Fernández", "کریمی",      "Zielińska",
        "Γεωργίου", "Кузнецов", "Martínez",     "حسینی",   "Wójcik",  "Rodríguez", "Αντωνίου",   "Попова"};
    static const char* const titles[] = {"Sales manager",  "CEO",       "Buyer, purchasing", "Engineer",
                                         "\"Head\" of IT", "Accountant"};
    constexpr qint64 organisations = 4000;
    constexpr qint64 pairs = 24 * 24;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    std::mt19937_64 random(42);
    QByteArray out;
    out.reserve(1 << 20);
    out += "First name,Last name,Company,E-mail,Phone,Title,City,Notes\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 org = i % organisations;
        const qint64 k = i / organisations; // this row's place among its organisation's people
        // 97 is coprime to 576: k -> pair is one-to-one for the first 576 people of each organisation.
        const qint64 pair = (k * 97 + org * 13 + (k / pairs)) % pairs;
        out += first[pair % 24];
        if (random() % 3 == 0) {
            out += ' ';
            out += second[random() % 8];
        }
        out += ',';
        out += '"';
        out += QByteArray(last[pair / 24]).replace("\"", "\"\"");
        out += "\",\"Firma ";
        out += QByteArray::number(org);
        out += ", Sp. z o.o.\",contact";
        out += QByteArray::number(i);
        out += "@example-";
        out += QByteArray::number(org);
        out += ".com,+4812";
        out += QByteArray::number(1000000 + i).rightJustified(7, '0');
        out += ",\"";
        out += QByteArray(titles[i % 6]).replace("\"", "\"\"");
        out += "\",Kraków,\"";
        if (i % 5 == 0)
            out += "Met at the fair.\nCall back in spring; prefers e-mail.";
        else
            out += "Client since 2019";
        out += "\"\r\n";
        if (out.size() > (1 << 20) - 512) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

double cpuSeconds(int who = RUSAGE_SELF) {
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double loadAverage() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

double runSqlite(const QStringList& arguments, const QByteArray& script) {
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral("sqlite3"), arguments);
    process.waitForStarted();
    process.write(script);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "sqlite3: %s\n", process.readAllStandardError().constData());
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char** argv) {
    // As rapport-cli runs SQLite (the desktop program keeps memory statistics for its cache budget).
    Database::withoutMemoryStatistics();
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    bool withCopies = false;
    bool keep = false;
    bool sqlProfile = false;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--with-copies")
            withCopies = true;
        else if (QByteArray(argv[i]) == "--keep")
            keep = true;
        else if (QByteArray(argv[i]) == "--sql-profile")
            sqlProfile = true;
        else if (QByteArray(argv[i]) == "--repeat" && i + 1 < argc)
            repeat = std::max(1, QByteArray(argv[++i]).toInt());
        else
            rows = QByteArray(argv[i]).toLongLong();
    }
    QTemporaryDir dir;
    if (keep) { // the CSV, the plain table and the imported database stay for measurements by hand
        dir.setAutoRemove(false);
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    }
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    std::printf("generated %lld rows, %.1f MB in %.1f s\n", static_cast<long long>(rows),
                QFileInfo(csv).size() / 1e6, timer.elapsed() / 1000.0);

    std::vector<double> ratios;
    std::unique_ptr<Database> db;
    for (int round = 0; round < repeat; ++round) {
        // Each pair writes new files; the previous pair's go first (a million contacts take 0.7 GB).
        const QString plain = dir.filePath(QStringLiteral("plain.db"));
        const QString target = dir.filePath(QStringLiteral("rapport.db"));
        db.reset();
        for (const QString& old :
             {plain, target, target + QStringLiteral("-wal"), target + QStringLiteral("-shm")})
            QFile::remove(old);
        const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        const double sqliteImport =
            runSqlite({plain}, QStringLiteral(".mode csv\n.import %1 t\n").arg(csv).toUtf8());
        const double sqliteCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;

        resetPeakRss();
        db = std::make_unique<Database>();
        db->open(target);
        if (withCopies) {
            Statement peer(db->handle(),
                           "INSERT INTO sync_devices (id, uuid, name) VALUES (1, 'bench-laptop', 'laptop')");
            if (const Status added = peer.exec(); !added) {
                std::fprintf(stderr, "cannot add a field copy: %s\n", qPrintable(added.message()));
                return 1;
            }
        }
        bench::SqlProfile profile;
        if (sqlProfile)
            profile.attach(db->handle());
        ImportOptions options;
        options.entity = ImportEntity::Contact;
        const double loadBefore = loadAverage();
        const double cpuBefore = cpuSeconds();
        timer.restart();
        const ImportResult result = Importer(*db, options).run(csv);
        const double rapportImport = timer.elapsed() / 1000.0;
        const double rapportCpu = cpuSeconds() - cpuBefore;
        if (!result.status) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.status.message()));
            return 1;
        }
        {
            Statement changes(
                db->handle(),
                "SELECT (SELECT count(*) FROM sync_log), (SELECT coalesce(sum(records), 0) FROM "
                "sync_bulk_inserts)");
            const bool counted = changes.next();
            std::printf("sync change records of the import: %lld in the log, %lld held as runs of ids (%s)\n",
                        static_cast<long long>(counted ? changes.int64(0) : -1),
                        static_cast<long long>(counted ? changes.int64(1) : -1),
                        withCopies ? "database with a field copy" : "database without copies");
        }
        std::printf(
            "import: rapport %.2f s wall, %.2f s CPU (%lld created, %lld skipped, %lld rejected, %lld "
            "organisations), "
            "sqlite3 .import %.2f s, ratio %.2f, peak RSS %lld MB\n",
            rapportImport, rapportCpu, static_cast<long long>(result.created),
            static_cast<long long>(result.skipped), static_cast<long long>(result.rejected),
            static_cast<long long>(result.organisationsCreated), sqliteImport, rapportImport / sqliteImport,
            peakRssKb() / 1024);
        std::printf("sqlite3 .import CPU %.2f s; load average %.2f before the import, %.2f after\n",
                    sqliteCpu, loadBefore, loadAverage());
        ratios.push_back(rapportImport / sqliteImport);
        if (sqlProfile) {
            profile.print();
            sqlite3_trace_v2(db->handle(), 0, nullptr, nullptr); // the export is not part of it
        }
        if (withCopies && round + 1 == repeat) {
            // Not part of the import: what the first package export (or import, or field copy) after it
            // pays to write the held records out, one sync_log row each. After the last pair only, so the
            // memory it leaves with the allocator is not in the next pair's peak.
            QElapsedTimer expansion;
            expansion.start();
            Transaction transaction(db->handle());
            const Status expanded = sync::expandBulkInserts(db->handle());
            const Status committed = expanded ? transaction.commit() : expanded;
            std::printf("writing the held records out (first sync after the import): %.2f s%s\n",
                        expansion.elapsed() / 1000.0, committed ? "" : qPrintable(committed.message()));
        }
    }
    if (ratios.size() > 1) {
        std::vector<double> sorted = ratios;
        std::sort(sorted.begin(), sorted.end());
        const size_t middle = sorted.size() / 2;
        const double median = sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        std::printf("import: median ratio of %zu pairs %.2f (lowest %.2f, highest %.2f)\n", sorted.size(),
                    median, sorted.front(), sorted.back());
    }

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    ExportOptions exportOptions;
    exportOptions.entity = ImportEntity::Contact;
    timer.restart();
    const ExportResult written = Exporter(*db, exportOptions).run(exported);
    const double rapportExport = timer.elapsed() / 1000.0;
    const double sqliteExport = runSqlite({QStringLiteral("-csv"), db->path()},
                                          QStringLiteral(".output %1\nSELECT * FROM contacts;\n")
                                              .arg(dir.filePath(QStringLiteral("s.csv")))
                                              .toUtf8());
    std::printf("export: rapport %.2f s (%lld rows), sqlite3 -csv %.2f s, ratio %.2f\n", rapportExport,
                static_cast<long long>(written.rows), sqliteExport, rapportExport / sqliteExport);
    std::printf("peak RSS since the last pair began %lld MB\n", peakRssKb() / 1024);
    return written.status ? 0 : 1;
}
