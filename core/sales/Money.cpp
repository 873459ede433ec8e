#include "sales/Money.h"

#include <QStringList>

namespace rapport::money {
namespace {

__extension__ typedef __int128 Wide;

qint64 divideWide(Wide numerator, Wide denominator) {
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    const Wide quotient = (magnitude * 2 + denominator) / (denominator * 2);
    return static_cast<qint64>(negative ? -quotient : quotient);
}

// Parses "[-]digits[.digits]" with at most `decimals` fraction digits into an integer scaled by 10^decimals.
// Commas and spaces as thousands separators are ignored; a comma is a decimal point when there is no dot and
// it is followed by one to `decimals` digits at the end.
bool parseScaled(QString text, int decimals, qint64* scaled) {
    text = text.trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    if (!text.contains(QLatin1Char('.'))) {
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        if (comma >= 0 && text.size() - comma - 1 <= decimals && text.size() - comma - 1 > 0 &&
            text.count(QLatin1Char(',')) == 1)
            text[comma] = QLatin1Char('.');
    }
    text.remove(QLatin1Char(','));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    const QStringList parts = text.split(QLatin1Char('.'));
    if (text.isEmpty() || parts.size() > 2 || (parts.size() == 2 && parts[1].size() > decimals))
        return false;
    for (const QString& part : parts)
        for (const QChar c : part)
            if (!c.isDigit() || c.unicode() > '9')
                return false;
    if (parts[0].size() > 15)
        return false;
    qint64 value = parts[0].isEmpty() ? 0 : parts[0].toLongLong();
    QString fraction = parts.size() == 2 ? parts[1] : QString();
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (fraction[i].unicode() - '0');
    *scaled = negative ? -value : value;
    return true;
}

QString formatScaled(qint64 value, int decimals, bool trimZeros) {
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString whole = QString::number(magnitude / scale);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    QString fraction = QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
    if (trimZeros) {
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
    }
    QString text = negative ? QStringLiteral("-") + whole : whole;
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return text;
}

} // namespace

qint64 divideRounded(qint64 numerator, qint64 denominator) {
    return divideWide(numerator, denominator);
}

qint64 lineNet(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp) {
    const Wide gross = Wide(quantityMilli) * Wide(unitPriceMinor) * Wide(10000 - discountBp);
    return divideWide(gross, Wide(1000) * 10000);
}

qint64 lineNet(qint64 quantityMilli, qint64 unitPriceMinor, int discountBp, int promotionBp,
               qint64 promotionUnitMinor) {
    // In units of 1 / (1000 × 10000 × 10000) of a minor unit, so both discounts stay exact until the one
    // rounding at the end.
    Wide gross =
        Wide(quantityMilli) * Wide(unitPriceMinor) * Wide(10000 - discountBp) * Wide(10000 - promotionBp);
    gross -= Wide(quantityMilli) * Wide(promotionUnitMinor) * Wide(10000) * Wide(10000);
    if (gross < 0 && quantityMilli >= 0)
        gross = 0;
    return divideWide(gross, Wide(1000) * 10000 * 10000);
}

qint64 tax(qint64 netMinor, int rateBp) {
    return divideWide(Wide(netMinor) * rateBp, 10000);
}

qint64 percentOf(qint64 amountMinor, int bp) {
    return divideWide(Wide(amountMinor) * bp, 10000);
}

QString formatPlain(qint64 minor) {
    return formatScaled(minor, 2, false);
}

QString format(qint64 minor, const QString& currency) {
    return formatPlain(minor) + QLatin1Char(' ') + currency;
}

bool parse(const QString& text, qint64* minor) {
    return parseScaled(text, 2, minor);
}

QString formatLocalized(qint64 minor, const QLocale& locale, bool grouped) {
    QLocale numbers = locale;
    numbers.setNumberOptions(grouped ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    QString cents = numbers.toString(qulonglong(magnitude % 100));
    if (magnitude % 100 < 10)
        cents.prepend(numbers.zeroDigit());
    const QString text = numbers.toString(qulonglong(magnitude / 100)) + numbers.decimalPoint() + cents;
    return negative ? numbers.negativeSign() + text : text;
}

bool parseLocalized(const QString& text, const QLocale& locale, qint64* minor) {
    // Signs and separators can be several characters (Persian writes a direction mark before its minus).
    QString cleaned = text;
    cleaned.replace(locale.negativeSign(), QStringLiteral("-"));
    cleaned.remove(
        locale.groupSeparator()); // before the decimal point turns into '.' (German groups with '.')
    cleaned.replace(locale.decimalPoint(), QStringLiteral("."));
    QString plain;
    for (const QChar c : std::as_const(cleaned)) {
        const int digit = c.digitValue(); // any script's digits
        if (digit >= 0)
            plain += QChar(u'0' + digit);
        else if (c.category() != QChar::Other_Format) // left-to-right, right-to-left and Arabic letter marks
            plain += c;
    }
    return parse(plain, minor);
}

bool parseQuantity(const QString& text, qint64* milli) {
    return parseScaled(text, 3, milli);
}

QString formatQuantity(qint64 milli) {
    return formatScaled(milli, 3, true);
}

bool parseRate(const QString& text, int* bp) {
    QString cleaned = text.trimmed();
    if (cleaned.endsWith(QLatin1Char('%')))
        cleaned.chop(1);
    qint64 value = 0;
    if (!parseScaled(cleaned, 2, &value) || value < 0 || value > 10000)
        return false;
    *bp = int(value);
    return true;
}

QString formatRateLocalized(int bp, const QLocale& locale) {
    QString text = formatLocalized(bp, locale, true);
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text + QStringLiteral(" %");
}

bool parseRateLocalized(const QString& text, const QLocale& locale, int* bp) {
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char('%'));
    cleaned.remove(locale.percent());
    qint64 value = 0;
    if (!parseLocalized(cleaned.trimmed(), locale, &value) || value < 0 || value > 10000)
        return false;
    *bp = int(value);
    return true;
}

QString formatRate(int bp) {
    return formatScaled(bp, 2, true) + QStringLiteral(" %");
}

} // namespace rapport::money
