#pragma once

#include "sync/SyncFunctions.h"
#include "sync/SyncLedger.h"
#include "sync/SyncSchema.h"
#include "sync/SyncTypes.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <memory>
#include <unordered_map>

struct sqlite3;

namespace rapport {
class Statement;
}

namespace rapport::sync {

// One change as the applier sees it: a row of sync_log with its JSON parsed.
struct LogEntry {
    qint64 origin = 0; // local device number
    QString device;    // its UUID (ties between equal clocks are broken by it)
    qint64 seq = 0;
    qint64 hlc = 0;
    char op = 'U';
    QJsonObject vals;
    bool fresh = false; // arrived with the package being applied
    QString key() const { return device + QLatin1Char(':') + QString::number(seq); }
    // The deterministic order of edits: newest clock wins, ties by device id, then by sequence.
    bool newerThan(const LogEntry& other) const {
        if (hlc != other.hlc)
            return hlc > other.hlc;
        if (device != other.device)
            return device > other.device;
        return seq > other.seq;
    }
};

// Applies a verified package inside the caller's transaction: skips changes already held, appends the rest
// to sync_log keeping their origin, then recomputes each touched record from its whole history (so the
// result does not depend on the order packages arrive in) and fills the conflict inbox.
//
// Merge rules, per record:
//  - Existence: the newest insert-or-delete wins (a restore is an insert); records with no such history keep
//    their state. A record whose parent is gone is not applied (or its reference is cleared when the
//    foreign key says ON DELETE SET NULL) and an "orphan" conflict offers to restore both.
//  - Fields: each column takes the value of the newest change that set it (hybrid logical clock, then device
//    id), so edits of different fields on two copies both survive.
//  - Conflicts are recorded only between concurrent changes (neither copy had seen the other's when it was
//    made), told apart with the causality horizons: same field with different values → "field"; a delete
//    that had not seen an edit → "deleted" with the record as it would be, for a one-click restore; the same
//    e-mail created on two copies → "duplicate".
class ChangeApplier final {
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    ChangeApplier(sqlite3* db, const SyncSchema& schema, SyncLedger& ledger);
    ~ChangeApplier();

    // progress(done, total) as the changes are appended (the first half) and the records they touch are
    // recomputed (the second); false cancels, with a failure the caller rolls back.
    Status apply(const Package& package, ImportResult* result,
                 const std::function<bool(qint64 done, qint64 total)>& progress = {});

    // Loads a record's history (exposed for restoring deleted records).
    QList<LogEntry> history(const QString& table, const QVariant& pk);
    // The record as it was before its newest delete, with later edits laid over it.
    static QJsonObject deletedSnapshot(const LogEntry& deletion, const QList<LogEntry>& history,
                                       const std::function<bool(const LogEntry&, const LogEntry&)>& knows);
    bool knows(const LogEntry& a, const LogEntry& b) const;
    void loadHorizons();

private:
    struct Pending;
    Status materialize(const TableInfo& table, const QVariant& pk, ImportResult* result);
    Status recordFieldConflicts(const TableInfo& table, const QVariant& pk, const QList<LogEntry>& history,
                                const QVariantMap& finalRow, ImportResult* result);
    Status recordDeleteConflicts(const TableInfo& table, const QVariant& pk, const QList<LogEntry>& history,
                                 ImportResult* result);
    // A record this package created here, to compare with records created concurrently elsewhere.
    struct Created {
        const TableInfo* table = nullptr;
        qint64 pk = 0;
        LogEntry creation;
        QString emails;
    };
    Status recordDuplicates(ImportResult* result);
    Status recordDuplicate(const Created& created, const QString& email, qint64 other, bool* flagged,
                           ImportResult* result);
    qint64 knownBy(qint64 origin, qint64 seq, qint64 peer) const;
    Status addConflict(const QVariantMap& values, bool replaceSnapshot, ImportResult* result);
    bool parentExists(const ForeignKey& key, const QVariant& value);
    Statement& statement(const QString& sql);

    sqlite3* m_db;
    const SyncSchema& m_schema;
    std::unique_ptr<InsertImages> m_images; // images of a bulk load's inserts (sync/SyncFunctions.h)
    SyncLedger& m_ledger;
    QHash<qint64, QString> m_devices;
    QHash<QPair<qint64, qint64>, QList<QPair<qint64, qint64>>> m_horizons; // (origin, peer) → (from, known)
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    QSet<QPair<qint64, qint64>> m_fresh;
    QList<Created> m_created;
};

} // namespace rapport::sync
