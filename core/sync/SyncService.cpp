#include "sync/SyncService.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncLedger.h"
#include "sync/SyncPackage.h"
#include "sync/SyncSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

const QString hubKey = QStringLiteral("sync_hub");
const QString subsetKey = QStringLiteral("sync_subset");
const QString lastExportKey = QStringLiteral("sync_last_export");
const QString lastImportKey = QStringLiteral("sync_last_import");

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

SyncService::SyncService(Database& db) : m_db(db) {}

Status SyncService::setDeviceName(const QString& name) {
    Statement s(m_db.handle(),
                "UPDATE sync_devices SET name = ?1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                "'now') WHERE id = 0");
    s.bind(1, name.trimmed());
    return s.exec();
}

qint64 SyncService::exportTarget(const QString& peer, Status* status) const {
    SyncLedger ledger(m_db.handle());
    const QString target = peer.isEmpty() ? m_db.meta(hubKey) : peer;
    if (target.isEmpty())
        return -1; // the office: every copy it knows
    const qint64 id = ledger.findDevice(target);
    if (id <= 0)
        *status = Status::failure(tr("No copy with device id %1 is known here.").arg(target));
    return id;
}

SyncStatus SyncService::status() const {
    SyncLedger ledger(m_db.handle());
    SyncStatus s;
    s.databaseId = m_db.meta(QStringLiteral("database_id"));
    s.deviceId = ledger.localDevice();
    s.deviceName = ledger.deviceName(0);
    if (s.deviceName == s.deviceId)
        s.deviceName = QSysInfo::machineHostName();
    s.hub = m_db.meta(hubKey);
    if (!s.hub.isEmpty())
        s.hubName = ledger.deviceName(ledger.findDevice(s.hub));
    s.subset = m_db.meta(subsetKey);
    s.lastExport = QDateTime::fromString(m_db.meta(lastExportKey), Qt::ISODateWithMs);
    s.lastImport = QDateTime::fromString(m_db.meta(lastImportKey), Qt::ISODateWithMs);
    s.peers = static_cast<int>(ledger.peers().size());
    Status ignored;
    const qint64 target = exportTarget({}, &ignored);
    const QMap<qint64, qint64> knowledge = ledger.knowledge();
    const QList<qint64> peers = target > 0 ? QList<qint64>{target} : ledger.peers();
    // Pending: this copy's own changes some peer still lacks (all of them before the first exchange).
    const qint64 own = knowledge.value(0, 0);
    qint64 acked = peers.isEmpty() ? 0 : own;
    for (const qint64 peer : peers)
        acked = std::min(acked, ledger.acks(peer).value(0, 0));
    s.pendingChanges = own - acked;
    Statement open(m_db.handle(), "SELECT count(*) FROM sync_conflicts WHERE status = 'open'");
    s.openConflicts = open.next() ? open.int64(0) : 0;
    return s;
}

