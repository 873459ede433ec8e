#include "marketing/SegmentService.h"

#include "entity/EntityDescriptor.h"
#include "marketing/MarketingSql.h"
#include "marketing/SegmentCriteria.h"
#include "repository/FieldNormalizer.h"
#include "storage/Database.h"
#include "storage/SchemaInfo.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace rapport {

using marketing::prepare;
using marketing::rows;
using marketing::scalar;

namespace {

QString tableOf(const QString& entity) {
    const EntityDescriptor* descriptor = EntityCatalog::find(entity);
    return descriptor ? descriptor->table : QString();
}

void setStatus(Status* out, const Status& status) {
    if (out)
        *out = status;
}

} // namespace

SegmentService::SegmentService(Database& db) : m_db(db) {}

Status SegmentService::selectAll(const QString& entity, const QJsonObject& criteria, QString* sql,
                                 QVariantList* bound) const {
    const QString table = tableOf(entity);
    if (SegmentCriteria::hasAlternativesOverFields(criteria)) {
        FilterSql onRecord;
        if (const Status compiled =
                SegmentCriteria::compile(entity, criteria, today(), onRecord, SegmentLookups::OnTheRecord);
            !compiled)
            return compiled;
        // The conditions name the record's own columns as t.column (subqueries use other aliases). A test
        // answered by a set of ids (t.id IN ...) would be probed once per record of the pass: not for this.
        const QRegularExpression column(QStringLiteral("(?<![\\w.])t\\.(\\w+)"));
        QSet<QString> read;
        for (const QRegularExpressionMatch& match : column.globalMatch(onRecord.where()))
            read.insert(match.captured(1));
        const QString index =
            read.contains(QStringLiteral("id")) ? QString() : narrowestCoveringIndex(m_db, table, read);
        if (!index.isEmpty()) {
            *sql = QStringLiteral("SELECT t.id FROM %1 t INDEXED BY \"%2\"%3")
                       .arg(table, index, onRecord.where());
            *bound = onRecord.bound;
            return Status::success();
        }
    }
    FilterSql filter;
    if (const Status compiled = SegmentCriteria::compile(entity, criteria, today(), filter); !compiled)
        return compiled;
    *sql = QStringLiteral("SELECT t.id FROM %1 t%2").arg(table, filter.where());
    *bound = filter.bound;
    return Status::success();
}

QDate SegmentService::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

qint64 SegmentService::count(const QString& entity, const QJsonObject& criteria, Status* status) const {
    QString sql;
    QVariantList bound;
    Status result = selectAll(entity, criteria, &sql, &bound);
    if (!result) {
        setStatus(status, result);
        return 0;
    }
    sql.replace(0, QStringLiteral("SELECT t.id").size(), QStringLiteral("SELECT count(*)"));
    const qint64 n = scalar(m_db.handle(), sql, bound, &result).toLongLong();
    setStatus(status, result);
    return result ? n : 0;
}

QList<qint64> SegmentService::matchingIds(const QString& entity, const QJsonObject& criteria,
                                          Status* status) const {
    QString sql;
    QVariantList bound;
    if (const Status compiled = selectAll(entity, criteria, &sql, &bound); !compiled) {
        setStatus(status, compiled);
        return {};
    }
    Statement statement = prepare(m_db.handle(), sql + QStringLiteral(" ORDER BY t.id"), bound);
    QList<qint64> ids;
    while (statement.next())
        ids << statement.int64(0);
    setStatus(status, statement.status());
    return statement.status() ? ids : QList<qint64>();
}

Status SegmentService::memberSql(qint64 segmentId, QString* sql, QVariantList* bound, QString* entity,
                                 bool whole) const {
    Status status;
    const Segment segment = load(segmentId, &status);
    if (!status)
        return status;
    const QString table = tableOf(segment.entity);
    *entity = segment.entity;
    bound->clear();
    if (segment.kind == u"static") {
        *sql =
            QStringLiteral("SELECT t.id FROM %1 t WHERE t.id IN (SELECT member_id FROM segment_members WHERE "
                           "segment_id = ?)")
                .arg(table);
        *bound << segmentId;
        return Status::success();
    }
    if (whole) {
        status = selectAll(segment.entity, segment.criteria, sql, bound);
    } else {
        FilterSql filter;
        status = SegmentCriteria::compile(segment.entity, segment.criteria, today(), filter);
        *sql = QStringLiteral("SELECT t.id FROM %1 t%2").arg(table, filter.where());
        *bound = filter.bound;
    }
    if (!status)
        return Status::failure(tr("Segment “%1”: %2").arg(segment.name, status.message()));
    return Status::success();
}

qint64 SegmentService::count(qint64 segmentId, Status* status) const {
    QString sql, entity;
    QVariantList bound;
    Status result = memberSql(segmentId, &sql, &bound, &entity);
    if (!result) {
        setStatus(status, result);
        return 0;
    }
    sql.replace(0, QStringLiteral("SELECT t.id").size(), QStringLiteral("SELECT count(*)"));
    const qint64 n = scalar(m_db.handle(), sql, bound, &result).toLongLong();
    setStatus(status, result);
    return result ? n : 0;
}

QList<qint64> SegmentService::memberIds(qint64 segmentId, Status* status) const {
    QString sql, entity;
    QVariantList bound;
    const Status result = memberSql(segmentId, &sql, &bound, &entity);
    if (!result) {
        setStatus(status, result);
        return {};
    }
    Statement statement = prepare(m_db.handle(), sql + QStringLiteral(" ORDER BY t.id"), bound);
    QList<qint64> ids;
    while (statement.next())
        ids << statement.int64(0);
    setStatus(status, statement.status());
    return statement.status() ? ids : QList<qint64>();
}

