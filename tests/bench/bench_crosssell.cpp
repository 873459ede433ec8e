// Cross-sell rules and sales alerts on demo data: times CrossSell::rules (accepted quotes, every quote),
// suggestions for customers, and AlertService::alerts (me, everyone).
// Usage: bench-crosssell [--customers N] [--lines N] [--db FILE]
//   --customers N  demo customers to generate (default 20000; the demo gives sales history to the first
//                  20,000 only)
//   --lines N      then copy the demo's quotes (with their lines, to other customers) until there are at
//   least
//                  N quote lines (default 500000; 0: no copies). The copies live in this benchmark's scratch
//                  file only; the demo generator is not changed.
//   --db FILE      use this existing database instead of generating one (no copies are made).
//   --out FILE     generate into this file (kept) instead of a temporary one.
#include "analytics/Alerts.h"
#include "analytics/CrossSell.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace rapport;

namespace {

qint64 scalar(Database& db, const char* sql) {
    Statement statement(db.handle(), sql);
    return statement.next() ? statement.int64(0) : -1;
}

// Copies every quote (and its lines) once per round, to the customer `shift` places further on, until the
// lines reach `target`.
bool copyQuotes(Database& db, qint64 target) {
    std::vector<qint64> customers;
    Statement list(db.handle(), "SELECT id FROM customers ORDER BY id");
    while (list.next())
        customers.push_back(list.int64(0));
    if (customers.empty())
        return false;
    for (int round = 1; scalar(db, "SELECT count(*) FROM quote_lines") < target; ++round) {
        Transaction transaction(db.handle());
        struct Quote {
            qint64 id, customer;
        };
        std::vector<Quote> quotes;
        Statement originals(db.handle(), "SELECT id, customer_id FROM quotes WHERE number NOT LIKE '%/%'");
        while (originals.next())
            quotes.push_back({originals.int64(0), originals.int64(1)});
        Statement insertQuote(
            db.handle(), "INSERT INTO quotes (id, number, year, sequence, revision, customer_id, status, "
                         "issue_date, valid_until, currency, subtotal_minor, tax_minor, total_minor, "
                         "accepted_at) SELECT ?1, number || '/' || ?2, year, sequence + 1000000 * ?2, "
                         "revision, ?3, status, issue_date, valid_until, currency, subtotal_minor, "
                         "tax_minor, total_minor, accepted_at FROM quotes WHERE id = ?4");
        Statement insertLines(db.handle(),
                              "INSERT INTO quote_lines (id, quote_id, position, product_id, code, "
                              "description, quantity_milli, unit, unit_price_minor, discount_bp, "
                              "tax_rate_bp) SELECT ?1 + position, ?2, position, product_id, code, "
                              "description, quantity_milli, unit, unit_price_minor, discount_bp, "
                              "tax_rate_bp FROM quote_lines WHERE quote_id = ?3");
        std::size_t index = 0;
        for (const Quote& quote : quotes) {
            const qint64 copy = db.ids().next();
            const qint64 customer = customers[(index++ * 7919 + size_t(round) * 104729) % customers.size()];
            insertQuote.reset();
            insertQuote.bind(1, copy).bind(2, round).bind(3, customer).bind(4, quote.id);
            if (!insertQuote.exec())
                return false;
            // Line ids: a fresh id per quote, spaced by 64 (no quote has that many lines); the generator's
            // ids are time-ordered, so the next one it draws is further on.
            const qint64 firstLine = db.ids().next();
            for (int skip = 0; skip < 63; ++skip)
                db.ids().next();
            insertLines.reset();
            insertLines.bind(1, firstLine).bind(2, copy).bind(3, quote.id);
            if (!insertLines.exec())
                return false;
        }
        if (!transaction.commit())
            return false;
        std::printf("  copy round %d: %lld quote lines\n", round,
                    static_cast<long long>(scalar(db, "SELECT count(*) FROM quote_lines")));
        std::fflush(stdout);
    }
    return true;
}

double seconds(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU time of this thread: on a loaded machine the wall time also counts waiting for a core.
double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void measure(Database& db) {
    std::printf("data: %lld customers, %lld quotes (%lld accepted), %lld quote lines, %lld opportunities, "
                "%lld interactions, %lld tasks, %lld leads\n",
                static_cast<long long>(scalar(db, "SELECT count(*) FROM customers")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM quotes")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM quotes WHERE status = 'accepted'")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM quote_lines")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM opportunities")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM interactions")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM tasks")),
                static_cast<long long>(scalar(db, "SELECT count(*) FROM leads")));
    for (int run = 1; run <= 2; ++run) {
        for (const bool accepted : {true, false}) {
            analytics::CrossSellOptions options;
            options.acceptedOnly = accepted;
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            Status status;
            const analytics::CrossSellRules rules = analytics::CrossSell::rules(db, options, &status);
            std::printf(
                "cross-sell rules (%s quotes, run %d): %.3f s (CPU %.3f s), %lld baskets, %lld rules%s\n",
                accepted ? "accepted" : "all", run, seconds(timer), cpuSeconds() - cpu,
                static_cast<long long>(rules.baskets), static_cast<long long>(rules.rules.size()),
                status ? "" : qPrintable(QStringLiteral(" ERROR ") + status.message()));
            if (accepted && run == 2) {
                std::vector<qint64> customers;
                Statement some(db.handle(),
                               "SELECT DISTINCT customer_id FROM quotes WHERE status = 'accepted' "
                               "LIMIT 100");
                while (some.next())
                    customers.push_back(some.int64(0));
                QElapsedTimer each;
                each.start();
                qint64 offered = 0;
                for (qint64 customer : customers)
                    offered += analytics::CrossSell::suggestionsFor(db, customer, rules, 8).size();
                std::printf("suggestions for %zu customers: %.3f ms each, %lld suggestions in all\n",
                            customers.size(),
                            seconds(each) * 1000 / double(std::max<size_t>(1, customers.size())),
                            static_cast<long long>(offered));
            }
        }
    }
    analytics::AlertService alerts(db);
    for (const qint64 user : {alerts.defaultUser(), qint64(0)}) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        Status status;
        const QList<analytics::Alert> found =
            alerts.alerts(user, QDateTime::currentDateTimeUtc(), false, &status);
        std::printf("alerts (%s): %.3f s (CPU %.3f s), %lld alerts%s\n", user ? "me" : "everyone",
                    seconds(timer), cpuSeconds() - cpu, static_cast<long long>(found.size()),
                    status ? "" : qPrintable(QStringLiteral(" ERROR ") + status.message()));
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char* name, const QString& fallback) {
        const int at = int(args.indexOf(QString::fromLatin1(name)));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString existing = option("--db", QString());
    QTemporaryDir dir;
    const QString out = option("--out", QString());
    const QString path = !existing.isEmpty() ? existing
                         : !out.isEmpty()    ? out
                                          : QDir(dir.path()).filePath(QStringLiteral("bench-crosssell.db"));
    Database db;
    if (const Status opened = db.open(path); !opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.message()));
        return 1;
    }
    if (existing.isEmpty()) {
        DemoOptions options;
        options.customers = option("--customers", QStringLiteral("20000")).toLongLong();
        QElapsedTimer timer;
        timer.start();
        if (const Status made = DemoGenerator().generate(db, options); !made) {
            std::fprintf(stderr, "demo failed: %s\n", qPrintable(made.message()));
            return 1;
        }
        std::printf("demo with %lld customers: %.1f s\n", static_cast<long long>(options.customers),
                    seconds(timer));
        std::printf("== the demo as generated ==\n");
        measure(db);
        const qint64 lines = option("--lines", QStringLiteral("500000")).toLongLong();
        if (lines > 0) {
            timer.restart();
            if (!copyQuotes(db, lines)) {
                std::fprintf(stderr, "copying quotes failed\n");
                return 1;
            }
            Statement(db.handle(), "ANALYZE").exec();
            std::printf("copies made in %.1f s\n== with copied quotes ==\n", seconds(timer));
            measure(db);
        }
    } else {
        measure(db);
    }
    return 0;
}
