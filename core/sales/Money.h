#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace rapport::money {

// Money is integer minor units (cents) with a currency code; rates are basis points (1900 = 19 %); quantities
// are thousandths (2500 = 2.5). Every division rounds half away from zero, the rule of commercial invoices;
// nothing here touches floating point.

// numerator / denominator, rounded half away from zero (denominator > 0).
qint64 divideRounded(qint64 numerator, qint64 denominator);
// A line's net amount: quantity × unit price − discount, rounded once to the minor unit.
qint64 lineNet(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp);
// The same with a promotion on top: promotionBp off what the line's own discount leaves, or
// promotionUnitMinor off each unit (never below zero). Still rounded once, so a promoted line is as exact as
// a plain one.
qint64 lineNet(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp, int promotionBp,
               qint64 promotionUnitMinor);
// Tax on a net amount at a rate in basis points, rounded to the minor unit.
qint64 tax(qint64 netMinor, int rateBp);
// amount × percent (basis points), rounded: the weighted amount of an opportunity, a discount.
qint64 percentOf(qint64 amountMinor, int bp);

// "1,234.56" with the given grouping (no currency), and "1,234.56 EUR".
QString formatPlain(qint64 minor);
QString format(qint64 minor, const QString& currency);
// "12.5" -> 1250 (cents), "1,234.56" -> 123456; false when it is not an amount with at most two decimals.
bool parse(const QString& text, qint64* minor);
// The amount as the locale writes numbers ("1.234,56" in German, Persian digits in Persian); without grouping
// for editing.
QString formatLocalized(qint64 minor, const QLocale& locale, bool grouped = true);
// Reads what formatLocalized wrote (or what a user types in that locale).
bool parseLocalized(const QString& text, const QLocale& locale, qint64* minor);
// "2.5" -> 2500 thousandths; "1" -> 1000.
bool parseQuantity(const QString& text, qint64* milli);
QString formatQuantity(qint64 milli);
// "19" or "19.5" % -> 1900 / 1950 basis points.
bool parseRate(const QString& text, int* bp);
QString formatRate(int bp);
// The rate as the locale writes numbers, trailing zeros dropped: "19 %", "7,5 %" in German, "7.25 %".
QString formatRateLocalized(int bp, const QLocale& locale);
// Reads "19", "19 %", "7,5" (German) into basis points; false when it is not a rate from 0 to 100.
bool parseRateLocalized(const QString& text, const QLocale& locale, int* bp);

} // namespace rapport::money
