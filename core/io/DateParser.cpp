#include "io/DateParser.h"

#include <QRegularExpression>

namespace rapport {

namespace {

struct Parts {
    bool yearFirst = false;
    int a = 0, b = 0, year = 0; // year-first: a = month, b = day; otherwise a and b in file order
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
    QString zone; // "Z", "+01:00", "-0500" or empty
    bool valid = false;
};

const QRegularExpression& yearFirstPattern() {
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$)"));
    return re;
}

const QRegularExpression& numericPattern() {
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?)?$)"));
    return re;
}

Parts split(const QString& input) {
    Parts parts;
    const QString text = input.trimmed();
    if (const auto m = yearFirstPattern().match(text); m.hasMatch()) {
        parts.yearFirst = true;
        parts.year = m.captured(1).toInt();
        parts.a = m.captured(2).toInt();
        parts.b = m.captured(3).toInt();
        parts.hasTime = m.hasCaptured(4);
        parts.hour = m.captured(4).toInt();
        parts.minute = m.captured(5).toInt();
        parts.second = m.captured(6).toInt();
        parts.zone = m.captured(7);
        parts.valid = true;
    } else if (const auto n = numericPattern().match(text); n.hasMatch()) {
        parts.a = n.captured(1).toInt();
        parts.b = n.captured(3).toInt();
        const QString year = n.captured(4);
        parts.year = year.size() == 2 ? DateParser::expandYear(year.toInt()) : year.toInt();
        parts.hasTime = n.hasCaptured(5);
        parts.hour = n.captured(5).toInt();
        parts.minute = n.captured(6).toInt();
        parts.second = n.captured(7).toInt();
        const QString meridiem = n.captured(8).toLower();
        if (!meridiem.isEmpty()) {
            if (parts.hour < 1 || parts.hour > 12)
                return parts;
            parts.hour = parts.hour % 12 + (meridiem == QLatin1String("pm") ? 12 : 0);
        }
        parts.zone = n.captured(9);
        parts.valid = true;
    }
    return parts;
}

QDate dateOf(const Parts& p, DateParser::Order order) {
    if (!p.valid)
        return {};
    if (p.yearFirst)
        return QDate(p.year, p.a, p.b);
    const QDate dmy(p.year, p.b, p.a);
    const QDate mdy(p.year, p.a, p.b);
    switch (order) {
    case DateParser::Order::DayMonthYear:
        return dmy;
    case DateParser::Order::MonthDayYear:
        return mdy;
    default:
        if (dmy.isValid() && mdy.isValid())
            return dmy == mdy ? dmy : QDate();
        return dmy.isValid() ? dmy : mdy;
    }
}

} // namespace

int DateParser::expandYear(int year, int referenceYear) {
    if (year >= 100)
        return year;
    const int century = referenceYear / 100 * 100;
    const int candidate = century + year;
    return candidate > referenceYear + 10 ? candidate - 100 : candidate;
}

QDate DateParser::parseDate(const QString& text, Order order) {
    return dateOf(split(text), order);
}

QDateTime DateParser::parseDateTime(const QString& text, Order order, const QTimeZone& zone) {
    const Parts parts = split(text);
    const QDate date = dateOf(parts, order);
    if (!date.isValid())
        return {};
    const QTime time(parts.hour, parts.minute, parts.second);
    if (!time.isValid())
        return {};
    QDateTime result;
    if (parts.zone.isEmpty()) {
        result = QDateTime(date, time, zone);
    } else if (parts.zone == QLatin1String("Z")) {
        result = QDateTime(date, time, Qt::UTC);
    } else {
        QString digits = parts.zone;
        digits.remove(QLatin1Char(':'));
        const int sign = digits.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int offset = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
        result = QDateTime(date, time, Qt::OffsetFromUTC, offset);
    }
    return result.isValid() ? result.toUTC() : QDateTime();
}

DateParser::Order DateParser::detectOrder(const QStringList& samples) {
    bool dayFirst = false, monthFirst = false, yearFirst = false, other = false, both = false;
    for (const QString& sample : samples) {
        if (sample.trimmed().isEmpty())
            continue;
        const Parts parts = split(sample);
        if (!parts.valid) {
            other = true;
            continue;
        }
        if (parts.yearFirst) {
            yearFirst = true;
            continue;
        }
        const bool dmy = QDate(parts.year, parts.b, parts.a).isValid();
        const bool mdy = QDate(parts.year, parts.a, parts.b).isValid();
        if (dmy && mdy)
            both = true;
        else if (dmy)
            dayFirst = true;
        else if (mdy)
            monthFirst = true;
        else
            other = true;
    }
    Q_UNUSED(other);
    if (dayFirst && monthFirst)
        return Order::Unknown;
    if (dayFirst)
        return Order::DayMonthYear;
    if (monthFirst)
        return Order::MonthDayYear;
    if (both)
        return Order::Ambiguous;
    return yearFirst ? Order::YearMonthDay : Order::Unknown;
}

} // namespace rapport
