#pragma once

#include "importer/ImportTypes.h"
#include "io/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <atomic>

namespace rapport {

class Database;
class ImportSchema;

// The first rows of a file as they would be stored, for the wizard's preview and mapping pages.
struct ImportPreview {
    Status status;
    qint64 errorLine = 0;
    QStringList headers;
    QStringList fields; // the import field of each column (empty: ignored)
    char delimiter = ',';
    QByteArray encoding;
    double encodingConfidence = 0;
    QList<TextEncoding::Candidate> encodingAlternatives;
    // Per column holding dates: the detected order (Ambiguous: ask the user).
    QHash<int, DateParser::Order> dateOrders;
    // Per Ambiguous date column: a few of its values as written in the file that read differently as
    // day-month and month-day (for the question the wizard asks).
    QHash<int, QStringList> dateSamples;
    struct Row {
        qint64 line = 0;
        QStringList values; // per column, as stored
        QStringList errors; // per column, empty when fine
    };
    QList<Row> rows;
};

// Imports one CSV or vCard file into the database: streaming, validating, linking, checking for duplicates,
// all inside one transaction (cancel, a malformed file or a database error leaves the database as it was).
// Runs on the calling thread: the UI runs it on a worker thread with its own Database connection.
class Importer final {
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    Importer(Database& db, ImportOptions options);

    void setProgressCallback(ImportProgressCallback callback) { m_progress = std::move(callback); }
    // Checked every few hundred rows; when set, the import stops and rolls back.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    ImportResult run(const QString& path);

    static ImportPreview preview(const QString& path, const ImportOptions& options, int maxRows = 100);

private:
    DateParser::Order detectDateOrder(const QString& path, const ImportSchema& schema,
                                      const QStringList& fields, char delimiter, const QByteArray& encoding,
                                      QStringList& warnings) const;

    Database& m_db;
    ImportOptions m_options;
    ImportProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace rapport
