#pragma once

#include "sync/SyncTypes.h"
#include "util/Status.h"

#include <QCoreApplication>

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
class PackageCodec final {
    Q_DECLARE_TR_FUNCTIONS(PackageCodec)
public:
    static QByteArray encode(const Package& package);
    static Status decode(const QByteArray& bytes, Package* package);
    static QByteArray checksum(const QByteArray& bytes); // hex SHA-256 of a whole file
};

} // namespace rapport::sync
