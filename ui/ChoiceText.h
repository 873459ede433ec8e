#pragma once

#include <QString>

namespace rapport {

// The translated label of a stored choice key ("cold_call" -> "Cold call"): core's choiceLabel.
QString choiceText(const QString& key);

} // namespace rapport
