#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace rapport {

class Database;

struct DemoOptions {
    qint64 customers = 1000;
    quint64 seed = 1;
    // "Today" for the generated history (interactions reach back three years from it, tasks fall due around
    // it). Invalid means the current UTC date. The same seed and the same date give the same data.
    QDate today;
};

struct DemoCounts {
    qint64 users = 0;
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 interactions = 0;
    qint64 tasks = 0;
};

// Fills a database with realistic, deterministic sample data: sales users (unless users exist already),
// customers (organisations and individuals from the UK, Poland, Greece, Russia, Spain and Iran, in their own
// scripts), their contacts, three years of interactions and open and finished tasks.
// Everything happens in one transaction: cancelling through the progress callback, or any error, leaves the
// database exactly as it was. Run it on the connection of the thread that calls it.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // Called now and then with the progress so far out of the customers asked for: writing them takes the
    // first four fifths, indexing the new rows the last fifth. Returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Status generate(Database& db, const DemoOptions& options, const Progress& progress = {});
    // What the last successful generate() wrote.
    const DemoCounts& counts() const { return m_counts; }

private:
    DemoCounts m_counts;
};

} // namespace rapport
