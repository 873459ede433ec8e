#pragma once

#include <QString>

namespace rapport {

// The words a user sees for a stored choice key ("cold_call" -> "Cold call", "closed_won" -> "Closed won",
// "email" -> "E-mail"), translated in the "Choice" context. Lists, forms, filters, the kanban board and the
// CLI's human output all go through here, so no raw key reaches the screen; a key without a label of its own
// is shown with its underscores as spaces and a capital first letter.
QString choiceLabel(const QString& key);

} // namespace rapport
