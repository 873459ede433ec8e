#pragma once

#include <QJsonArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariantList>

namespace rapport::analytics {

// The numbers behind a chart as a plain table: what the CLI prints (text, CSV, JSON), what the dashboard
// shows under "Table" and saves as CSV. Money cells are integer minor units; rates are fractions (0.25).
struct ReportColumn {
    enum class Kind { Text, Integer, Money, Rate, Number, Date };
    QString key;   // stable, for JSON and scripts
    QString title; // translated, for people
    Kind kind = Kind::Text;
};

struct ReportTable {
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    // A cell for people: money and numbers in the locale, rates as percentages.
    QString displayText(int row, int column, const QLocale& locale) const;
    // RFC 4180 CSV with a header line of column keys; money in plain minor units / 100 with a dot
    // (1234.50), rates as fractions, so that spreadsheets and scripts read the same numbers in any locale.
    QByteArray toCsv() const;
    // An array of objects keyed by column key; money as integer minor units.
    QJsonArray toJson() const;
    // Columns aligned for a terminal.
    QString toText(const QLocale& locale) const;
};

} // namespace rapport::analytics
