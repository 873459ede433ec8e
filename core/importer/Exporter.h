#pragma once

#include "importer/ImportTypes.h"
#include "io/VCardWriter.h"

#include <QCoreApplication>
#include <atomic>

namespace rapport {

class Database;

struct ExportOptions {
    ImportEntity entity = ImportEntity::Contact;
    ImportFormat format = ImportFormat::Csv; // VCard: contacts only
    char delimiter = ',';
    bool bom = false;
    // Cells starting with = + - @ TAB or CR get a leading ' so spreadsheets do not run them as formulas; the
    // importer removes it again.
    bool neutraliseFormulas = true;
    VCardWriter::Version vcardVersion = VCardWriter::Version::V3_0;
};

struct ExportResult {
    Status status;
    bool cancelled = false;
    qint64 rows = 0;
    double seconds = 0;
};

// Writes every record of an entity to CSV (all fields, English headers that the importer reads back, names
// for references) or contacts to vCard. Streams rows straight from SQLite to the file.
class Exporter final {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    Exporter(Database& db, ExportOptions options) : m_db(db), m_options(options) {}

    void setProgressCallback(ImportProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    ExportResult run(const QString& path);

private:
    ExportResult writeCsv(QIODevice& file, qint64 total);
    ExportResult writeVCards(QIODevice& file, qint64 total);
    void report(qint64 rows, qint64 total, qint64 elapsedMs);

    Database& m_db;
    ExportOptions m_options;
    ImportProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace rapport
