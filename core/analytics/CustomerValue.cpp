#include "analytics/CustomerValue.h"

#include "analytics/ReportQuery.h"
#include "storage/Database.h"

#include <algorithm>
#include <cmath>

namespace rapport::analytics {
namespace {

// Scores 1-5: 1 + 5 x (values strictly worse) / n, where "worse" is smaller (or larger when lowerIsBetter).
std::vector<int> quintileScores(const std::vector<double>& values, bool lowerIsBetter) {
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const double n = double(values.size());
    std::vector<int> scores;
    scores.reserve(values.size());
    for (double v : values) {
        const double worse = lowerIsBetter
                                 ? double(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), v))
                                 : double(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
        scores.push_back(std::min(5, 1 + int(std::floor(5.0 * worse / n))));
    }
    return scores;
}

// A won deal: its customer, amount and when it closed (ISO text).
struct Deal {
    qint64 customerId;
    qint64 amountMinor;
    QByteArray closedAt;
};

// One customer's won deals summed up: count, total, first and last close. min() and max() of closed_at
// compare the text as SQLite's BINARY collation does (QByteArray's order).
struct PurchaseTally {
    QByteArray first, last;
    qint64 count = 0, total = 0;

    void add(const Deal& deal) {
        if (count == 0 || deal.closedAt < first)
            first = deal.closedAt;
        if (count == 0 || deal.closedAt > last)
            last = deal.closedAt;
        ++count;
        total += deal.amountMinor;
    }
    CustomerPurchases purchases(qint64 customerId) const {
        return {customerId, QString(), dateOf(first), dateOf(last), count, total};
    }
    static QDate dateOf(const QByteArray& text) {
        return QDate::fromString(QString::fromUtf8(text.left(10)), Qt::ISODate);
    }
};

} // namespace

QStringList CustomerValue::segmentKeys() {
    return {QStringLiteral("champions"), QStringLiteral("loyal"),
            QStringLiteral("promising"), QStringLiteral("needs_attention"),
            QStringLiteral("at_risk"),   QStringLiteral("hibernating"),
            QStringLiteral("lost")};
}

QString CustomerValue::segmentLabel(const QString& key) {
    if (key == u"champions")
        return tr("Champions");
    if (key == u"loyal")
        return tr("Loyal");
    if (key == u"promising")
        return tr("Promising");
    if (key == u"needs_attention")
        return tr("Needs attention");
    if (key == u"at_risk")
        return tr("At risk");
    if (key == u"hibernating")
        return tr("Hibernating");
    return tr("Lost");
}

QString CustomerValue::segmentOf(int r, int f, int m) {
    const double fm = (f + m) / 2.0;
    if (r >= 4 && fm >= 4)
        return QStringLiteral("champions");
    if (r >= 3 && fm >= 3)
        return QStringLiteral("loyal");
    if (r >= 4)
        return QStringLiteral("promising");
    if (r == 3)
        return QStringLiteral("needs_attention");
    if (fm >= 3)
        return QStringLiteral("at_risk");
    if (r == 2)
        return QStringLiteral("hibernating");
    return QStringLiteral("lost");
}

QList<CustomerPurchases> CustomerValue::purchases(const ReportFilter& filter, bool useStart,
                                                  Status* status) const {
    ReportFilter range = filter;
    range.to = filter.referenceDate(m_today);
    if (!useStart)
        range.from = QDate();
    FilterSql where;
    where.dateRange("o.closed_at", range).owner("o.owner_id", filter).segment("o.customer_id", filter);
    QList<CustomerPurchases> result;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral(
            "SELECT g.customer_id, c.name, g.first, g.last, g.deals, g.total FROM ("
            "SELECT o.customer_id, min(o.closed_at) AS first, max(o.closed_at) AS last, count(*) AS "
            "deals, sum(o.amount_minor) AS total FROM opportunities o WHERE o.status = 'won' "
            "AND o.customer_id IS NOT NULL AND o.closed_at IS NOT NULL %1 GROUP BY o.customer_id) g "
            "JOIN customers c ON c.id = g.customer_id ORDER BY g.customer_id")
            .arg(where.sql()),
        where.values(), [&](Statement& row) {
            result << CustomerPurchases{row.int64(0),
                                        row.text(1),
                                        QDate::fromString(row.text(2).left(10), Qt::ISODate),
                                        QDate::fromString(row.text(3).left(10), Qt::ISODate),
                                        row.int64(4),
                                        row.int64(5)};
        });
    setStatus(status, done);
    return result;
}

