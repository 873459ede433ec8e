#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <optional>

namespace rapport {

class Database;

// Open opportunities of a partner in one stage.
struct PartnerStage {
    QString pipeline;
    QString stage;
    int count = 0;
    QMap<QString, qint64> amountMinor; // by currency
};

// A partner at a glance: who they are, their people, the leads and deals attributed to them, their open
// pipeline by stage and their won revenue (and the commission on it at the partner's rate).
struct PartnerSummary {
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    QString kind;
    QString level;
    int commissionBp = 0;
    bool active = true;
    QStringList contacts; // names of the organisation's contacts
    int leads = 0;
    int openLeads = 0;
    int openOpportunities = 0;
    int wonOpportunities = 0;
    int lostOpportunities = 0;
    QList<PartnerStage> pipeline;          // pipeline and stage order
    QMap<QString, qint64> wonMinor;        // by currency
    QMap<QString, qint64> commissionMinor; // by currency
};

class PartnerService final {
    Q_DECLARE_TR_FUNCTIONS(PartnerService)
public:
    explicit PartnerService(Database& db);
    std::optional<PartnerSummary> summary(qint64 partnerId) const;

private:
    Database& m_db;
};

} // namespace rapport
