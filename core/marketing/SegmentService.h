#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace rapport {

class Database;

struct Segment {
    qint64 id = 0;
    QString name;
    QString entity = QStringLiteral("contact"); // customer, contact or lead
    QString kind = QStringLiteral("dynamic");   // dynamic: whoever matches now; static: frozen members
    QJsonObject criteria;
    QString description;
    qint64 ownerId = 0;
    QString frozenAt;
};

// Segments: named audiences over customers, contacts or leads. A dynamic segment's members are whoever
// matches its criteria now (compiled to SQL with bound values by SegmentCriteria); a static one's are the ids
// frozen into segment_members. Every method is safe to call from a worker thread with its own Database.
class SegmentService final {
    Q_DECLARE_TR_FUNCTIONS(SegmentService)
public:
    explicit SegmentService(Database& db);

    // The day relative date rules ("within the last 30 days") count from; today unless set (tests).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    // How many records of `entity` match the criteria (the builder's live count).
    qint64 count(const QString& entity, const QJsonObject& criteria, Status* status = nullptr) const;
    // The ids that match, ascending.
    QList<qint64> matchingIds(const QString& entity, const QJsonObject& criteria,
                              Status* status = nullptr) const;

    // The same for a saved segment (dynamic: its criteria now; static: its frozen members that still exist).
    qint64 count(qint64 segmentId, Status* status = nullptr) const;
    QList<qint64> memberIds(qint64 segmentId, Status* status = nullptr) const;
    // Whether the record `entityId` (of the segment's entity) belongs to the segment.
    bool contains(qint64 segmentId, qint64 entityId, Status* status = nullptr) const;

    // SQL selecting the segment's member ids ("SELECT t.id FROM ... WHERE ...") and its bound values, for
    // services that join a segment (campaign launch).
    // `whole` says the SQL will read the whole segment (a count, a launch); false when it is narrowed to one
    // record, which must stay a lookup by id.
    Status memberSql(qint64 segmentId, QString* sql, QVariantList* bound, QString* entity,
                     bool whole = true) const;

    Segment load(qint64 segmentId, Status* status = nullptr) const;
    QList<Segment> all(Status* status = nullptr) const;
    // Inserts (id 0) or updates a dynamic segment after checking that its criteria compile; returns its id.
    qint64 saveDynamic(const Segment& segment, Status* status = nullptr);
    // Turns the segment into a static list of whoever matches now, in one transaction; `members` gets the
    // number frozen. Freezing a static segment again is refused. `progress` (members written so far, all of
    // them) is called before the first member and every thousand; returning false cancels, and the segment
    // is left as it was. Long on big segments: the desktop program runs it on a worker with its own Database.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Status freeze(qint64 segmentId, qint64* members = nullptr, const Progress& progress = {});

private:
    // "SELECT t.id FROM table t WHERE …" for every record the criteria select, and its bound values. When an
    // "or" group tests different fields and one index holds every column the tests read on the record itself,
    // the select reads that index alone (INDEXED BY): SQLite would otherwise look each alternative up in its
    // own index and read every row found (0.15 s instead of 1.5 s for "phone consent, and inactive or quiet
    // for 180 days" on a million customers).
    Status selectAll(const QString& entity, const QJsonObject& criteria, QString* sql,
                     QVariantList* bound) const;

    Database& m_db;
    QDate m_today;
};

} // namespace rapport
