#pragma once

#include "util/Status.h"

#include <QtGlobal>
#include <vector>

namespace rapport {

class Database;

namespace demo {

struct SalesCounts {
    qint64 leads = 0;
    qint64 opportunities = 0;
    qint64 products = 0;
    qint64 quotes = 0;
    qint64 ledgerEntries = 0;
};

// The sales side of the sample data, inside the generator's transaction: sales reps, scoring and assignment
// rules, two pipelines, a product catalogue with a configurable product and a wholesale price list, leads,
// four years of opportunities (more before the year end, growing) (won, lost and open) with their stage
// history, quotes for them, and the customers' ledgers (accepted quotes, payments, a few credit limits).
// Deterministic for a seed and a date.
Status generateSales(Database& db, quint64 seed, qint64 now, const std::vector<qint64>& users,
                     SalesCounts* counts = nullptr);

} // namespace demo
} // namespace rapport
