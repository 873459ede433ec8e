#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace rapport::sync {

// One recorded change of one record, as it travels in a package: the origin is the device that made it.
struct Change {
    QString origin; // device UUID
    qint64 seq = 0;
    qint64 hlc = 0;
    QString table;
    QVariant pk;
    char op = 'U';   // 'I', 'U' or 'D'
    QByteArray vals; // JSON object: all columns (I, D) or the changed ones (U)
};

// The changes of one origin in a package: every change numbered after `after` up to `upTo`.
struct OriginRange {
    QString origin;
    qint64 after = 0;
    qint64 upTo = 0;
};

// "Changes of origin numbered from fromSeq on were made knowing peer's changes up to known."
struct Horizon {
    QString origin;
    QString peer;
    qint64 fromSeq = 0;
    qint64 known = 0;
};

struct Package {
    static constexpr quint32 formatVersion = 1;
    quint32 format = formatVersion;
    QString databaseId;
    QString sender;     // device UUID
    QString senderName; // "Office", "Maria's laptop"
    QDateTime createdAt;
    QMap<QString, qint64> senderKnows; // the sender holds every change of each origin up to here
    QMap<QString, QString> deviceNames;
    QList<OriginRange> ranges;
    QList<Horizon> horizons;
    QList<Change> changes;
};

enum class ConflictKind { Field, Deleted, Orphan, Duplicate };

struct Conflict {
    qint64 id = 0;
    ConflictKind kind = ConflictKind::Field;
    QString table;
    QVariant pk;
    QString column;
    QString recordName; // what the record is called, when it still exists
    QVariant keptValue;
    QString keptDevice;
    QDateTime keptAt;
    bool keptIsLocal = false;
    QVariant otherValue;
    QString otherDevice;
    QDateTime otherAt;
    bool otherIsLocal = false;
    QVariant otherPk; // duplicates: the other record
    QString status;   // open, resolved, dismissed
    QString resolution;
    QDateTime createdAt;
};

struct PackageRecord {
    qint64 id = 0;
    QString direction; // export, import, clone
    QString fileName;
    QString peer;
    qint64 changes = 0;
    qint64 skipped = 0;
    qint64 conflicts = 0;
    qint64 bytes = 0;
    QDateTime at;
};

struct SyncStatus {
    QString databaseId;
    QString deviceId;
    QString deviceName;
    QString hub; // the copy this one was cloned from, empty on the office copy
    QString hubName;
    QString subset; // "owner 42", "territory GR", empty for a whole copy
    qint64 pendingChanges = 0;
    qint64 openConflicts = 0;
    int peers = 0;
    QDateTime lastExport;
    QDateTime lastImport;
};

struct ImportResult {
    qint64 applied = 0;
    qint64 skipped = 0; // already known
    qint64 conflicts = 0;
    qint64 rows = 0;
    QString sender;
};

struct ExportResult {
    qint64 changes = 0;
    qint64 bytes = 0;
};

struct CloneOptions {
    QString name;       // the new copy's device name
    qint64 ownerId = 0; // keep only customers owned by this user (0: all)
    QString territory;  // keep only customers in this country (empty: all)
};

} // namespace rapport::sync
