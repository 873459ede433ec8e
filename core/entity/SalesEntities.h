#pragma once

#include "entity/EntityDescriptor.h"

namespace rapport {

// The entities of sales force automation (leads, pipelines, opportunities, products, quotes, ledgers,
// appointments), declared once for the catalog. Money fields hold integer minor units (cents), rates basis
// points (1900 = 19 %), quantities thousandths (2500 = 2.5).
QList<EntityDescriptor> salesEntities();

} // namespace rapport
