#pragma once

#include "util/Status.h"

#include <QtGlobal>

namespace rapport {

class Database;

namespace demo {

// Sample marketing history inside the generator's transaction: six campaigns over the last two years, each
// sent to a slice of the contacts (up to 2,000), with opens, responses, bounces, opt-outs and conversions at
// their own times; a conversion is a won (or, when recent, open) opportunity of the member's customer that
// names the campaign. Deterministic for a seed and a date.
struct CampaignStages {
    qint64 pipelineId = 0;
    qint64 wonStageId = 0;
    qint64 openStageId = 0;
};

Status generateCampaigns(Database& db, quint64 seed, qint64 now, const CampaignStages& stages);

} // namespace demo
} // namespace rapport
