// The dashboards read the opportunities once (SalesDeals) and the won deals once (purchasesInOnePass) and
// compute every chart in memory. These tests check, on the hand-computed fixture plus a few hundred generated
// deals (no owner, no or empty source, times with fractions of seconds, customers without an industry), that
// every figure equals what a plain SQL query over the same rows says, under every kind of filter: owner,
// segment, date range, and all three at once.
#include "AnalyticsFixture.h"
#include "TestSupport.h"
#include "analytics/Dashboard.h"
#include "analytics/JulianDay.h"

#include <QRandomGenerator>

using namespace rapport;
using namespace rapport::analytics;
using namespace Qt::Literals::StringLiterals;

namespace {

// Deals of every shape beside the fixture's: deterministic, so a failure repeats.
void addGeneratedDeals(Database& db) {
    sqlite3* h = db.handle();
    REQUIRE(sales::exec(h, "INSERT INTO customers (id, name, industry) VALUES (15, 'Zeta', '')").ok());
    QRandomGenerator random(6);
    const QVariantList owners{1, 2, QVariant()};
    const QVariantList sources{u"web"_s, u"fair"_s, u""_s, QVariant(), u"Ärzte"_s};
    const QStringList statuses{u"open"_s, u"won"_s, u"lost"_s};
    const QList<int> stages{101, 102, 103, 104};
    for (int i = 0; i < 400; ++i) {
        const QDateTime created =
            QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(3 * 365 * 86400));
        const QString status = statuses[random.bounded(3)];
        QVariant closed;
        if (status != u"open"_s || random.bounded(10) == 0) {
            const QDateTime at = created.addSecs(random.bounded(400 * 86400));
            closed = random.bounded(3) == 0 ? at.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s)
                                            : at.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
        }
        const QVariantList values{1000 + i,
                                  10 + random.bounded(6),
                                  stages[random.bounded(4)],
                                  random.bounded(1, 500000),
                                  random.bounded(4) == 0 ? QVariant(random.bounded(101)) : QVariant(),
                                  owners[random.bounded(3)],
                                  sources[random.bounded(5)],
                                  status,
                                  created.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s),
                                  closed};
        const Status done = sales::exec(
            h,
            "INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, amount_minor, "
            "probability, owner_id, source, status, created_at, closed_at) VALUES (?1, 'Deal ' || ?1, ?2, "
            "100, "
            "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            values);
        REQUIRE(done.message() == QString());
    }
}

QList<ReportFilter> filters() {
    QList<ReportFilter> all;
    all << ReportFilter{};
    ReportFilter f;
    f.ownerId = 1;
    all << f;
    f = {};
    f.ownerId = 2;
    all << f;
    f = {};
    f.segment = u"software"_s;
    all << f;
    f = {};
    f.segment = u"retail"_s;
    all << f;
    f = {};
    f.from = QDate(2024, 1, 1);
    all << f;
    f = {};
    f.to = QDate(2024, 3, 31);
    all << f;
    f = {};
    f.from = QDate(2023, 7, 1);
    f.to = QDate(2024, 12, 31);
    all << f;
    f.ownerId = 2;
    f.segment = u"retail"_s;
    all << f;
    return all;
}

// The rows of a query as text, one line per row.
QStringList rowsOf(Database& db, const QString& sql, const QVariantList& values) {
    QStringList rows;
    const QByteArray text = sql.toUtf8();
    Statement query(db.handle(), std::string_view(text.constData(), size_t(text.size())));
    for (int i = 0; i < values.size(); ++i)
        query.bind(i + 1, values[i]);
    while (query.next()) {
        QStringList cells;
        for (int c = 0; c < query.columnCount(); ++c)
            cells << query.value(c).toString();
        rows << cells.join(u'|');
    }
    REQUIRE(query.status().ok());
    return rows;
}

// Lists and strings compared as std::string, so that a failure prints them.
std::string text(const QStringList& rows) {
    return rows.join(u'\n').toStdString();
}
std::string text(const QString& value) {
    return value.toStdString();
}

QString describe(const ReportFilter& f) {
    return u"from %1 to %2 owner %3 segment '%4'"_s
        .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
        .arg(f.ownerId)
        .arg(f.segment);
}