Status SyncService::exportPackage(const QString& path, ExportResult* result, const QString& peer,
                                  const Progress& progress) {
    ExportResult local;
    if (!result)
        result = &local;
    sqlite3* db = m_db.handle();
    Transaction transaction(db); // a consistent snapshot of the log
    if (!transaction.status())
        return transaction.status();
    Status status;
    const qint64 target = exportTarget(peer, &status);
    if (!status)
        return status;
    if (const Status expanded = expandBulkInserts(db); !expanded)
        return Status::failure(tr("No package was written to %1: %2 The database was left unchanged.")
                                   .arg(native(path), expanded.message()));
    SyncLedger ledger(db);
    const QHash<qint64, QString> devices = ledger.devices();
    const QMap<qint64, qint64> knowledge = ledger.knowledge();
    QMap<qint64, qint64> after;
    const QList<qint64> peers = target > 0 ? QList<qint64>{target} : ledger.peers();
    for (auto it = knowledge.cbegin(); it != knowledge.cend(); ++it) {
        qint64 acked = peers.isEmpty() ? 0 : it.value();
        for (const qint64 p : peers)
            acked = std::min(acked, ledger.acks(p).value(it.key(), 0));
        after.insert(it.key(), acked);
    }
    Package package;
    package.databaseId = m_db.meta(QStringLiteral("database_id"));
    package.sender = devices.value(0);
    package.senderName = ledger.deviceName(0);
    if (package.senderName == package.sender)
        package.senderName = QSysInfo::machineHostName();
    package.createdAt = QDateTime::currentDateTimeUtc();
    // First what the package covers (origins, their ranges, the tables their changes touch), then the changes
    // themselves, encoded one by one as they are read.
    QSet<qint64> origins;
    QStringList tables;
    qint64 total = 0;
    Statement tablesTouched(db,
                            "SELECT tbl, count(*) FROM sync_log WHERE origin = ?1 AND seq > ?2 GROUP BY tbl");
    for (auto it = knowledge.cbegin(); it != knowledge.cend(); ++it) {
        const QString uuid = devices.value(it.key());
        package.senderKnows.insert(uuid, it.value());
        package.deviceNames.insert(uuid, it.key() == 0 ? package.senderName : ledger.deviceName(it.key()));
        if (after.value(it.key()) >= it.value())
            continue;
        origins.insert(it.key());
        package.ranges << OriginRange{uuid, after.value(it.key()), it.value()};
        tablesTouched.reset();
        tablesTouched.bind(1, it.key()).bind(2, after.value(it.key()));
        while (tablesTouched.next()) {
            if (const QString table = tablesTouched.text(0); !tables.contains(table))
                tables << table;
            total += tablesTouched.int64(1);
        }
        if (!tablesTouched.status())
            return tablesTouched.status();
    }
    for (const SyncLedger::HorizonRow& h : ledger.horizons())
        if (origins.contains(h.origin))
            package.horizons << Horizon{devices.value(h.origin), devices.value(h.peer), h.fromSeq, h.known};
    PackageWriter writer(package, tables);
    const SyncSchema schema = SyncSchema::read(db);
    InsertImages images(db, schema);
    Statement changes(
        db, "SELECT seq, hlc, tbl, pk, op, vals FROM sync_log WHERE origin = ?1 AND seq > ?2 ORDER BY "
            "seq");
    for (auto it = knowledge.cbegin(); it != knowledge.cend(); ++it) { // in the order of package.ranges
        if (!origins.contains(it.key()))
            continue;
        const QString origin = devices.value(it.key());
        changes.reset();
        changes.bind(1, it.key()).bind(2, after.value(it.key()));
        while (changes.next()) {
            const QString table = changes.text(2);
            const QVariant pk = changes.value(3);
            const char op = changes.utf8(4).empty() ? 'U' : changes.utf8(4).front();
            QByteArray vals;
            if (op == 'I' && changes.isNull(5)) { // a bulk load's insert: the row is its image
                vals = images.image(table, pk);
            } else {
                const std::string_view text = changes.utf8(5);
                vals = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
            }
            if (progress && writer.count() % 1000 == 0 && !progress(writer.count(), total))
                return Status::failure(tr("The export was cancelled; no package was written."));
            if (!writer.add(origin, changes.int64(0), changes.int64(1), table, pk, op, vals))
                return Status::failure(tr("No package was written to %1: a change of table %2 appeared "
                                          "while the package was being written.")
                                           .arg(native(path), table));
        }
        if (!changes.status())
            return changes.status();
    }
    const qint64 written = writer.count();
    const QByteArray bytes = writer.finish();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write the package %1: %2").arg(native(path), file.errorString()));
    result->changes = written;
    result->bytes = bytes.size();
    PackageRecord record;
    record.direction = QStringLiteral("export");
    record.fileName = QFileInfo(path).fileName();
    record.changes = result->changes;
    record.bytes = result->bytes;
    if (const Status recorded = ledger.recordPackage(record, target > 0 ? target : -1,
                                                     QString::fromLatin1(PackageCodec::checksum(bytes)));
        !recorded)
        return recorded;
    if (const Status stamped = m_db.setMeta(lastExportKey, nowText()); !stamped)
        return stamped;
    return transaction.commit();
}

