#pragma once

#include <QString>

namespace rapport {

// The translated text of a stored choice key ("prospect", "phone", "in") in the "Choice" context.
QString choiceText(const QString& key);

} // namespace rapport
