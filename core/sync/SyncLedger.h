#pragma once

#include "sync/SyncTypes.h"
#include "util/Status.h"

#include <QHash>
#include <QMap>

struct sqlite3;

namespace rapport::sync {

// The bookkeeping tables of sync (sync_devices, sync_acks, sync_horizons, sync_packages) behind one small
// API. Local device numbers never leave the database; packages speak UUIDs.
class SyncLedger final {
public:
    explicit SyncLedger(sqlite3* db);

    QString localDevice() const;
    QString deviceName(qint64 id) const;
    QString deviceUuid(qint64 id) const;
    // The local number of a device, registering it when new (0 = this copy).
    qint64 ensureDevice(const QString& uuid, const QString& name = {});
    qint64 findDevice(const QString& uuid) const; // -1 when unknown
    QHash<qint64, QString> devices() const;

    // The highest sequence number of each origin this copy holds every change up to.
    qint64 known(qint64 device) const;
    QMap<qint64, qint64> knowledge() const;
    Status setKnown(qint64 device, qint64 seq);

    QMap<qint64, qint64> acks(qint64 peer) const;
    Status raiseAck(qint64 peer, qint64 origin, qint64 seq);
    QList<qint64> peers() const;

    struct HorizonRow {
        qint64 origin = 0;
        qint64 peer = 0;
        qint64 fromSeq = 0;
        qint64 known = 0;
    };
    QList<HorizonRow> horizons() const;
    Status addHorizon(const HorizonRow& row);

    Status recordPackage(const PackageRecord& record, qint64 peer, const QString& checksum);
    QList<PackageRecord> packages(int limit) const;

private:
    sqlite3* m_db;
};

} // namespace rapport::sync
