#pragma once

#include "entity/EntityDescriptor.h"

namespace rapport {

// The entities of service and trigger marketing (cases, event rules with their conditions, actions and
// firing log, promotions, partners), declared once for the catalog. Money fields hold integer minor units,
// rates basis points (1000 = 10 %).
QList<EntityDescriptor> automationEntities();

} // namespace rapport
