#include "demo/DemoDeals.h"

#include "demo/DemoSales.h"
#include "demo/DemoText.h"
#include "sales/Quotes.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

namespace rapport::demo {
namespace {

constexpr std::array<ProductSpec, 11> products{{
    {"CONS-DAY", "Consulting day", "day", 95000, 2000},
    {"CONS-HR", "Consulting hour", "h", 13500, 2000},
    {"LIC-STD", "Software licence, standard (per seat, year)", "seat", 24000, 2000},
    {"LIC-PRO", "Software licence, professional (per seat, year)", "seat", 39000, 2000},
    {"SUP-GOLD", "Gold support (year)", "pc", 180000, 2000},
    {"TRAIN", "On-site training (up to 8 people)", "day", 120000, 2000},
    {"HW-TERM", "Field terminal, rugged", "pc", 89900, 2000},
    {"HW-PRN", "Mobile label printer", "pc", 31950, 2000},
    {"CAB-USB", "USB-C cable 2 m", "pc", 1290, 2000},
    {"BOOK", "Handbook: Selling in the field", "pc", 2990, 500},
    {"SHIP", "Shipping and handling", "pc", 1500, 2000},
}};

// Deals per statement batch; their stage visits, quotes, lines and ledger entries go with them.
constexpr size_t dealsPerFlush = 1024;

// How busy a month is for new deals: a peak before the year end and a dip in summer, over a business that
// grows by about a fifth a year. Between 0 and 1, used to thin out uniformly drawn dates.
double dealSeason(qint64 seconds, qint64 now) {
    const QDate date = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
    const double season = 1.0 + 0.35 * std::cos(2.0 * M_PI * (date.month() - 11) / 12.0);
    const double years = double(now - seconds) / (365.0 * secondsPerDay);
    return season / 1.35 * std::pow(1.2, -years);
}

std::string dateText(qint64 seconds) {
    std::string text;
    appendDate(text, seconds);
    return text;
}

std::string timeText(qint64 seconds) {
    std::string text;
    appendDateTime(text, seconds);
    return text;
}

std::string quoteNumber(int year, int sequence) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "Q-%d-%04d", year, sequence);
    return text.data();
}

struct DealTables {
    explicit DealTables(Database& database)
        : db(database),
          opportunities(database.handle(), "opportunities",
                        "id, title, customer_id, pipeline_id, stage_id, amount_minor, currency, "
                        "expected_close, owner_id, source, status, close_reason, closed_at, "
                        "created_at, updated_at",
                        15),
          visits(database.handle(), "opportunity_stage_history",
                 "id, opportunity_id, stage_id, entered_at, left_at, created_at, updated_at", 7),
          quotes(
              database.handle(), "quotes",
              "id, number, year, sequence, customer_id, opportunity_id, status, issue_date, valid_until, "
              "currency, subtotal_minor, tax_minor, total_minor, terms, accepted_at, created_at, updated_at",
              17),
          lines(database.handle(), "quote_lines",
                "id, quote_id, position, code, description, quantity_milli, unit, unit_price_minor, "
                "discount_bp, tax_rate_bp, created_at, updated_at",
                12),
          ledger(database.handle(), "ledger_entries",
                 "id, customer_id, entry_date, kind, description, debit_minor, credit_minor, currency, "
                 "quote_id, reference, created_at, updated_at",
                 12),
          accounts(database.handle(), "customer_accounts",
                   "id, customer_id, credit_limit_minor, currency, created_at, updated_at", 6) {}

    // Parents before children, so that every foreign key finds its row. The deals go in as they end up, with
    // their stage visits written here, so the stage-history trigger stays out (replay mode).
    Status flush() {
        {
            const Database::ReplayScope withoutHistoryTriggers(db);
            if (Status done = opportunities.flush(); !done)
                return done;
        }
        for (BatchInsert* table : {&visits, &quotes, &lines, &ledger, &accounts}) {
            if (Status done = table->flush(); !done)
                return done;
        }
        return Status::success();
    }

    Database& db;
    BatchInsert opportunities, visits, quotes, lines, ledger, accounts;
};

} // namespace

std::span<const ProductSpec> productSpecs() {
    return products;
}