// The analytics fixture with generated deals, and the day the dashboards are read on.
struct DealsFixture {
    test::TempDatabase temp;
    Database& db = temp.db();
    const QDate today{2024, 11, 20};
    DealsFixture() {
        test::fillAnalyticsFixture(db);
        addGeneratedDeals(db);
    }
};

} // namespace

TEST_CASE("the one-pass sales dashboard equals SQL over the same opportunities under every filter",
          "[analytics][dashboard]") {
    DealsFixture f;
    Database& db = f.db;
    const QDate today = f.today;
    const DashboardBuilder builder(db, today);
    for (const ReportFilter& filter : filters()) {
        INFO(describe(filter).toStdString());
        SalesDashboard d;
        REQUIRE(builder.sales(filter, &d).ok());

        FilterSql created;
        created.dateRange("o.created_at", filter)
            .owner("o.owner_id", filter)
            .segment("o.customer_id", filter);
        QStringList funnel;
        for (const FunnelStage& s : d.funnel)
            funnel << u"%1|%2|%3|%4"_s.arg(s.stageId).arg(s.count).arg(s.amountMinor).arg(s.weightedMinor);
        CHECK(text(funnel) ==
              text(rowsOf(
                  db,
                  u"SELECT s.id, count(o.id), coalesce(sum(o.amount_minor), 0), coalesce(sum("
                  "o.amount_minor * coalesce(o.probability, s.probability) / 100), 0) FROM stages s "
                  "JOIN pipelines p ON p.id = s.pipeline_id LEFT JOIN opportunities o ON o.stage_id = "
                  "s.id %1 GROUP BY s.id ORDER BY p.position, p.id, s.position, s.id"_s.arg(created.sql()),
                  created.values())));

        FilterSql closed;
        closed.dateRange("o.closed_at", filter).owner("o.owner_id", filter).segment("o.customer_id", filter);
        for (const bool byOwner : {true, false}) {
            QStringList rates;
            for (const WinRate& r : byOwner ? d.byOwner : d.bySource)
                rates << u"%1|%2|%3|%4|%5"_s.arg(r.key, r.label).arg(r.won).arg(r.lost).arg(r.wonMinor);
            const QString group = byOwner ? u"coalesce(o.owner_id, '')"_s : u"coalesce(o.source, '')"_s;
            const QString label = byOwner ? u"coalesce(u.name, '')"_s : u"coalesce(o.source, '')"_s;
            CHECK(
                text(rates) ==
                text(rowsOf(
                    db,
                    u"SELECT %1, CASE WHEN %2 = '' THEN '(none)' ELSE %2 END, sum(o.status = 'won'), "
                    "sum(o.status = 'lost'), coalesce(sum(CASE WHEN o.status = 'won' THEN o.amount_minor "
                    "END), 0) FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id WHERE o.status IN "
                    "('won', 'lost') %3 GROUP BY 1 ORDER BY %2, 1"_s.arg(group, label, closed.sql()),
                    closed.values())));
        }

        const QDate last = filter.referenceDate(today);
        const QDate first =
            filter.from.isValid() ? filter.from : QDate(last.year(), last.month(), 1).addMonths(-11);
        REQUIRE(d.revenue.size() == monthsBetween(first, last).size());
        for (const RevenueMonth& m : d.revenue) {
            INFO(m.month.toStdString());
            FilterSql owner;
            owner.owner("owner_id", filter).segment("customer_id", filter);
            const QString sql =
                u"SELECT coalesce(sum(amount_minor), 0) || '|' || count(*) FROM opportunities WHERE "
                "status = 'won' AND substr(closed_at, 1, 7) = ? AND closed_at < ? %1"_s.arg(owner.sql());
            // Up to the end of the reference day (the last month is cut there).
            const QString until = last.addDays(1).toString(Qt::ISODate);
            const QDate month = QDate::fromString(m.month + u"-01"_s, Qt::ISODate);
            CHECK(text(u"%1|%2"_s.arg(m.wonMinor).arg(m.wonCount)) ==
                  text(rowsOf(db, sql, QVariantList{m.month, until} + owner.values()).value(0)));
            CHECK(QString::number(m.previousYearMinor) ==
                  rowsOf(db, sql,
                         QVariantList{month.addYears(-1).toString(u"yyyy-MM"_s), until} + owner.values())
                      .value(0)
                      .section(u'|', 0, 0));
        }

        FilterSql won;
        won.dateRange("closed_at", filter).owner("owner_id", filter).segment("customer_id", filter);
        const QStringList days = rowsOf(db,
                                        u"SELECT count(*), coalesce(avg(julianday(closed_at) - "
                                        u"julianday(created_at)), 0) FROM opportunities "
                                        "WHERE status = 'won' AND closed_at IS NOT NULL %1"_s.arg(won.sql()),
                                        won.values());
        CHECK(QString::number(d.cycle.wonDeals) == days.value(0).section(u'|', 0, 0));
        CHECK(d.cycle.averageDays == Approx(days.value(0).section(u'|', 1, 1).toDouble()));

        for (const QuotaAttainment& q : d.quota) {
            INFO(q.rep.toStdString());
            ReportFilter period = filter;
            period.from = q.periodStart;
            period.to = q.periodEnd;
            FilterSql in;
            in.dateRange("closed_at", period).raw("owner_id = ?", q.userId).segment("customer_id", filter);
            CHECK(QString::number(q.wonMinor) ==
                  rowsOf(db,
                         u"SELECT coalesce(sum(amount_minor), 0) FROM opportunities WHERE status = 'won' %1"_s
                             .arg(in.sql()),
                         in.values())
                      .value(0));
        }
        CHECK(d.quota.size() == (filter.ownerId != 0 ? 1 : 2));
    }
}

