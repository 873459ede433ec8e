// Computes every dashboard on a given database and prints the time of each (target: at most 1 s each on
// 1,000,000 customers), the row counts behind them, and the time of every `rapport-cli report` dataset.
// Usage: bench-analytics DATABASE [--today YYYY-MM-DD] [--runs N]
// Each dashboard runs N times (default 3) on its own connection, as the desktop does off the GUI thread; the
// first run is cold (pages read from disk), the best of the others warm.
#include "analytics/Dashboard.h"
#include "analytics/DashboardTables.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>

using namespace rapport;
using namespace rapport::analytics;

namespace {

// CPU time of this thread: the machine is shared, so the wall time alone says more about the other jobs.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

qint64 count(Database& db, const char* sql) {
    Statement query(db.handle(), sql);
    return query.next() ? query.int64(0) : -1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench-analytics DATABASE [--today YYYY-MM-DD] [--runs N]\n");
        return 2;
    }
    QDate today = QDate::currentDate();
    int runs = 3;
    for (qsizetype i = 2; i + 1 < args.size(); ++i) {
        if (args[i] == u"--today")
            today = QDate::fromString(args[i + 1], Qt::ISODate);
        if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    Database db;
    if (const Status opened = db.open(args[1]); !opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args[1]), qPrintable(opened.message()));
        return 1;
    }
    std::printf("database %s\n", qPrintable(args[1]));
    for (const char* table : {"customers", "opportunities", "quote_lines", "interactions", "leads",
                              "campaigns", "campaign_members"}) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        std::printf("  %-18s %12lld rows\n", table, static_cast<long long>(count(db, sql.constData())));
    }
    std::printf("today %s, %d runs each (first cold, then the best warm run)\n\n",
                qPrintable(today.toString(Qt::ISODate)), runs);

    const DashboardBuilder builder(db, today);
    const ReportFilter all;
    const std::pair<const char*, std::function<Status()>> dashboards[] = {
        {"sales",
         [&] {
             SalesDashboard d;
             return builder.sales(all, &d);
         }},
        {"forecast",
         [&] {
             ForecastDashboard d;
             return builder.forecast(all, &d);
         }},
        {"customers",
         [&] {
             CustomerDashboard d;
             return builder.customers(all, &d);
         }},
        {"marketing",
         [&] {
             MarketingDashboard d;
             return builder.marketing(all, &d);
         }},
        {"filter options",
         [&] {
             DashboardData d;
             return builder.filterOptions(&d);
         }},
    };
    std::printf("%-22s %10s %10s %10s\n", "dashboard", "cold ms", "warm ms", "warm CPU");
    int failures = 0;
    for (const auto& [name, run] : dashboards) {
        double cold = 0, warm = 1e18, warmCpu = 1e18;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            const Status status = run();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const double cpu = cpuMs() - cpuStart;
            if (!status) {
                std::printf("%s failed: %s\n", name, qPrintable(status.message()));
                ++failures;
                break;
            }
            if (r == 0) {
                cold = ms;
            } else {
                warm = std::min(warm, ms);
                warmCpu = std::min(warmCpu, cpu);
            }
        }
        std::printf("%-22s %10.1f %10.1f %10.1f\n", name, cold, runs > 1 ? warm : cold,
                    runs > 1 ? warmCpu : 0.0);
        std::fflush(stdout);
    }

    std::printf("\n%-22s %10s %10s %8s\n", "report (CLI dataset)", "ms", "CPU ms", "rows");
    for (const NamedReport& report : dashboardReports()) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        Status status;
        const ReportTable table = report.build(db, all, today, &status);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs() - cpuStart;
        if (!status)
            ++failures;
        std::printf("%-22s %10.1f %10.1f %8lld%s\n", qPrintable(report.name), ms, cpu,
                    static_cast<long long>(table.rows.size()),
                    status ? "" : qPrintable(QStringLiteral("  FAILED: ") + status.message()));
        std::fflush(stdout);
    }

    // One owner and one segment, as the filter bar narrows the dashboards.
    ReportFilter narrowed;
    narrowed.ownerId = count(db, "SELECT id FROM users ORDER BY id LIMIT 1");
    // The first industry the filter bar offers (the demo's are names like "Agriculture").
    DashboardData options;
    if (!builder.filterOptions(&options))
        ++failures;
    narrowed.segment = options.segments.value(0);
    narrowed.from = today.addYears(-1);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    DashboardData data;
    if (!builder.all(narrowed, &data, {}, false))
        ++failures;
    std::printf("\nall four dashboards, one owner, segment %s, last 12 months: %.1f ms (CPU %.1f ms)\n",
                qPrintable(narrowed.segment), double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpuStart);
    return failures == 0 ? 0 : 1;
}
