#pragma once

#include "io/DateParser.h"
#include "util/Status.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace rapport {

enum class ImportEntity { Customer, Contact, Interaction, Lead };
enum class DuplicatePolicy { Skip, Update, Create };
enum class ImportFormat { Csv, VCard };

// Everything an import needs besides the file and the database.
struct ImportOptions {
    ImportEntity entity = ImportEntity::Contact;
    ImportFormat format = ImportFormat::Csv;
    char delimiter = 0;  // 0: detect
    QByteArray encoding; // empty: detect
    // Header -> field overrides. A field name, ImportOptions::toNotes ("notes_extra": appended to the notes
    // as "Header: value") or ImportOptions::ignore (empty: the column is dropped).
    QHash<QString, QString> mapping;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    QString region;                                           // default region for phone numbers ("PL")
    DateParser::Order dateOrder = DateParser::Order::Unknown; // Unknown: detect per column
    QString rejectsPath;                                      // where rejected rows go (empty: nowhere)
    bool dryRun = false;

    static QString toNotes() { return QStringLiteral("notes_extra"); }
    static QString ignore() { return {}; }
};

struct ImportReject {
    qint64 line = 0;
    QString column;
    QString reason;
};

struct ImportProgress {
    qint64 bytes = 0;
    qint64 totalBytes = 0;
    qint64 rows = 0;
    double rowsPerSecond = 0;
    double secondsLeft = -1; // -1: not known yet
};

struct ImportResult {
    Status status;          // failure: nothing was written
    qint64 errorLine = 0;   // the line a malformed file breaks on
    bool cancelled = false; // cancelled: nothing was written
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 organisationsCreated = 0;
    QList<ImportReject> rejects; // the first 1000
    QString rejectsPath;         // written when there were rejects and a path was given
    QStringList warnings;
    char delimiter = ',';
    QByteArray encoding;
    double seconds = 0;
    qint64 importId = 0;      // the import history's id of a committed import (for ImportUndo), else 0
    qint64 leadsAssigned = 0; // new leads the assignment rules gave to a rep (each with a task)
};

using ImportProgressCallback = std::function<void(const ImportProgress&)>;

QString importEntityName(ImportEntity entity);
bool parseImportEntity(const QString& name, ImportEntity* entity);

} // namespace rapport