Status writeDeals(Database& db, Rng& rng, qint64 now, const QList<SalesCustomer>& customers,
                  const QList<qint64>& pipelineIds, const QList<QList<StageRow>>& stages, SalesCounts* made) {
    const std::string stamp = timeText(now);
    DealTables tables(db);
    auto id = [&db] {
        return db.ids().next();
    };
    const char* sources[] = {"web", "fair", "referral", "campaign", "partner", "cold_call", "import"};
    const char* wonReasons[] = {"Best price", "Product fit", "Existing relationship", "Fast delivery"};
    const char* lostReasons[] = {"Price too high", "Chose a competitor", "No budget", "Project cancelled"};
    std::array<int, 4000> sequence{};
    std::string title, text;
    for (const SalesCustomer& customer : customers) {
        const int deals = int(rng.range(1, 3));
        for (int d = 0; d < deals; ++d) {
            const bool renewal = rng.chance(25);
            const QList<StageRow>& st = stages[renewal ? 1 : 0];
            qint64 created = now - rng.range(5, 4 * 365) * secondsPerDay;
            while (double(rng.below(1000)) >= 1000.0 * dealSeason(created, now))
                created = now - rng.range(5, 4 * 365) * secondsPerDay;
            const bool old = created < now - 120 * secondsPerDay;
            int final = 0;
            std::string_view outcome = "open";
            const int openStages = renewal ? 2 : 4;
            if (old || rng.chance(30)) {
                outcome = rng.chance(55) ? "won" : "lost";
                final = outcome == "won" ? openStages : openStages + 1;
            } else {
                final = int(rng.below(quint64(openStages)));
            }
            const bool finished = outcome != "open";
            const qint64 amount = rng.range(10, 600) * 10000 + rng.range(0, 99) * 100;
            // A finished deal closed by yesterday; an open one expects to close some weeks after it was
            // created.
            qint64 closed = created + rng.range(10, 90) * secondsPerDay;
            if (finished)
                closed = std::min(closed, now - secondsPerDay);
            const qint64 oid = id();
            // The deal as it ends up, with the visits of its stages: created in the first stage, then moved
            // stage by stage up to the final one, each move `step` later. These are the rows the
            // stage-history triggers would write for those moves (migration 6), written directly.
            const int last = std::min(final, openStages - 1);
            const qint64 step = std::max<qint64>(1, (closed - created) / (last + 2));
            QList<int> path{0};
            for (int s = 1; s <= last; ++s)
                path << s;
            if (finished)
                path << final;
            const qint64 movedAt = created + step * (path.size() - 1);

            BatchInsert& deal = tables.opportunities;
            const int createdYear = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).date().year();
            title.assign(renewal ? "Renewal " : "");
            title += std::to_string(createdYear);
            title += ": ";
            const std::string_view productName = products[rng.below(8)].name;
            title += productName.substr(0, productName.find(','));
            deal.bind(1, oid);
            deal.bindText(2, title);
            deal.bind(3, customer.id);
            deal.bind(4, pipelineIds[renewal ? 1 : 0]);
            deal.bind(5, st[path.back()].id);
            deal.bind(6, amount);
            deal.bindText(7, "EUR");
            deal.bindText(8, dateText(closed));
            deal.bind(9, customer.ownerId);
            deal.bindText(10, renewal ? "renewal" : sources[rng.below(7)]);
            deal.bindText(11, outcome);
            if (finished) {
                deal.bindText(12, outcome == "won" ? wonReasons[rng.below(4)] : lostReasons[rng.below(4)]);
                deal.bindText(13, timeText(closed));
            } else {
                deal.bindNull(12);
                deal.bindNull(13);
            }
            deal.bindText(14, timeText(created));
            deal.bindText(15, timeText(movedAt));
            deal.endRow();
            ++made->opportunities;

            qint64 entered = created;
            for (qsizetype visit = 0; visit < path.size(); ++visit) {
                BatchInsert& row = tables.visits;
                const bool left = visit + 1 < path.size();
                const std::string enteredAt = timeText(entered);
                row.bind(1, id());
                row.bind(2, oid);
                row.bind(3, st[path[visit]].id);
                row.bindText(4, enteredAt);
                if (left) {
                    const std::string leftAt = timeText(entered + step);
                    row.bindText(5, leftAt);
                    row.bindText(7, leftAt);
                } else {
                    row.bindNull(5);
                    row.bindText(7, enteredAt);
                }
                row.bindText(6, enteredAt);
                row.endRow();
                entered += step;
            }
            // A quote for deals that reached the proposal stage.
            if (renewal || final < 2)
                continue;
            const int year = QDateTime::fromSecsSinceEpoch(closed, Qt::UTC).date().year();
            const int seq = ++sequence[size_t(std::clamp(year - 2020, 0, 3999))];
            const std::string number = quoteNumber(year, seq);
            const qint64 qid = id();
            QList<QuoteLine> quoteLines;
            for (int l = 0, n = int(rng.range(1, 6)); l < n; ++l) {
                const ProductSpec& product = products[rng.below(products.size())];
                QuoteLine line;
                line.code = QString::fromLatin1(product.code);
                line.description = QString::fromLatin1(product.name);
                line.unit = QString::fromLatin1(product.unit);
                line.quantityMilli = rng.range(1, 12) * 1000;
                line.unitPriceMinor = product.price;
                line.discountBp = rng.chance(30) ? 500 : 0;
                line.taxRateBp = product.tax;
                quoteLines << line;
            }
            const QuoteTotals totals = QuoteTotals::of(quoteLines);
            const std::string_view quoteStatus = outcome == "won"    ? "accepted"
                                                 : outcome == "lost" ? "rejected"
                                                                     : "sent";
            BatchInsert& quote = tables.quotes;
            quote.bind(1, qid);
            quote.bindText(2, number);
            quote.bind(3, year);
            quote.bind(4, seq);
            quote.bind(5, customer.id);
            quote.bind(6, oid);
            quote.bindText(7, quoteStatus);
            quote.bindText(8, dateText(closed - 7 * secondsPerDay));
            quote.bindText(9, dateText(closed + 23 * secondsPerDay));
            quote.bindText(10, "EUR");
            quote.bind(11, totals.netMinor);
            quote.bind(12, totals.taxMinor);
            quote.bind(13, totals.totalMinor);
            quote.bindText(14, "Payment within 30 days of invoice.");
            if (quoteStatus == "accepted")
                quote.bindText(15, timeText(closed));
            else
                quote.bindNull(15);
            const std::string issued = timeText(closed - 7 * secondsPerDay);
            quote.bindText(16, issued);
            quote.bindText(17, issued);
            quote.endRow();
            ++made->quotes;
            int position = 0;
            for (const QuoteLine& line : std::as_const(quoteLines)) {
                BatchInsert& row = tables.lines;
                row.bind(1, id());
                row.bind(2, qid);
                row.bind(3, position++);
                row.bindText(4, line.code.toStdString());
                row.bindText(5, line.description.toStdString());
                row.bind(6, line.quantityMilli);
                row.bindText(7, line.unit.toStdString());
                row.bind(8, line.unitPriceMinor);
                row.bind(9, line.discountBp);
                row.bind(10, line.taxRateBp);
                row.bindText(11, stamp);
                row.bindText(12, stamp);
                row.endRow();
            }
            if (quoteStatus != "accepted")
                continue;
            BatchInsert& entry = tables.ledger;
            const std::string closedAt = timeText(closed);
            entry.bind(1, id());
            entry.bind(2, customer.id);
            entry.bindText(3, dateText(closed));
            entry.bindText(4, "quote");
            text.assign("Quote ").append(number).append(" accepted");
            entry.bindText(5, text);
            entry.bind(6, totals.totalMinor);
            entry.bind(7, 0);
            entry.bindText(8, "EUR");
            entry.bind(9, qid);
            entry.bindText(10, number);
            entry.bindText(11, closedAt);
            entry.bindText(12, closedAt);
            entry.endRow();
            ++made->ledgerEntries;
            const qint64 paidAt = closed + rng.range(10, 60) * secondsPerDay;
            if (paidAt < now && rng.chance(85)) {
                const std::string paid = timeText(paidAt);
                entry.bind(1, id());
                entry.bind(2, customer.id);
                entry.bindText(3, dateText(paidAt));
                entry.bindText(4, "payment");
                entry.bindText(5, "Bank transfer");
                entry.bind(6, 0);
                entry.bind(7, totals.totalMinor);
                entry.bindText(8, "EUR");
                entry.bindNull(9);
                text.assign("PAY-").append(std::to_string(rng.range(100000, 999999)));
                entry.bindText(10, text);
                entry.bindText(11, paid);
                entry.bindText(12, paid);
                entry.endRow();
                ++made->ledgerEntries;
            }
        }
        if (rng.chance(15)) {
            BatchInsert& account = tables.accounts;
            account.bind(1, id());
            account.bind(2, customer.id);
            account.bind(3, rng.range(1, 20) * 500000);
            account.bindText(4, "EUR");
            account.bindText(5, stamp);
            account.bindText(6, stamp);
            account.endRow();
        }
        if (tables.opportunities.pendingRows() >= dealsPerFlush)
            if (Status done = tables.flush(); !done)
                return done;
    }
    return tables.flush();
}

} // namespace rapport::demo
