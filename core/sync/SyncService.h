#pragma once

#include "sync/SyncTypes.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <functional>

namespace rapport {
class Database;
}

namespace rapport::sync {

enum class Resolution {
    KeepCurrent, // the conflict is settled as it is
    TakeOther,   // the value that lost becomes the value (a normal edit, so it syncs)
    Restore,     // a deleted record comes back (with its parents when they are gone too)
    Dismiss,     // "not a duplicate" / "leave it deleted"
};

// Offline sync between copies of one database by package files. The office copy is the hub; field copies
// are cloned from it and exchange packages with it; the office passes every copy's changes on.
// Each call is one transaction: a refused or failed package leaves the database as it was.
class SyncService final {
    Q_DECLARE_TR_FUNCTIONS(SyncService)
public:
    // Called now and then with the changes done of the total; returning false cancels the export or import,
    // which then writes nothing and leaves the database as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit SyncService(Database& db);

    SyncStatus status() const;
    Status setDeviceName(const QString& name);

    // Writes the changes the peer has not acknowledged (default: the hub on a field copy, every known copy on
    // the office) to a new package file.
    Status exportPackage(const QString& path, ExportResult* result = nullptr, const QString& peer = {},
                         const Progress& progress = {});
    // Checks and applies a package. Already-held changes are skipped; a gap refuses the whole package.
    Status importPackage(const QString& path, ImportResult* result = nullptr, const Progress& progress = {});
    // Makes a field copy at targetPath: the whole database or a subset, with a device identity of its own.
    Status clone(const QString& targetPath, const CloneOptions& options);

    QList<Conflict> conflicts(bool openOnly = true) const;
    Status resolve(qint64 conflictId, Resolution resolution);
    QList<PackageRecord> history(int limit = 50) const;

private:
    qint64 exportTarget(const QString& peer, Status* status) const;
    Status restoreRecord(const QString& table, const QVariant& pk, const QVariantMap& values, int depth);
    Database& m_db;
};

QString conflictKindName(ConflictKind kind);

} // namespace rapport::sync
