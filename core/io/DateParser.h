#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace rapport {

// Reads the dates people put in spreadsheets: ISO (2024-03-01, optionally with a time and a zone),
// d.m.y, d/m/y, m/d/y and d-m-y with 2- or 4-digit years, and writes the stored forms ("yyyy-MM-dd",
// "yyyy-MM-ddTHH:mm:ssZ").
//
// Whether 03/04/2024 is the 3rd of April or the 4th of March depends on the file, not the value: call
// detectOrder() on a column's values, and when it says Ambiguous let the user choose.
class DateParser final {
public:
    enum class Order {
        DayMonthYear,
        MonthDayYear,
        YearMonthDay, // every sample is ISO-like (year first): no question to ask
        Ambiguous,    // every sample reads both ways (day and month both <= 12)
        Unknown,      // no date among the samples, or samples contradicting each other
    };

    // Parses one date. Year-first forms are always year-month-day. For the other forms `order` says
    // which number is the day; with Ambiguous or Unknown only values that read the same both ways (or
    // only one way) are accepted. Returns an invalid QDate when the text is not a date.
    static QDate parseDate(const QString& text, Order order = Order::DayMonthYear);

    // Parses a date with an optional time ("2024-03-01 14:30", "01.03.2024 14:30:15", "3/1/2024 2:30 PM",
    // "2024-03-01T14:30:00+01:00"). Times without a zone are in `zone`. Returns UTC, or invalid.
    static QDateTime parseDateTime(const QString& text, Order order = Order::DayMonthYear,
                                   const QTimeZone& zone = QTimeZone::systemTimeZone());

    // Decides DMY vs MDY from a column's values (empty ones are ignored).
    static Order detectOrder(const QStringList& samples);

    // 2-digit years: up to 10 years ahead of `referenceYear` count as this century, the rest as the last
    // (with 2025: 35 -> 2035, 36 -> 1936, 85 -> 1985).
    static int expandYear(int year, int referenceYear = QDate::currentDate().year());

    static QString toStoredDate(const QDate& date) { return date.toString(QStringLiteral("yyyy-MM-dd")); }
    static QString toStoredDateTime(const QDateTime& dateTime) {
        return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    }
};

} // namespace rapport
