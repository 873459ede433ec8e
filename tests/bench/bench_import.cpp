// bench-import: a generated 1,000,000-row contacts CSV (~140 MB: quoted fields, embedded line breaks,
// non-Latin names, a few thousand organisations) imported into an empty database with validation,
// organisation linking, the duplicate check and the search index, timed against the sqlite3 shell's
// .import of the same file into a plain table; then export against sqlite3 -csv.
// Usage: bench-import [ROWS] (default 1000000). Needs the sqlite3 shell on PATH.
#include "importer/Exporter.h"
#include "importer/Importer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <random>

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

void generate(const QString& path, qint64 rows) {
    static const char* const first[] = {"Jan",    "Anna",  "Ελένη",   "Дмитрий", "María", "Zoë",
                                        "Łukasz", "مریم",  "Γιώργος", "Ольга",   "José",  "Małgorzata",
                                        "Peter",  "Sofía", "Reza",    "Ирина"};
    static const char* const last[] = {
        "Kowalski", "Nowak",    "Παπαδοπούλου", "Иванов",  "García",  "Müller",    "Wiśniewski", "Rahimi",
        "Σταύρου",  "Смирнова", "López",        "O'Brien", "Schmidt", "Fernández", "Karimi",     "Zielińska"};
    static const char* const titles[] = {"Sales manager",  "CEO",       "Buyer, purchasing", "Engineer",
                                         "\"Head\" of IT", "Accountant"};
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    std::mt19937_64 random(42);
    QByteArray out;
    out.reserve(1 << 20);
    out += "First name,Last name,Company,E-mail,Phone,Title,City,Notes\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const auto f = first[random() % 16];
        const auto l = last[random() % 16];
        const qint64 org = static_cast<qint64>(random() % 4000);
        out += f;
        out += ',';
        out += '"';
        out += QByteArray(l).replace("\"", "\"\"");
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
            out += "Customer since 2019, quarterly orders";
        out += "\"\r\n";
        if (out.size() > (1 << 20) - 512) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
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
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    std::printf("generated %lld rows, %.1f MB in %.1f s\n", static_cast<long long>(rows),
                QFileInfo(csv).size() / 1e6, timer.elapsed() / 1000.0);

    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    const double sqliteImport =
        runSqlite({plain}, QStringLiteral(".mode csv\n.import %1 t\n").arg(csv).toUtf8());

    Database db;
    db.open(dir.filePath(QStringLiteral("rapport.db")));
    ImportOptions options;
    options.entity = ImportEntity::Contact;
    timer.restart();
    const ImportResult result = Importer(db, options).run(csv);
    const double rapportImport = timer.elapsed() / 1000.0;
    if (!result.status) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.status.message()));
        return 1;
    }
    std::printf("import: rapport %.2f s (%lld created, %lld skipped, %lld rejected, %lld organisations), "
                "sqlite3 .import %.2f s, ratio %.2f, peak RSS %lld MB\n",
                rapportImport, static_cast<long long>(result.created), static_cast<long long>(result.skipped),
                static_cast<long long>(result.rejected), static_cast<long long>(result.organisationsCreated),
                sqliteImport, rapportImport / sqliteImport, peakRssKb() / 1024);

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    ExportOptions exportOptions;
    exportOptions.entity = ImportEntity::Contact;
    timer.restart();
    const ExportResult written = Exporter(db, exportOptions).run(exported);
    const double rapportExport = timer.elapsed() / 1000.0;
    const double sqliteExport =
        runSqlite({QStringLiteral("-csv"), db.path()}, QStringLiteral(".output %1\nSELECT * FROM contacts;\n")
                                                           .arg(dir.filePath(QStringLiteral("s.csv")))
                                                           .toUtf8());
    std::printf("export: rapport %.2f s (%lld rows), sqlite3 -csv %.2f s, ratio %.2f\n", rapportExport,
                static_cast<long long>(written.rows), sqliteExport, rapportExport / sqliteExport);
    std::printf("peak RSS of the whole run %lld MB\n", peakRssKb() / 1024);
    return written.status ? 0 : 1;
}