Status CustomerValue::purchasesInOnePass(const ReportFilter& filter, QList<CustomerPurchases>* everything,
                                         QList<CustomerPurchases>* inRange) const {
    everything->clear();
    inRange->clear();
    ReportFilter range = filter;
    range.to = filter.referenceDate(m_today);
    range.from = QDate();
    FilterSql where;
    where.dateRange("o.closed_at", range).owner("o.owner_id", filter).segment("o.customer_id", filter);
    std::vector<Deal> deals;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral(
            "SELECT o.customer_id, o.amount_minor, o.closed_at FROM opportunities o WHERE o.status = "
            "'won' AND o.customer_id IS NOT NULL AND o.closed_at IS NOT NULL %1")
            .arg(where.sql()),
        where.values(), [&](Statement& row) {
            const std::string_view closed = row.utf8(2);
            deals.push_back(
                {row.int64(0), row.int64(1), QByteArray(closed.data(), qsizetype(closed.size()))});
        });
    if (!done)
        return done;
    std::sort(deals.begin(), deals.end(),
              [](const Deal& a, const Deal& b) { return a.customerId < b.customerId; });
    const QByteArray start =
        filter.from.isValid() ? filter.from.toString(Qt::ISODate).toUtf8() : QByteArray();
    for (size_t i = 0; i < deals.size();) {
        size_t end = i;
        PurchaseTally all, within;
        for (; end < deals.size() && deals[end].customerId == deals[i].customerId; ++end) {
            all.add(deals[end]);
            if (!start.isEmpty() && deals[end].closedAt >= start)
                within.add(deals[end]);
        }
        *everything << all.purchases(deals[i].customerId);
        if (within.count > 0)
            *inRange << within.purchases(deals[i].customerId);
        i = end;
    }
    return done;
}

Status CustomerValue::nameCustomers(const QList<CustomerPurchases*>& purchases) const {
    Statement query(m_db.handle(), "SELECT name FROM customers WHERE id = ?");
    for (CustomerPurchases* p : purchases) {
        query.reset();
        query.bind(1, p->customerId);
        if (query.next())
            p->name = query.text(0);
        else if (!query.status())
            return query.status();
    }
    return Status::success();
}

RfmResult CustomerValue::rfm(const ReportFilter& filter, Status* status) const {
    return rfmOf(purchases(filter, true, status), filter.referenceDate(m_today));
}

RfmResult CustomerValue::rfmOf(const QList<CustomerPurchases>& all, const QDate& day) {
    RfmResult result;
    std::vector<double> recency, frequency, monetary;
    for (const CustomerPurchases& p : all) {
        recency.push_back(double(p.last.daysTo(day)));
        frequency.push_back(double(p.deals));
        monetary.push_back(double(p.totalMinor));
    }
    const std::vector<int> r = quintileScores(recency, true);
    const std::vector<int> f = quintileScores(frequency, false);
    const std::vector<int> m = quintileScores(monetary, false);
    for (const QString& key : segmentKeys())
        result.segments << RfmSegment{key, segmentLabel(key), 0, 0, 0};
    for (qsizetype i = 0; i < all.size(); ++i) {
        RfmCustomer customer{all[i], qint64(recency[size_t(i)]), r[size_t(i)], f[size_t(i)], m[size_t(i)],
                             {}};
        customer.segment = segmentOf(customer.r, customer.f, customer.m);
        RfmSegment& segment = result.segments[segmentKeys().indexOf(customer.segment)];
        ++segment.customers;
        segment.monetaryMinor += customer.purchases.totalMinor;
        segment.averageRecencyDays += double(customer.recencyDays);
        result.customers << customer;
    }
    for (RfmSegment& segment : result.segments)
        if (segment.customers > 0)
            segment.averageRecencyDays /= double(segment.customers);
    return result;
}

QList<CustomerLifetimeValue> CustomerValue::lifetimeValues(const ReportFilter& filter, int limit,
                                                           Status* status) const {
    return lifetimeValuesOf(purchases(filter, false, status), filter.referenceDate(m_today), limit);
}

