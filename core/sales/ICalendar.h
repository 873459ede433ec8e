#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport {

// One task (VTODO, due at `start`) or appointment (VEVENT from start to end) for an iCalendar file.
struct CalendarItem {
    enum Kind { Task, Appointment };
    Kind kind = Appointment;
    qint64 id = 0;
    QString title;
    QString description;
    QString location;
    QDateTime start; // UTC
    QDateTime end;   // UTC; invalid: one hour after start
    bool done = false;
};

// RFC 5545 written by hand: CRLF line ends, TEXT values escaped (backslash, semicolon, comma, newline), lines
// folded at 75 octets without splitting a UTF-8 sequence, times in UTC, a stable UID per record.
class ICalendar final {
public:
    static QByteArray write(const QList<CalendarItem>& items, const QDateTime& stamp);
    static QString escapeText(const QString& text);
    // Folds one content line (without its CRLF) into CRLF-separated physical lines of at most 75 octets.
    static QByteArray fold(const QByteArray& line);
};

} // namespace rapport