TEST_CASE("the one-pass customer dashboard equals the customer reports under every filter",
          "[analytics][dashboard]") {
    DealsFixture f;
    Database& db = f.db;
    const QDate today = f.today;
    const DashboardBuilder builder(db, today);
    const CustomerValue value(db, today);
    for (const ReportFilter& filter : filters()) {
        INFO(describe(filter).toStdString());
        CustomerDashboard d;
        REQUIRE(builder.customers(filter, &d).ok());
        Status status;
        const RfmResult rfm = value.rfm(filter, &status);
        REQUIRE(status.ok());
        REQUIRE(d.rfm.segments.size() == rfm.segments.size());
        for (qsizetype i = 0; i < rfm.segments.size(); ++i) {
            CHECK(d.rfm.segments[i].customers == rfm.segments[i].customers);
            CHECK(d.rfm.segments[i].monetaryMinor == rfm.segments[i].monetaryMinor);
            CHECK(d.rfm.segments[i].averageRecencyDays == rfm.segments[i].averageRecencyDays);
        }
        auto same = [](const CustomerPurchases& a, const CustomerPurchases& b) {
            CHECK(a.customerId == b.customerId);
            CHECK(a.name == b.name);
            CHECK(a.first == b.first);
            CHECK(a.last == b.last);
            CHECK(a.deals == b.deals);
            CHECK(a.totalMinor == b.totalMinor);
        };
        const QList<CustomerLifetimeValue> values = value.lifetimeValues(filter, 20, &status);
        REQUIRE(d.lifetimeValues.size() == values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            same(d.lifetimeValues[i].purchases, values[i].purchases);
            CHECK(d.lifetimeValues[i].lifetimeValueMinor == values[i].lifetimeValueMinor);
        }
        const QList<CustomerPurchases> top = value.topCustomers(filter, 15, &status);
        REQUIRE(d.top.size() == top.size());
        for (qsizetype i = 0; i < top.size(); ++i)
            same(d.top[i], top[i]);
        const QList<ChurnRisk> churn = value.churnRisks(filter, 50, &status);
        REQUIRE(d.churn.size() == churn.size());
        for (qsizetype i = 0; i < churn.size(); ++i)
            same(d.churn[i].purchases, churn[i].purchases);
        const QList<CustomerFlowMonth> flow = value.customerFlow(filter, &status);
        REQUIRE(d.flow.size() == flow.size());
        for (qsizetype i = 0; i < flow.size(); ++i) {
            CHECK(d.flow[i].newCustomers == flow[i].newCustomers);
            CHECK(d.flow[i].lostCustomers == flow[i].lostCustomers);
        }
        if (filter.segment.isEmpty() && filter.ownerId == 0)
            CHECK_FALSE(d.top.isEmpty());
    }
}