QList<CustomerLifetimeValue> CustomerValue::lifetimeValuesOf(const QList<CustomerPurchases>& all,
                                                             const QDate& day, int limit) {
    qint64 established = 0;
    qint64 churned = 0;
    for (const CustomerPurchases& p : all)
        if (p.first.daysTo(day) > 365) {
            ++established;
            if (p.last.daysTo(day) > 365)
                ++churned;
        }
    const double churnRate = established > 0 ? double(churned) / double(established) : 0.0;
    const double expectedYears = churnRate > 0.1 ? 1.0 / churnRate : 10.0;
    QList<CustomerLifetimeValue> values;
    values.reserve(all.size());
    for (const CustomerPurchases& p : all) {
        CustomerLifetimeValue v;
        v.purchases = p;
        v.averageDealMinor = p.deals > 0 ? p.totalMinor / p.deals : 0;
        v.dealsPerYear = double(p.deals) / std::max(1.0, double(p.first.daysTo(day)) / 365.0);
        const bool active = p.last.daysTo(day) <= 365;
        v.expectedYears = active ? expectedYears : 0.0;
        v.lifetimeValueMinor =
            p.totalMinor +
            qint64(std::llround(double(v.averageDealMinor) * v.dealsPerYear * v.expectedYears));
        values << v;
    }
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
        return a.lifetimeValueMinor > b.lifetimeValueMinor;
    });
    if (limit > 0 && values.size() > limit)
        values.resize(limit);
    return values;
}

QList<CustomerPurchases> CustomerValue::topCustomers(const ReportFilter& filter, int limit,
                                                     Status* status) const {
    return topOf(purchases(filter, true, status), limit);
}

QList<CustomerPurchases> CustomerValue::topOf(QList<CustomerPurchases> all, int limit) {
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.totalMinor > b.totalMinor; });
    if (limit > 0 && all.size() > limit)
        all.resize(limit);
    return all;
}

QList<ChurnRisk> CustomerValue::churnRisks(const ReportFilter& filter, int limit, Status* status) const {
    return churnRisksOf(purchases(filter, false, status), filter.referenceDate(m_today), limit);
}

QList<ChurnRisk> CustomerValue::churnRisksOf(const QList<CustomerPurchases>& all, const QDate& day,
                                             int limit) {
    QList<ChurnRisk> risks;
    for (const CustomerPurchases& p : all) {
        if (p.deals < 2)
            continue;
        ChurnRisk risk{p, p.last.daysTo(day), double(p.first.daysTo(p.last)) / double(p.deals - 1)};
        if (risk.daysSinceLast >= 30 && double(risk.daysSinceLast) >= 1.5 * risk.averageGapDays)
            risks << risk;
    }
    std::stable_sort(risks.begin(), risks.end(), [](const auto& a, const auto& b) {
        return a.purchases.totalMinor > b.purchases.totalMinor;
    });
    if (limit > 0 && risks.size() > limit)
        risks.resize(limit);
    return risks;
}

QDate CustomerValue::flowStart(const ReportFilter& filter) const {
    const QDate day = filter.referenceDate(m_today);
    return filter.from.isValid() ? filter.from : QDate(day.year(), day.month(), 1).addMonths(-11);
}

QList<CustomerFlowMonth> CustomerValue::customerFlow(const ReportFilter& filter, Status* status) const {
    return flowOf(purchases(filter, false, status), flowStart(filter), filter.referenceDate(m_today));
}

QList<CustomerFlowMonth> CustomerValue::flowOf(const QList<CustomerPurchases>& all, const QDate& first,
                                               const QDate& day) {
    QList<CustomerFlowMonth> months;
    QHash<QString, qsizetype> index;
    for (const QString& month : monthsBetween(first, day)) {
        index.insert(month, months.size());
        months << CustomerFlowMonth{month, 0, 0};
    }
    for (const CustomerPurchases& p : all) {
        if (const auto found = index.constFind(p.first.toString(QStringLiteral("yyyy-MM")));
            found != index.cend())
            ++months[*found].newCustomers;
        const QDate lost = p.last.addDays(365);
        if (lost <= day)
            if (const auto found = index.constFind(lost.toString(QStringLiteral("yyyy-MM")));
                found != index.cend())
                ++months[*found].lostCustomers;
    }
    return months;
}

} // namespace rapport::analytics
