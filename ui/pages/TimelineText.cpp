#include "pages/TimelineText.h"

#include "ChoiceText.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport {

QString timelineChannelText(const TimelineEntry& entry) {
    if (entry.kind == TimelineEntry::Kind::Task) {
        const QString glyph = entry.done ? QStringLiteral("☑") : QStringLiteral("☐");
        return glyph + QLatin1Char(' ') + QCoreApplication::translate("Timeline", "Task");
    }
    if (entry.kind == TimelineEntry::Kind::Case) {
        const QString text = QStringLiteral("⚠ ") + QCoreApplication::translate("Timeline", "Case");
        return entry.channel.isEmpty() ? text
                                       : text + QStringLiteral(" (") + entry.channel + QLatin1Char(')');
    }
    static const QHash<QString, QString> glyphs{
        {QStringLiteral("phone"), QStringLiteral("☎")}, {QStringLiteral("voip"), QStringLiteral("☏")},
        {QStringLiteral("email"), QStringLiteral("✉")}, {QStringLiteral("letter"), QStringLiteral("✍")},
        {QStringLiteral("fax"), QStringLiteral("⎙")},   {QStringLiteral("sms"), QStringLiteral("✆")},
        {QStringLiteral("chat"), QStringLiteral("❝")},  {QStringLiteral("meeting"), QStringLiteral("⚑")},
        {QStringLiteral("visit"), QStringLiteral("⌂")}, {QStringLiteral("note"), QStringLiteral("✎")},
    };
    QString text =
        glyphs.value(entry.channel, QStringLiteral("•")) + QLatin1Char(' ') + choiceText(entry.channel);
    if (entry.direction == QLatin1String("in"))
        text += QStringLiteral(" ↙");
    else if (entry.direction == QLatin1String("out") && entry.channel != QLatin1String("note"))
        text += QStringLiteral(" ↗");
    return text;
}

} // namespace rapport
