#include "sync/SyncPackage.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace rapport::sync {
namespace {

const QByteArray magic = QByteArrayLiteral("RPRTSYNC");
constexpr int hashSize = 32;
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

void appendBigEndian32(QByteArray& out, quint32 value) {
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBigEndian64(QByteArray& out, quint64 value) {
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

bool decodeBody(const QByteArray& compressed, Package* p) {
    const QByteArray raw = qUncompress(compressed);
    if (raw.isEmpty())
        return false;
    QDataStream in(raw);
    in.setVersion(streamVersion);
    QStringList devices;
    QStringList names;
    QStringList tables;
    in >> devices >> names >> tables;
    if (in.status() != QDataStream::Ok || names.size() != devices.size())
        return false;
    bool ok = true;
    const auto deviceAt = [&](quint32 index) {
        if (index >= static_cast<quint32>(devices.size())) {
            ok = false;
            return QString();
        }
        return devices[static_cast<qsizetype>(index)];
    };
    for (qsizetype i = 0; i < devices.size(); ++i)
        if (!names[i].isEmpty())
            p->deviceNames.insert(devices[i], names[i]);
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint32 d = 0;
        qint64 seq = 0;
        in >> d >> seq;
        p->senderKnows.insert(deviceAt(d), seq);
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint32 d = 0;
        OriginRange r;
        in >> d >> r.after >> r.upTo;
        r.origin = deviceAt(d);
        p->ranges << r;
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint32 o = 0;
        quint32 q = 0;
        Horizon h;
        in >> o >> q >> h.fromSeq >> h.known;
        h.origin = deviceAt(o);
        h.peer = deviceAt(q);
        p->horizons << h;
    }
    in >> count;
    if (in.status() != QDataStream::Ok || count > static_cast<quint32>(raw.size()))
        return false;
    p->changes.reserve(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint32 d = 0;
        quint32 t = 0;
        qint8 op = 0;
        Change c;
        in >> d >> c.seq >> c.hlc >> t >> c.pk >> op >> c.vals;
        c.origin = deviceAt(d);
        if (t >= static_cast<quint32>(tables.size()) || (op != 'I' && op != 'U' && op != 'D'))
            return false;
        c.table = tables[static_cast<qsizetype>(t)];
        c.op = static_cast<char>(op);
        p->changes << std::move(c);
    }
    return ok && in.status() == QDataStream::Ok && in.atEnd();
}

} // namespace

PackageWriter::PackageWriter(const Package& head, const QStringList& tables)
    : m_head(head), m_out(std::make_unique<QDataStream>(&m_raw, QIODevice::WriteOnly)) {
    m_head.changes.clear();
    QDataStream& out = *m_out;
    out.setVersion(streamVersion);
    QStringList devices;
    const auto device = [&](const QString& uuid) {
        auto it = m_devices.find(uuid);
        if (it == m_devices.end()) {
            it = m_devices.insert(uuid, static_cast<quint32>(devices.size()));
            devices << uuid;
        }
        return it.value();
    };
    for (auto it = head.senderKnows.cbegin(); it != head.senderKnows.cend(); ++it)
        device(it.key());
    for (const OriginRange& r : head.ranges)
        device(r.origin);
    for (const Horizon& h : head.horizons) {
        device(h.origin);
        device(h.peer);
    }
    const auto addTable = [this](const QString& table) {
        if (!m_tables.contains(table))
            m_tables.insert(table, static_cast<quint32>(m_tables.size()));
    };
    for (const Change& c : head.changes) { // a head that carries its changes (PackageCodec::encode)
        device(c.origin);
        addTable(c.table);
    }
    for (const QString& table : tables)
        addTable(table);
    QStringList tableNames(m_tables.size());
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
        tableNames[it.value()] = it.key();
    QStringList names;
    for (const QString& uuid : std::as_const(devices))
        names << head.deviceNames.value(uuid);
    out << devices << names << tableNames;
    out << quint32(head.senderKnows.size());
    for (auto it = head.senderKnows.cbegin(); it != head.senderKnows.cend(); ++it)
        out << m_devices.value(it.key()) << qint64(it.value());
    out << quint32(head.ranges.size());
    for (const OriginRange& r : head.ranges)
        out << m_devices.value(r.origin) << qint64(r.after) << qint64(r.upTo);
    out << quint32(head.horizons.size());
    for (const Horizon& h : head.horizons)
        out << m_devices.value(h.origin) << m_devices.value(h.peer) << qint64(h.fromSeq) << qint64(h.known);
    m_countOffset = m_raw.size();
    out << quint32(0); // the number of changes, written in by finish()
}

PackageWriter::~PackageWriter() = default;

bool PackageWriter::add(const QString& origin, qint64 seq, qint64 hlc, const QString& table,
                        const QVariant& pk, char op, const QByteArray& vals) {
    const auto device = m_devices.constFind(origin);
    const auto tableIndex = m_tables.constFind(table);
    if (device == m_devices.cend() || tableIndex == m_tables.cend())
        return false;
    *m_out << device.value() << qint64(seq) << qint64(hlc) << tableIndex.value() << pk << qint8(op) << vals;
    ++m_count;
    return true;
}

QByteArray PackageWriter::finish() {
    m_out.reset();
    qToBigEndian(static_cast<quint32>(m_count), m_raw.data() + m_countOffset);
    QByteArray body = qCompress(m_raw, 6);
    m_raw = QByteArray(); // the uncompressed body goes before the file is put together
    QJsonObject header{{QStringLiteral("database"), m_head.databaseId},
                       {QStringLiteral("sender"), m_head.sender},
                       {QStringLiteral("senderName"), m_head.senderName},
                       {QStringLiteral("created"), m_head.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("changes"), m_count}};
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out = magic;
    out.reserve(magic.size() + 4 + 4 + headerBytes.size() + 8 + body.size() + hashSize);
    appendBigEndian32(out, m_head.format);
    appendBigEndian32(out, static_cast<quint32>(headerBytes.size()));
    out += headerBytes;
    appendBigEndian64(out, static_cast<quint64>(body.size()));
    out += body;
    body = QByteArray();
    out += QCryptographicHash::hash(out, QCryptographicHash::Sha256);
    return out;
}

QByteArray PackageCodec::checksum(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray PackageCodec::encode(const Package& p) {
    PackageWriter writer(p, {});
    for (const Change& c : p.changes)
        writer.add(c.origin, c.seq, c.hlc, c.table, c.pk, c.op, c.vals);
    return writer.finish();
}

Status PackageCodec::decode(const QByteArray& bytes, Package* p) {
    if (!bytes.startsWith(magic))
        return Status::failure(tr("This file is not a Rapport sync package."));
    if (bytes.size() < magic.size() + 4)
        return Status::failure(tr("The package is truncated: the file ends inside its header (the copy did "
                                  "not finish)."));
    const quint32 format = qFromBigEndian<quint32>(bytes.constData() + magic.size());
    if (format > Package::formatVersion)
        return Status::failure(tr("The package was written by a newer version of Rapport (package format "
                                  "%1; this program reads up to %2). Update Rapport to import it.")
                                   .arg(format)
                                   .arg(Package::formatVersion));
    if (format == 0)
        return Status::failure(tr("The package is damaged: its format number is invalid."));
    const auto truncated = [] {
        return Status::failure(tr("The package is truncated: the file is shorter than its own header says "
                                  "(the copy did not finish)."));
    };
    qint64 offset = magic.size() + 4;
    if (bytes.size() < offset + 4)
        return truncated();
    const qint64 headerSize = qFromBigEndian<quint32>(bytes.constData() + offset);
    offset += 4;
    if (bytes.size() < offset + headerSize + 8)
        return truncated();
    const QByteArray headerBytes = bytes.mid(offset, headerSize);
    offset += headerSize;
    const quint64 bodySize = qFromBigEndian<quint64>(bytes.constData() + offset);
    offset += 8;
    if (bodySize > static_cast<quint64>(bytes.size()) ||
        static_cast<quint64>(bytes.size()) < static_cast<quint64>(offset) + bodySize + hashSize)
        return truncated();
    const qint64 end = offset + static_cast<qint64>(bodySize);
    if (bytes.size() > end + hashSize)
        return Status::failure(tr("The package is damaged: it has unexpected data after its end."));
    if (QCryptographicHash::hash(QByteArrayView(bytes).first(end), QCryptographicHash::Sha256) !=
        bytes.mid(end, hashSize))
        return Status::failure(tr("The package is damaged or was altered: its checksum does not match its "
                                  "contents. Export it again."));
    const QJsonObject header = QJsonDocument::fromJson(headerBytes).object();
    p->format = format;
    p->databaseId = header.value(QStringLiteral("database")).toString();
    p->sender = header.value(QStringLiteral("sender")).toString();
    p->senderName = header.value(QStringLiteral("senderName")).toString();
    p->createdAt =
        QDateTime::fromString(header.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (p->databaseId.isEmpty() || p->sender.isEmpty() ||
        !decodeBody(bytes.mid(offset, static_cast<qsizetype>(bodySize)), p))
        return Status::failure(tr("The package is damaged: its contents cannot be read."));
    return Status::success();
}

} // namespace rapport::sync
