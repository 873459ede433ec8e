#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

struct CampaignMemberRow {
    qint64 id = 0;
    QString name; // the contact's or lead's name, else the customer's
    QString company;
    QString email;
    QString phone;
    QString status;
    QString sentAt;
    QString lastStepAt; // when the current status was reached
};

struct TargetSegment {
    qint64 id = 0;
    QString name;
    QString entity;
};

// What the campaign page lists: the members (first `limit`, by id) and the segments a campaign targets.
class CampaignMembers final {
    Q_DECLARE_TR_FUNCTIONS(CampaignMembers)
public:
    explicit CampaignMembers(Database& db);
    QList<CampaignMemberRow> members(qint64 campaignId, int limit, Status* status = nullptr) const;
    QList<TargetSegment> targetSegments(qint64 campaignId, Status* status = nullptr) const;
    Status addTargetSegment(qint64 campaignId, qint64 segmentId);
    Status removeTargetSegment(qint64 campaignId, qint64 segmentId);

private:
    Database& m_db;
};

} // namespace rapport
