#pragma once

#include "util/Status.h"

#include <QtGlobal>
#include <vector>

namespace rapport {

class Database;

namespace demo {

// Service and trigger marketing in the sample data, inside the generator's transaction and after the sales
// part: cases for a sample of customers (at most 1,500), four partners among the organisations with leads
// and opportunities attributed to them, three promotions, and a handful of event rules (which fire the
// first time the rules run). Deterministic for a seed and a date; cheap at any size.
Status generateAutomation(Database& db, quint64 seed, qint64 now, const std::vector<qint64>& users);

} // namespace demo
} // namespace rapport
