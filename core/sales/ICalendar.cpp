#include "sales/ICalendar.h"

namespace rapport {
namespace {

QByteArray utc(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
}

} // namespace

QString ICalendar::escapeText(const QString& text) {
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            escaped += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            escaped += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray ICalendar::fold(const QByteArray& line) {
    QByteArray folded;
    qsizetype lineLength = 0;
    qsizetype limit = 75;
    for (qsizetype i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting here.
        const auto lead = static_cast<unsigned char>(line.at(i));
        const qsizetype length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (lineLength + length > limit) {
            folded += "\r\n ";
            lineLength = 0;
            limit = 74; // the leading space counts
        }
        folded += line.mid(i, length);
        lineLength += length;
        i += length;
    }
    return folded;
}

QByteArray ICalendar::write(const QList<CalendarItem>& items, const QDateTime& stamp) {
    QByteArray out;
    auto add = [&out](const QByteArray& line) {
        out += fold(line) + "\r\n";
    };
    auto text = [&add](const char* name, const QString& value) {
        if (!value.isEmpty())
            add(QByteArray(name) + ':' + escapeText(value).toUtf8());
    };
    add("BEGIN:VCALENDAR");
    add("VERSION:2.0");
    add("PRODID:-//Rapport//Rapport CRM//EN");
    add("CALSCALE:GREGORIAN");
    for (const CalendarItem& item : items) {
        const bool task = item.kind == CalendarItem::Task;
        add(task ? "BEGIN:VTODO" : "BEGIN:VEVENT");
        add("UID:" + QByteArray(task ? "task-" : "appointment-") + QByteArray::number(item.id) + "@rapport");
        add("DTSTAMP:" + utc(stamp));
        text("SUMMARY", item.title);
        text("DESCRIPTION", item.description);
        text("LOCATION", item.location);
        if (task) {
            if (item.start.isValid())
                add("DUE:" + utc(item.start));
            add(item.done ? "STATUS:COMPLETED" : "STATUS:NEEDS-ACTION");
        } else {
            add("DTSTART:" + utc(item.start));
            add("DTEND:" + utc(item.end.isValid() ? item.end : item.start.addSecs(3600)));
        }
        add(task ? "END:VTODO" : "END:VEVENT");
    }
    add("END:VCALENDAR");
    return out;
}

} // namespace rapport
