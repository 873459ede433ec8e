#pragma once

#include "util/Status.h"

#include <QtGlobal>
#include <vector>

namespace rapport {

class Database;

namespace demo {

// The marketing side of the sample data, inside the generator's transaction: a few segments and three years
// of campaigns over every channel, each with an audience taken from a window of the customers or contacts in
// creation order (so the result is the same for a seed and a date), consent and the suppression list
// respected, responses spread over the days after sending, opt-outs suppressed, and conversions made by
// naming the campaign on one of the member's opportunities. Writes at most a few thousand members per
// campaign, so it costs the same for a thousand customers as for a million.
Status generateMarketing(Database& db, quint64 seed, qint64 now, const std::vector<qint64>& users);

} // namespace demo
} // namespace rapport
