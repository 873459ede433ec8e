#include "sync/SyncLedger.h"

#include "storage/Statement.h"

#include <sqlite3.h>

namespace rapport::sync {

SyncLedger::SyncLedger(sqlite3* db) : m_db(db) {}

QString SyncLedger::localDevice() const {
    return deviceUuid(0);
}

QString SyncLedger::deviceUuid(qint64 id) const {
    Statement s(m_db, "SELECT uuid FROM sync_devices WHERE id = ?1");
    s.bind(1, id);
    return s.next() ? s.text(0) : QString();
}

QString SyncLedger::deviceName(qint64 id) const {
    Statement s(m_db, "SELECT coalesce(name, uuid) FROM sync_devices WHERE id = ?1");
    s.bind(1, id);
    return s.next() ? s.text(0) : QString();
}

qint64 SyncLedger::findDevice(const QString& uuid) const {
    Statement s(m_db, "SELECT id FROM sync_devices WHERE uuid = ?1");
    s.bind(1, uuid);
    return s.next() ? s.int64(0) : -1;
}

qint64 SyncLedger::ensureDevice(const QString& uuid, const QString& name) {
    qint64 id = findDevice(uuid);
    if (id < 0) {
        Statement insert(m_db,
                         "INSERT INTO sync_devices (id, uuid, name) VALUES ((SELECT coalesce(max(id), 0) + "
                         "1 FROM sync_devices), ?1, ?2) RETURNING id");
        insert.bind(1, uuid).bind(2, name.isEmpty() ? QVariant() : QVariant(name));
        id = insert.next() ? insert.int64(0) : -1;
    } else if (!name.isEmpty() && id != 0) {
        Statement rename(m_db,
                         "UPDATE sync_devices SET name = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                         "'now') WHERE id = ?1 AND name IS NOT ?2");
        rename.bind(1, id).bind(2, name);
        rename.exec();
    }
    return id;
}

QHash<qint64, QString> SyncLedger::devices() const {
    QHash<qint64, QString> all;
    Statement s(m_db, "SELECT id, uuid FROM sync_devices");
    while (s.next())
        all.insert(s.int64(0), s.text(1));
    return all;
}

qint64 SyncLedger::known(qint64 device) const {
    if (device == 0) {
        Statement s(m_db, "SELECT coalesce(max(seq), 0) FROM sync_log WHERE origin = 0");
        return s.next() ? s.int64(0) : 0;
    }
    Statement s(m_db, "SELECT known_seq FROM sync_devices WHERE id = ?1");
    s.bind(1, device);
    return s.next() ? s.int64(0) : 0;
}

QMap<qint64, qint64> SyncLedger::knowledge() const {
    QMap<qint64, qint64> all;
    Statement s(m_db, "SELECT id, known_seq FROM sync_devices WHERE id <> 0 AND known_seq > 0");
    while (s.next())
        all.insert(s.int64(0), s.int64(1));
    if (const qint64 own = known(0); own > 0)
        all.insert(0, own);
    return all;
}

Status SyncLedger::setKnown(qint64 device, qint64 seq) {
    Statement s(m_db, "UPDATE sync_devices SET known_seq = max(known_seq, ?2), updated_at = "
                      "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
    s.bind(1, device).bind(2, seq);
    return s.exec();
}

QMap<qint64, qint64> SyncLedger::acks(qint64 peer) const {
    QMap<qint64, qint64> all;
    Statement s(m_db, "SELECT origin, seq FROM sync_acks WHERE peer = ?1");
    s.bind(1, peer);
    while (s.next())
        all.insert(s.int64(0), s.int64(1));
    return all;
}

Status SyncLedger::raiseAck(qint64 peer, qint64 origin, qint64 seq) {
    Statement s(m_db,
                "INSERT INTO sync_acks (peer, origin, seq) VALUES (?1, ?2, ?3) ON CONFLICT (peer, origin) "
                "DO UPDATE SET seq = max(seq, excluded.seq), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                "'now')");
    s.bind(1, peer).bind(2, origin).bind(3, seq);
    return s.exec();
}

QList<qint64> SyncLedger::peers() const {
    QList<qint64> all;
    Statement s(m_db, "SELECT DISTINCT peer FROM sync_acks ORDER BY peer");
    while (s.next())
        all << s.int64(0);
    return all;
}

QList<SyncLedger::HorizonRow> SyncLedger::horizons() const {
    QList<HorizonRow> rows;
    Statement s(m_db, "SELECT origin, peer, from_seq, known FROM sync_horizons");
    while (s.next())
        rows << HorizonRow{s.int64(0), s.int64(1), s.int64(2), s.int64(3)};
    return rows;
}

Status SyncLedger::addHorizon(const HorizonRow& row) {
    Statement s(m_db, "INSERT INTO sync_horizons (origin, peer, from_seq, known) VALUES (?1, ?2, ?3, ?4) ON "
                      "CONFLICT DO UPDATE SET known = max(known, excluded.known)");
    s.bind(1, row.origin).bind(2, row.peer).bind(3, row.fromSeq).bind(4, row.known);
    return s.exec();
}

Status SyncLedger::recordPackage(const PackageRecord& r, qint64 peer, const QString& checksum) {
    Statement s(m_db,
                "INSERT INTO sync_packages (id, direction, file_name, peer, changes, skipped, conflicts, "
                "bytes, checksum) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM sync_packages), ?1, ?2, ?3, "
                "?4, ?5, ?6, ?7, ?8)");
    s.bind(1, r.direction).bind(2, r.fileName).bind(3, peer).bind(4, r.changes).bind(5, r.skipped);
    s.bind(6, r.conflicts).bind(7, r.bytes).bind(8, checksum);
    return s.exec();
}

QList<PackageRecord> SyncLedger::packages(int limit) const {
    QList<PackageRecord> all;
    Statement s(m_db,
                "SELECT p.id, p.direction, p.file_name, coalesce(d.name, d.uuid), p.changes, p.skipped, "
                "p.conflicts, p.bytes, p.created_at FROM sync_packages p LEFT JOIN sync_devices d ON d.id = "
                "p.peer ORDER BY p.id DESC LIMIT ?1");
    s.bind(1, limit);
    while (s.next())
        all << PackageRecord{s.int64(0), s.text(1),  s.text(2),
                             s.text(3),  s.int64(4), s.int64(5),
                             s.int64(6), s.int64(7), QDateTime::fromString(s.text(8), Qt::ISODateWithMs)};
    return all;
}

} // namespace rapport::sync