TEST_CASE("the filter bar offers every industry once, in order, without empty ones",
          "[analytics][dashboard]") {
    DealsFixture f;
    Database& db = f.db;
    REQUIRE(sales::exec(db.handle(),
                        "INSERT INTO customers (id, name, industry) VALUES (16, 'Eta', 'Ärzte'), "
                        "(17, 'Theta', 'Agriculture'), (18, 'Iota', 'retail')")
                .ok());
    DashboardData data;
    REQUIRE(DashboardBuilder(db, QDate(2024, 11, 20)).filterOptions(&data).ok());
    CHECK(data.segments == QStringList{u"Agriculture"_s, u"retail"_s, u"software"_s, u"Ärzte"_s});
    REQUIRE(data.owners.size() == 2);
    CHECK(data.owners[0].second == u"Anna"_s);
}

TEST_CASE("julian days are SQLite's julianday() to the last bit", "[analytics][dashboard]") {
    test::TempDatabase temp;
    sqlite3* db = temp.db().handle();
    JulianDays julian(db);
    Statement sqlite(db, "SELECT julianday(?)");
    QStringList texts{u"2025-01-01"_s,
                      u"2024-02-29T23:59:59Z"_s,
                      u"2024-02-29T23:59:59.999Z"_s,
                      u"2000-03-01T12:00Z"_s,
                      u"1999-12-31T00:00:00.1234567Z"_s,
                      u"0001-01-01T00:00:00Z"_s,
                      u"2025-02-30T10:00:00Z"_s, // SQLite's own arithmetic for an impossible day
                      u"2025-01-01 10:00:00"_s,  // not canonical: SQLite reads it
                      u"2025-01-01T10:00:00+02:00"_s,
                      u"2025-01-01T24:00:00Z"_s,
                      u"2025-13-01"_s,
                      u"yesterday"_s,
                      u""_s};
    QRandomGenerator random(13);
    const QStringList formats{u"yyyy-MM-ddTHH:mm:ssZ"_s, u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s,
                              u"yyyy-MM-ddTHH:mm:ss.zzz"_s, u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-dd"_s};
    for (int i = 0; i < 20000; ++i) {
        const QDateTime at =
            QDateTime(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC)
                .addMSecs(qint64(random.bounded(50 * 365)) * 86400000 + random.bounded(86400000));
        texts << at.toString(formats[random.bounded(int(formats.size()))]);
    }
    for (const QString& text : texts) {
        INFO(text.toStdString());
        sqlite.reset();
        sqlite.bind(1, text);
        REQUIRE(sqlite.next());
        const std::optional<double> mine = julian.of(text.toStdString());
        REQUIRE(mine.has_value() == !sqlite.isNull(0));
        if (mine)
            CHECK(*mine == sqlite.real(0));
    }
}

TEST_CASE("the industries and a segment filter are read from customers_by_industry",
          "[analytics][dashboard]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    auto plan = [&](const QString& sql) {
        return rowsOf(db, u"EXPLAIN QUERY PLAN "_s + sql,
                      sql.contains(u'?') ? QVariantList{u"retail"_s} : QVariantList{})
            .join(u'\n')
            .toStdString();
    };
    // The filter bar's skip scan: seeks in the index, never a scan of the customers.
    const std::string options = plan(DashboardBuilder::industriesSql());
    INFO(options);
    CHECK(options.find("customers_by_industry") != std::string::npos);
    CHECK(options.find("SCAN customers") == std::string::npos);
    CHECK(options.find("SCAN c ") == std::string::npos);
    // A segment filter: the segment's customer ids from the index, once.
    ReportFilter retail;
    retail.segment = u"retail"_s;
    FilterSql where;
    where.segment("customer_id", retail);
    const std::string segment = plan(u"SELECT count(*) FROM opportunities WHERE 1 %1"_s.arg(where.sql()));
    INFO(segment);
    CHECK(segment.find("customers_by_industry") != std::string::npos);
}
