// SyncService::clone: a field copy of this database, whole or a subset, with a device identity of its own.
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncLedger.h"
#include "sync/SyncSchema.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

Status run(sqlite3* db, const QString& sql, const QVariantList& values = {}) {
    Statement s(db, sql.toStdString());
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values[i]);
    return s.exec();
}

void removeDatabaseFiles(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Turns the fresh copy into a field copy: new identity, the source's changes renumbered as the source's,
// knowledge and acknowledgements as of the copy, the subset cut. Returns the copy's knowledge by UUID.
Status prepareCopy(Database& copy, const CloneOptions& options, const QString& sourceName,
                   QMap<QString, qint64>* knowledge) {
    sqlite3* db = copy.handle();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    // The copy's log is renumbered and cut below: every record written out first.
    if (const Status expanded = expandBulkInserts(db); !expanded)
        return expanded;
    const CaptureSuspension suspended(db);
    SyncLedger ledger(db);
    const QString sourceUuid = ledger.localDevice();
    const qint64 sourceKnown = ledger.known(0);
    qint64 source = 0;
    {
        Statement next(db, "SELECT coalesce(max(id), 0) + 1 FROM sync_devices");
        source = next.next() ? next.int64(0) : 1;
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<QPair<QString, QVariantList>> steps = {
        {QStringLiteral("UPDATE sync_devices SET uuid = ?1, name = ?2, known_seq = 0 WHERE id = 0"),
         {uuid, options.name}},
        {QStringLiteral("INSERT INTO sync_devices (id, uuid, name, known_seq) VALUES (?1, ?2, ?3, ?4)"),
         {source, sourceUuid, sourceName, sourceKnown}},
        {QStringLiteral("UPDATE sync_log SET origin = ?1 WHERE origin = 0"), {source}},
        {QStringLiteral(
             "UPDATE sync_horizons SET origin = CASE origin WHEN 0 THEN ?1 ELSE origin END, peer = CASE "
             "peer WHEN 0 THEN ?1 ELSE peer END"),
         {source}},
        {QStringLiteral("DELETE FROM sync_acks"), {}},
        {QStringLiteral("DELETE FROM sync_conflicts"), {}},
        {QStringLiteral("DELETE FROM sync_packages"), {}},
        {QStringLiteral("DELETE FROM meta WHERE key IN ('sync_last_export', 'sync_last_import')"), {}},
        {QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('sync_hlc_floor', (SELECT "
                        "coalesce(max(hlc), 0) FROM sync_log))"),
         {}},
    };
    for (const auto& [sql, values] : steps)
        if (const Status done = run(db, sql, values); !done)
            return done;
    const QHash<qint64, QString> devices = ledger.devices();
    const QMap<qint64, qint64> known = ledger.knowledge();
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        knowledge->insert(devices.value(it.key()), it.value());
        if (const Status acked = ledger.raiseAck(source, it.key(), it.value()); !acked)
            return acked;
        if (const Status horizon = ledger.addHorizon({0, it.key(), 1, it.value()}); !horizon)
            return horizon;
    }
    if (const Status hub = copy.setMeta(QStringLiteral("sync_hub"), sourceUuid); !hub)
        return hub;
    QStringList conditions;
    QVariantList values;
    QStringList subset;
    if (options.ownerId != 0) {
        values << options.ownerId;
        conditions << QStringLiteral("coalesce(owner_id = ?%1, 0)").arg(values.size());
        subset << QCoreApplication::translate("SyncService", "owner %1").arg(options.ownerId);
    }
    if (!options.territory.isEmpty()) {
        values << options.territory;
        conditions
            << QStringLiteral(
                   "coalesce(upper(billing_country) = upper(?%1) OR upper(shipping_country) = upper(?%1), 0)")
                   .arg(values.size());
        subset << QCoreApplication::translate("SyncService", "territory %1").arg(options.territory);
    }
    if (const Status stamped = copy.setMeta(QStringLiteral("sync_subset"), subset.join(QStringLiteral(", ")));
        !stamped)
        return stamped;
    if (!conditions.isEmpty()) {
        if (const Status cut = run(db,
                                   QStringLiteral("DELETE FROM customers WHERE NOT (%1)")
                                       .arg(conditions.join(QStringLiteral(" AND "))),
                                   values);
            !cut)
            return cut;
        // History of records that are not in the copy is of no use here (the hub keeps it).
        const SyncSchema schema = SyncSchema::read(db);
        for (const TableInfo& table : schema.tables())
            if (const Status purged =
                    run(db,
                        QStringLiteral("DELETE FROM sync_log WHERE tbl = ?1 AND pk NOT IN (SELECT "
                                       "%1 FROM %2)")
                            .arg(quotedIdentifier(table.pkColumn), quotedIdentifier(table.name)),
                        {table.name});
                !purged)
                return purged;
    }
    PackageRecord record;
    record.direction = QStringLiteral("clone");
    record.fileName = QFileInfo(copy.path()).fileName();
    if (const Status recorded = ledger.recordPackage(record, source, {}); !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace

Status SyncService::clone(const QString& targetPath, const CloneOptions& options) {
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return Status::failure(tr("%1 already exists; choose a new file for the field copy.")
                                   .arg(QDir::toNativeSeparators(target)));
    SyncLedger ledger(m_db.handle());
    QString sourceName = ledger.deviceName(0);
    if (sourceName == ledger.localDevice()) {
        sourceName = QSysInfo::machineHostName();
        if (const Status named = setDeviceName(sourceName); !named)
            return named;
    }
    if (const Status copied = m_db.saveCopy(target); !copied)
        return copied;
    CloneOptions named = options;
    if (named.name.trimmed().isEmpty())
        named.name = QFileInfo(target).completeBaseName();
    QMap<QString, qint64> knowledge;
    {
        Database copy;
        Status prepared = copy.open(target);
        if (prepared)
            prepared = prepareCopy(copy, named, sourceName, &knowledge);
        if (prepared && (options.ownerId != 0 || !options.territory.isEmpty())) {
            Statement vacuum(copy.handle(), "VACUUM"); // the records cut out leave no trace in the file
            prepared = vacuum.exec();
        }
        if (!prepared) {
            copy.close();
            removeDatabaseFiles(target);
            return Status::failure(tr("Making the field copy %1 failed: %2")
                                       .arg(QDir::toNativeSeparators(target), prepared.message()));
        }
        QString uuid;
        {
            Statement device(copy.handle(), "SELECT uuid FROM sync_devices WHERE id = 0");
            uuid = device.next() ? device.text(0) : QString();
        } // finalised, so the copy closes completely: no -wal or -shm file is left beside it
        copy.close();
        // The source now knows the copy and that it holds everything up to this moment.
        Transaction transaction(m_db.handle());
        if (!transaction.status())
            return transaction.status();
        const qint64 peer = ledger.ensureDevice(uuid, named.name);
        for (auto it = knowledge.cbegin(); it != knowledge.cend(); ++it) {
            const qint64 origin = ledger.findDevice(it.key());
            if (origin >= 0)
                if (const Status acked = ledger.raiseAck(peer, origin, it.value()); !acked)
                    return acked;
        }
        // A copy of a database with no changes yet still counts as a copy this one exchanges with: it holds
        // this copy's changes up to none.
        if (!knowledge.contains(ledger.localDevice()))
            if (const Status acked = ledger.raiseAck(peer, 0, 0); !acked)
                return acked;
        PackageRecord record;
        record.direction = QStringLiteral("clone");
        record.fileName = QFileInfo(target).fileName();
        if (const Status recorded = ledger.recordPackage(record, peer, {}); !recorded)
            return recorded;
        return transaction.commit();
    }
}

} // namespace rapport::sync
