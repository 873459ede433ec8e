#pragma once

#include "util/Status.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <span>

namespace rapport {

class Database;

namespace demo {

class Rng;
struct SalesCounts;

struct ProductSpec {
    const char* code;
    const char* name;
    const char* unit;
    qint64 price;
    int tax;
};
// The sample catalogue, in the order the products are created.
std::span<const ProductSpec> productSpecs();

struct SalesCustomer {
    qint64 id;
    QString name;
    QVariant ownerId;
    QVariant country;
};

struct StageRow {
    qint64 id;
    QString outcome;
    int probability;
};

// Four years of deals for the given customers (more before the year end, growing): won, lost and open
// opportunities with the visits of their stages, quotes with their lines for the deals that got that far, the
// ledger entries of accepted quotes and their payments, and a few credit limits. stages: the stages of the
// new-business pipeline (6) and of the renewals pipeline (4), in order. Written many rows per statement
// (BatchInsert), parents before children; adds to made's opportunities, quotes and ledger entries.
Status writeDeals(Database& db, Rng& rng, qint64 now, const QList<SalesCustomer>& customers,
                  const QList<qint64>& pipelineIds, const QList<QList<StageRow>>& stages, SalesCounts* made);

} // namespace demo
} // namespace rapport