Status SyncService::importPackage(const QString& path, ImportResult* result, const Progress& progress) {
    ImportResult local;
    if (!result)
        result = &local;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    Package package;
    if (const Status decoded = PackageCodec::decode(bytes, &package); !decoded)
        return Status::failure(tr("%1 was not imported. %2 The database was left unchanged.")
                                   .arg(native(path), decoded.message()));
    const QString databaseId = m_db.meta(QStringLiteral("database_id"));
    if (package.databaseId != databaseId)
        return Status::failure(tr("%1 was not imported: it belongs to another database (%2), not to this one "
                                  "(%3). The database was left unchanged.")
                                   .arg(native(path), package.databaseId, databaseId));
    sqlite3* db = m_db.handle();
    SyncLedger ledger(db);
    if (package.sender == ledger.localDevice())
        return Status::failure(
            tr("%1 was not imported: it was exported by this copy itself. Import it on the "
               "other computer. The database was left unchanged.")
                .arg(native(path)));
    // A gap: changes missing between what is held here and what the package starts from.
    QStringList gaps;
    for (const OriginRange& r : package.ranges) {
        const qint64 device = ledger.findDevice(r.origin);
        const qint64 held = device < 0 ? 0 : ledger.known(device);
        if (r.after > held)
            gaps << tr("changes %1–%2 of %3")
                        .arg(held + 1)
                        .arg(r.after)
                        .arg(package.deviceNames.value(r.origin, r.origin));
    }
    if (!gaps.isEmpty())
        return Status::failure(
            tr("%1 was not imported: earlier changes are missing (%2). Import the packages "
               "before it first, or ask the sender for a new package. Nothing was applied.")
                .arg(native(path), gaps.join(QStringLiteral("; "))));
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    {
        Statement defer(db, "PRAGMA defer_foreign_keys = ON");
        defer.exec();
    }
    // The merge reads this copy's own history of the records it touches.
    if (const Status expanded = expandBulkInserts(db); !expanded)
        return Status::failure(tr("%1 was not imported: %2 The database was left unchanged.")
                                   .arg(native(path), expanded.message()));
    {
        const CaptureSuspension suspended(db);
        // The package carries the rows that triggers derive (the stage history): they must not be made twice.
        const Database::ReplayScope replay(m_db);
        const SyncSchema schema = SyncSchema::read(db);
        ChangeApplier applier(db, schema, ledger);
        applier.loadHorizons();
        if (const Status applied = applier.apply(package, result, progress); !applied)
            return Status::failure(tr("%1 was not imported: %2 The database was left unchanged.")
                                       .arg(native(path), applied.message()));
    }
    const qint64 sender = ledger.ensureDevice(package.sender, package.senderName);
    for (auto it = package.senderKnows.cbegin(); it != package.senderKnows.cend(); ++it)
        if (const Status acked = ledger.raiseAck(sender, ledger.ensureDevice(it.key()), it.value()); !acked)
            return acked;
    result->sender = package.senderName.isEmpty() ? package.sender : package.senderName;
    PackageRecord record;
    record.direction = QStringLiteral("import");
    record.fileName = QFileInfo(path).fileName();
    record.changes = result->applied;
    record.skipped = result->skipped;
    record.conflicts = result->conflicts;
    record.bytes = bytes.size();
    if (const Status recorded =
            ledger.recordPackage(record, sender, QString::fromLatin1(PackageCodec::checksum(bytes)));
        !recorded)
        return recorded;
    if (const Status stamped = m_db.setMeta(lastImportKey, nowText()); !stamped)
        return stamped;
    if (const Status committed = transaction.commit(); !committed)
        return Status::failure(tr("%1 was not imported: %2 The database was left unchanged.")
                                   .arg(native(path), committed.message()));
    return Status::success();
}

QList<PackageRecord> SyncService::history(int limit) const {
    return SyncLedger(m_db.handle()).packages(limit);
}

} // namespace rapport::sync
