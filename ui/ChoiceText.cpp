#include "ChoiceText.h"

#include "entity/ChoiceLabels.h"

namespace rapport {

QString choiceText(const QString& key) {
    return choiceLabel(key);
}

} // namespace rapport
