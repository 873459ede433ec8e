#include "ChoiceText.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The stored choice keys, listed here so that lupdate offers them to translators in the "Choice" context.
[[maybe_unused]] const char* const choiceKeys[] = {
    QT_TRANSLATE_NOOP("Choice", "prospect"),
    QT_TRANSLATE_NOOP("Choice", "active"),
    QT_TRANSLATE_NOOP("Choice", "inactive"),
    QT_TRANSLATE_NOOP("Choice", "organisation"),
    QT_TRANSLATE_NOOP("Choice", "individual"),
    QT_TRANSLATE_NOOP("Choice", "phone"),
    QT_TRANSLATE_NOOP("Choice", "email"),
    QT_TRANSLATE_NOOP("Choice", "sms"),
    QT_TRANSLATE_NOOP("Choice", "meeting"),
    QT_TRANSLATE_NOOP("Choice", "visit"),
    QT_TRANSLATE_NOOP("Choice", "letter"),
    QT_TRANSLATE_NOOP("Choice", "fax"),
    QT_TRANSLATE_NOOP("Choice", "chat"),
    QT_TRANSLATE_NOOP("Choice", "voip"),
    QT_TRANSLATE_NOOP("Choice", "note"),
    QT_TRANSLATE_NOOP("Choice", "post"),
    QT_TRANSLATE_NOOP("Choice", "none"),
    QT_TRANSLATE_NOOP("Choice", "in"),
    QT_TRANSLATE_NOOP("Choice", "out"),
    // Campaigns and their members (issue 5).
    QT_TRANSLATE_NOOP("Choice", "event"),
    QT_TRANSLATE_NOOP("Choice", "social"),
    QT_TRANSLATE_NOOP("Choice", "planned"),
    QT_TRANSLATE_NOOP("Choice", "done"),
    QT_TRANSLATE_NOOP("Choice", "pending"),
    QT_TRANSLATE_NOOP("Choice", "sent"),
    QT_TRANSLATE_NOOP("Choice", "bounced"),
    QT_TRANSLATE_NOOP("Choice", "opened"),
    QT_TRANSLATE_NOOP("Choice", "responded"),
    QT_TRANSLATE_NOOP("Choice", "opted_out"),
    QT_TRANSLATE_NOOP("Choice", "converted"),
    QT_TRANSLATE_NOOP("Choice", "dynamic"),
    QT_TRANSLATE_NOOP("Choice", "static"),
    QT_TRANSLATE_NOOP("Choice", "request"),
    QT_TRANSLATE_NOOP("Choice", "legal"),
};

} // namespace

QString choiceText(const QString& key) {
    if (key.isEmpty())
        return {};
    const QByteArray utf8 = key.toUtf8();
    return QCoreApplication::translate("Choice", utf8.constData());
}

} // namespace rapport
