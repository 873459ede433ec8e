#pragma once

#include "analytics/ReportFilter.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {
class Database;
}

namespace rapport::analytics {

// Customer value is measured on one source: won opportunities (amount_minor, closed_at), up to the reference
// date (the filter's end, else today). The owner filter is the opportunity's owner, the segment the
// customer's. What the filter's start does is said per report.
struct CustomerPurchases {
    qint64 customerId = 0;
    QString name;
    QDate first;
    QDate last;
    qint64 deals = 0;
    qint64 totalMinor = 0;
};

// RFM: recency (days since the last won deal), frequency (won deals), monetary (won amount) over the deals in
// the range, each scored 1-5 by quintile: a customer's score is 1 + 5 x (share of customers strictly worse),
// so equal values score equally. Segments by R and FM = (F + M) / 2:
//   champions R >= 4, FM >= 4 | loyal R >= 3, FM >= 3 | promising R >= 4, FM < 3 | needs_attention R = 3,
//   FM < 3 | at_risk R <= 2, FM >= 3 | hibernating R = 2, FM < 3 | lost R = 1, FM < 3.
struct RfmCustomer {
    CustomerPurchases purchases;
    qint64 recencyDays = 0;
    int r = 0, f = 0, m = 0;
    QString segment;
};

struct RfmSegment {
    QString key;
    QString label;
    qint64 customers = 0;
    qint64 monetaryMinor = 0;
    double averageRecencyDays = 0;
};

struct RfmResult {
    QList<RfmSegment> segments; // every named segment, in the order above, empty ones included
    QList<RfmCustomer> customers;
};

// Lifetime value = won so far + (for a customer active in the last 365 days) average deal x deals per year x
// expected remaining years. Deals per year = deals / max(1, years since the first deal); expected years =
// 1 / yearly churn rate of the base (customers buying before the last 365 days who did not buy in them),
// at most 10.
struct CustomerLifetimeValue {
    CustomerPurchases purchases;
    qint64 averageDealMinor = 0;
    double dealsPerYear = 0;
    double expectedYears = 0;
    qint64 lifetimeValueMinor = 0;
};

// Customers with two or more deals whose time since the last deal is at least 1.5 times their usual gap
// between deals (and at least 30 days), most valuable first.
struct ChurnRisk {
    CustomerPurchases purchases;
    qint64 daysSinceLast = 0;
    double averageGapDays = 0;
    double riskRatio() const { return averageGapDays > 0 ? double(daysSinceLast) / averageGapDays : 0.0; }
};

// New customers (first won deal in the month) and lost ones (365 days after their last deal, in the month,
// not after the reference date), for the months of the range (default: the twelve up to the reference date).
struct CustomerFlowMonth {
    QString month;
    qint64 newCustomers = 0;
    qint64 lostCustomers = 0;
};

class CustomerValue final {
    Q_DECLARE_TR_FUNCTIONS(CustomerValue)
public:
    CustomerValue(Database& db, QDate today) : m_db(db), m_today(today) {}

    // Per customer over won deals closed up to the reference date (and from the filter's start when
    // useStart).
    QList<CustomerPurchases> purchases(const ReportFilter& filter, bool useStart, Status* status) const;
    // The same two ways in one pass over the won deals, without the customers' names (the dashboard names
    // only the few customers it shows, with nameCustomers): `everything` as purchases(filter, false) and,
    // when the filter has a start, `inRange` as purchases(filter, true) (else it is left empty).
    Status purchasesInOnePass(const ReportFilter& filter, QList<CustomerPurchases>* everything,
                              QList<CustomerPurchases>* inRange) const;
    Status nameCustomers(const QList<CustomerPurchases*>& purchases) const;

    RfmResult rfm(const ReportFilter& filter, Status* status) const; // deals in range
    QList<CustomerLifetimeValue> lifetimeValues(const ReportFilter& filter, int limit,
                                                Status* status) const; // all deals to the end
    QList<CustomerPurchases> topCustomers(const ReportFilter& filter, int limit,
                                          Status* status) const; // deals in range
    QList<ChurnRisk> churnRisks(const ReportFilter& filter, int limit,
                                Status* status) const; // all deals to the end
    QList<CustomerFlowMonth> customerFlow(const ReportFilter& filter, Status* status) const;

    // The same computations over purchases already read (the dashboard reads them once for all of them).
    static RfmResult rfmOf(const QList<CustomerPurchases>& purchases, const QDate& day);
    static QList<CustomerLifetimeValue> lifetimeValuesOf(const QList<CustomerPurchases>& purchases,
                                                         const QDate& day, int limit);
    static QList<CustomerPurchases> topOf(QList<CustomerPurchases> purchases, int limit);
    static QList<ChurnRisk> churnRisksOf(const QList<CustomerPurchases>& purchases, const QDate& day,
                                         int limit);
    static QList<CustomerFlowMonth> flowOf(const QList<CustomerPurchases>& purchases, const QDate& first,
                                           const QDate& day);
    QDate referenceDate(const ReportFilter& filter) const { return filter.referenceDate(m_today); }
    // The first month customerFlow() shows.
    QDate flowStart(const ReportFilter& filter) const;

    static QStringList segmentKeys();
    static QString segmentLabel(const QString& key);
    static QString segmentOf(int r, int f, int m);

private:
    Database& m_db;
    QDate m_today;
};

} // namespace rapport::analytics
