#pragma once

#include "sync/SyncTypes.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QHash>
#include <memory>

namespace rapport::sync {

// The sync package file:
//   "RPRTSYNC"                 8 bytes, magic
//   format version             quint32, big-endian (this program writes and reads 1)
//   header length, header      quint32 + compact JSON: database id, sender device, its name, time, counts
//   body length, body          quint64 + qCompress(QDataStream): devices, sender's knowledge, per-origin
//                              sequence ranges, causality horizons, the changes
//   SHA-256                    32 bytes over everything before it
// Reading checks, in order: magic, format version, lengths against the file size (truncation), the checksum
// (damage or tampering), then decodes. Each failure is a sentence for the user.
// Writes a package as its changes come, so that an export holds each change only in the encoded body (a
// million changes: 2.5 GB when they were all collected first). `head` is the package's devices, knowledge,
// ranges and horizons; `tables` names every table a change will belong to (both are listed before the
// changes). Changes the head carries name their origins and tables too (PackageCodec::encode).
class PackageWriter final {
public:
    PackageWriter(const Package& head, const QStringList& tables);
    ~PackageWriter();
    PackageWriter(const PackageWriter&) = delete;
    PackageWriter& operator=(const PackageWriter&) = delete;

    // False (and nothing written) for a change whose origin or table the head did not name.
    bool add(const QString& origin, qint64 seq, qint64 hlc, const QString& table, const QVariant& pk, char op,
             const QByteArray& vals);
    qint64 count() const { return m_count; }
    // The whole file. The writer is spent afterwards.
    QByteArray finish();

private:
    Package m_head;
    QByteArray m_raw;
    std::unique_ptr<QDataStream> m_out;
    QHash<QString, quint32> m_devices;
    QHash<QString, quint32> m_tables;
    qsizetype m_countOffset = 0;
    qint64 m_count = 0;
};

class PackageCodec final {
    Q_DECLARE_TR_FUNCTIONS(PackageCodec)
public:
    static QByteArray encode(const Package& package);
    static Status decode(const QByteArray& bytes, Package* package);
    static QByteArray checksum(const QByteArray& bytes); // hex SHA-256 of a whole file
};

} // namespace rapport::sync