bool SegmentService::contains(qint64 segmentId, qint64 entityId, Status* status) const {
    QString sql, entity;
    QVariantList bound;
    Status result = memberSql(segmentId, &sql, &bound, &entity, false);
    if (!result) {
        setStatus(status, result);
        return false;
    }
    const QVariant found = scalar(m_db.handle(), QStringLiteral("SELECT 1 FROM (%1) WHERE id = ?").arg(sql),
                                  bound << entityId, &result);
    setStatus(status, result);
    return result && found.isValid();
}

namespace {

Segment segmentFrom(const QVariantMap& row) {
    Segment s;
    s.id = row.value(QStringLiteral("id")).toLongLong();
    s.name = row.value(QStringLiteral("name")).toString();
    s.entity = row.value(QStringLiteral("entity")).toString();
    s.kind = row.value(QStringLiteral("kind")).toString();
    SegmentCriteria::parse(row.value(QStringLiteral("criteria")).toString(), &s.criteria);
    s.description = row.value(QStringLiteral("description")).toString();
    s.ownerId = row.value(QStringLiteral("owner_id")).toLongLong();
    s.frozenAt = row.value(QStringLiteral("frozen_at")).toString();
    return s;
}

const QString segmentColumns =
    QStringLiteral("SELECT id, name, entity, kind, criteria, description, owner_id, frozen_at FROM segments");

} // namespace

Segment SegmentService::load(qint64 segmentId, Status* status) const {
    Status result;
    const QList<QVariantMap> found =
        rows(m_db.handle(), segmentColumns + QStringLiteral(" WHERE id = ?"), {segmentId}, &result);
    if (result && found.isEmpty())
        result = Status::failure(tr("There is no segment with id %1.").arg(segmentId));
    setStatus(status, result);
    return result ? segmentFrom(found.first()) : Segment();
}

QList<Segment> SegmentService::all(Status* status) const {
    QList<Segment> result;
    for (const QVariantMap& row :
         rows(m_db.handle(), segmentColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE"), {}, status))
        result << segmentFrom(row);
    return result;
}

qint64 SegmentService::saveDynamic(const Segment& segment, Status* status) {
    if (segment.name.trimmed().isEmpty()) {
        setStatus(status, Status::failure(tr("A segment needs a name.")));
        return 0;
    }
    FilterSql check;
    Status result = SegmentCriteria::compile(segment.entity, segment.criteria, today(), check);
    if (!result) {
        setStatus(status, result);
        return 0;
    }
    const QString json = QString::fromUtf8(QJsonDocument(segment.criteria).toJson(QJsonDocument::Compact));
    const QVariant owner = segment.ownerId ? QVariant(segment.ownerId) : QVariant();
    const QVariant description = segment.description.isEmpty() ? QVariant() : QVariant(segment.description);
    qint64 id = segment.id;
    if (id == 0) {
        id = m_db.ids().next();
        result = marketing::exec(
            m_db.handle(),
            QStringLiteral("INSERT INTO segments (id, name, entity, kind, criteria, description, "
                           "owner_id) VALUES (?, ?, ?, 'dynamic', ?, ?, ?)"),
            {id, segment.name.trimmed(), segment.entity, json, description, owner});
    } else {
        result = marketing::exec(
            m_db.handle(),
            QStringLiteral(
                "UPDATE segments SET name = ?, entity = ?, kind = 'dynamic', criteria = ?, description = "
                "?, owner_id = ?, frozen_at = NULL, updated_at = ? WHERE id = ?"),
            {segment.name.trimmed(), segment.entity, json, description, owner, FieldNormalizer::nowUtc(),
             id});
    }
    if (!result && result.message().contains(QStringLiteral("UNIQUE")))
        result = Status::failure(tr("There is already a segment named “%1”.").arg(segment.name.trimmed()));
    setStatus(status, result);
    return result ? id : 0;
}

Status SegmentService::freeze(qint64 segmentId, qint64* members, const Progress& progress) {
    Status status;
    const Segment segment = load(segmentId, &status);
    if (!status)
        return status;
    if (segment.kind == u"static")
        return Status::failure(tr("Segment “%1” is already a static list.").arg(segment.name));
    const QList<qint64> ids = matchingIds(segment.entity, segment.criteria, &status);
    if (!status)
        return status;
    Transaction transaction(m_db.handle());
    if (!transaction.status())
        return transaction.status();
    status = marketing::exec(m_db.handle(),
                             QStringLiteral("DELETE FROM segment_members WHERE segment_id = ?"), {segmentId});
    Statement insert =
        prepare(m_db.handle(),
                QStringLiteral("INSERT INTO segment_members (id, segment_id, member_id) VALUES (?, ?, ?)"));
    const Status cancelled =
        Status::failure(tr("Freezing “%1” was cancelled; the segment was left as it was.").arg(segment.name));
    if (progress && !progress(0, ids.size()))
        return cancelled;
    qint64 written = 0;
    for (qint64 id : ids) {
        if (!status)
            return status;
        if (progress && ++written % 1000 == 0 && !progress(written, ids.size()))
            return cancelled;
        insert.bind(1, m_db.ids().next()).bind(2, segmentId).bind(3, id);
        status = insert.exec();
    }
    if (!status)
        return status;
    status = marketing::exec(
        m_db.handle(),
        QStringLiteral("UPDATE segments SET kind = 'static', frozen_at = ?, updated_at = ? WHERE id = ?"),
        {FieldNormalizer::nowUtc(), FieldNormalizer::nowUtc(), segmentId});
    if (!status)
        return status;
    if (members)
        *members = ids.size();
    if (progress && !progress(ids.size(), ids.size()))
        return cancelled;
    return transaction.commit();
}

} // namespace rapport
