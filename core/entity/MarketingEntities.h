#pragma once

#include "entity/EntityDescriptor.h"

namespace rapport {

// The entities of campaign management (segments, campaigns, their target segments and members, the
// suppression list), declared once for the catalog; and the marketing fields other entities gained in schema
// 10 (consent per channel on customers and leads, the source campaign of leads and opportunities).
QList<EntityDescriptor> marketingEntities();
void addMarketingFields(QList<EntityDescriptor>& entities);

} // namespace rapport
