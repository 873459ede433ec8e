#include "io/DateParser.h"

#include <catch2/catch.hpp>

using namespace rapport;
using Order = DateParser::Order;

TEST_CASE("dates: ISO with and without time", "[dates]") {
    CHECK(DateParser::parseDate(QStringLiteral("2024-03-01")) == QDate(2024, 3, 1));
    CHECK(DateParser::parseDate(QStringLiteral("2024-3-1"), Order::MonthDayYear) == QDate(2024, 3, 1));
    CHECK(DateParser::parseDate(QStringLiteral("2024/03/01")) == QDate(2024, 3, 1));
    CHECK(DateParser::parseDate(QStringLiteral("2024-03-01T14:30:00Z")) == QDate(2024, 3, 1));
    CHECK(!DateParser::parseDate(QStringLiteral("2024-02-30")).isValid());
    CHECK(!DateParser::parseDate(QStringLiteral("next tuesday")).isValid());
    CHECK(!DateParser::parseDate(QString()).isValid());

    const QTimeZone utc = QTimeZone::utc();
    CHECK(DateParser::toStoredDateTime(DateParser::parseDateTime(QStringLiteral("2024-03-01T14:30:00Z"))) ==
          QStringLiteral("2024-03-01T14:30:00Z"));
    CHECK(DateParser::toStoredDateTime(DateParser::parseDateTime(QStringLiteral("2024-03-01 14:30+01:00"))) ==
          QStringLiteral("2024-03-01T13:30:00Z"));
    CHECK(DateParser::toStoredDateTime(
              DateParser::parseDateTime(QStringLiteral("2024-03-01 14:30"), Order::DayMonthYear, utc)) ==
          QStringLiteral("2024-03-01T14:30:00Z"));
    CHECK(DateParser::toStoredDateTime(
              DateParser::parseDateTime(QStringLiteral("2024-03-01"), Order::DayMonthYear, utc)) ==
          QStringLiteral("2024-03-01T00:00:00Z"));
    CHECK(!DateParser::parseDateTime(QStringLiteral("2024-03-01 25:00"), Order::DayMonthYear, utc).isValid());
}

TEST_CASE("dates: d.m.y, d/m/y, m/d/y, d-m-y with 2- and 4-digit years", "[dates]") {
    CHECK(DateParser::parseDate(QStringLiteral("01.03.2024")) == QDate(2024, 3, 1));
    CHECK(DateParser::parseDate(QStringLiteral("1.3.2024")) == QDate(2024, 3, 1));
    CHECK(DateParser::parseDate(QStringLiteral("31/12/1999")) == QDate(1999, 12, 31));
    CHECK(DateParser::parseDate(QStringLiteral("12/31/1999"), Order::MonthDayYear) == QDate(1999, 12, 31));
    CHECK(DateParser::parseDate(QStringLiteral("15-08-85")) == QDate(1985, 8, 15));
    CHECK(DateParser::parseDate(QStringLiteral("15.08.07")) == QDate(2007, 8, 15));
    CHECK(DateParser::parseDate(QStringLiteral("03/04/2024"), Order::DayMonthYear) == QDate(2024, 4, 3));
    CHECK(DateParser::parseDate(QStringLiteral("03/04/2024"), Order::MonthDayYear) == QDate(2024, 3, 4));
    CHECK(!DateParser::parseDate(QStringLiteral("03/04/2024"), Order::Ambiguous).isValid());
    CHECK(DateParser::parseDate(QStringLiteral("25/04/2024"), Order::Ambiguous) == QDate(2024, 4, 25));
    CHECK(DateParser::parseDate(QStringLiteral("05/05/2024"), Order::Unknown) == QDate(2024, 5, 5));
    CHECK(!DateParser::parseDate(QStringLiteral("13/13/2024"), Order::DayMonthYear).isValid());
    CHECK(!DateParser::parseDate(QStringLiteral("01.03-2024")).isValid()); // mixed separators

    const QTimeZone utc = QTimeZone::utc();
    CHECK(DateParser::parseDateTime(QStringLiteral("3/1/2024 2:30 PM"), Order::MonthDayYear, utc) ==
          QDateTime(QDate(2024, 3, 1), QTime(14, 30), Qt::UTC));
    CHECK(DateParser::parseDateTime(QStringLiteral("01.03.2024 12:05 am"), Order::DayMonthYear, utc) ==
          QDateTime(QDate(2024, 3, 1), QTime(0, 5), Qt::UTC));
    CHECK(DateParser::parseDateTime(QStringLiteral("01.03.2024 14:30:15"), Order::DayMonthYear, utc) ==
          QDateTime(QDate(2024, 3, 1), QTime(14, 30, 15), Qt::UTC));
}

TEST_CASE("dates: two-digit years pivot around the reference year", "[dates]") {
    CHECK(DateParser::expandYear(35, 2025) == 2035);
    CHECK(DateParser::expandYear(36, 2025) == 1936);
    CHECK(DateParser::expandYear(85, 2025) == 1985);
    CHECK(DateParser::expandYear(0, 2025) == 2000);
    CHECK(DateParser::expandYear(1984, 2025) == 1984);
}

TEST_CASE("dates: the day/month order of a column is detected or declared ambiguous", "[dates]") {
    CHECK(DateParser::detectOrder({QStringLiteral("03/04/2024"), QStringLiteral("25/12/2023"), QString()}) ==
          Order::DayMonthYear);
    CHECK(DateParser::detectOrder({QStringLiteral("03/04/2024"), QStringLiteral("12/25/2023")}) ==
          Order::MonthDayYear);
    CHECK(DateParser::detectOrder({QStringLiteral("03/04/2024"), QStringLiteral("05/06/2023"),
                                   QStringLiteral("11.12.2020")}) == Order::Ambiguous);
    CHECK(DateParser::detectOrder({QStringLiteral("2024-03-04"), QStringLiteral("2023-12-25")}) ==
          Order::YearMonthDay);
    CHECK(DateParser::detectOrder({QStringLiteral("25/12/2023"), QStringLiteral("12/25/2023")}) ==
          Order::Unknown);
    CHECK(DateParser::detectOrder({QStringLiteral("n/a"), QString()}) == Order::Unknown);
    CHECK(DateParser::detectOrder({}) == Order::Unknown);
    CHECK(DateParser::toStoredDate(QDate(2024, 3, 1)) == QStringLiteral("2024-03-01"));
}
