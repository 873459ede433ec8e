#include "analytics/ReportTable.h"

#include "io/CsvWriter.h"
#include "sales/Money.h"

#include <QBuffer>
#include <QJsonObject>

namespace rapport::analytics {
namespace {

// 1234.50 for 123450 minor units: no grouping, a dot, two decimals.
QString plainMoney(qint64 minor) {
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString plainCell(const ReportColumn& column, const QVariant& value) {
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ReportColumn::Kind::Money:
        return plainMoney(value.toLongLong());
    case ReportColumn::Kind::Rate:
    case ReportColumn::Kind::Number:
        return QString::number(value.toDouble(), 'f', 4);
    case ReportColumn::Kind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Text:
    case ReportColumn::Kind::Date:
        break;
    }
    return value.toString();
}

} // namespace

QString ReportTable::displayText(int row, int column, const QLocale& locale) const {
    const QVariant value = rows.value(row).value(column);
    const ReportColumn& c = columns.at(column);
    if (value.isNull())
        return {};
    switch (c.kind) {
    case ReportColumn::Kind::Money:
        return money::formatLocalized(value.toLongLong(), locale);
    case ReportColumn::Kind::Rate:
        return locale.toString(value.toDouble() * 100.0, 'f', 1) + locale.percent();
    case ReportColumn::Kind::Number:
        return locale.toString(value.toDouble(), 'f', 1);
    case ReportColumn::Kind::Integer:
        return locale.toString(value.toLongLong());
    case ReportColumn::Kind::Date:
        return locale.toString(value.toDate().isValid() ? value.toDate()
                                                        : QDate::fromString(value.toString(), Qt::ISODate),
                               QLocale::ShortFormat);
    case ReportColumn::Kind::Text:
        break;
    }
    return value.toString();
}

QByteArray ReportTable::toCsv() const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.setLineEnding(CsvWriter::LineEnding::Lf);
        QStringList header;
        for (const ReportColumn& column : columns)
            header << column.key;
        writer.writeRecord(header);
        for (const QVariantList& row : rows) {
            QStringList fields;
            for (int c = 0; c < columns.size(); ++c)
                fields << plainCell(columns.at(c), row.value(c));
            writer.writeRecord(fields);
        }
        writer.finish();
    }
    return bytes;
}

QJsonArray ReportTable::toJson() const {
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonObject object;
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant value = row.value(c);
            const ReportColumn& column = columns.at(c);
            if (value.isNull())
                object.insert(column.key, QJsonValue::Null);
            else if (column.kind == ReportColumn::Kind::Money || column.kind == ReportColumn::Kind::Integer)
                object.insert(column.key, value.toLongLong());
            else if (column.kind == ReportColumn::Kind::Rate || column.kind == ReportColumn::Kind::Number)
                object.insert(column.key, value.toDouble());
            else
                object.insert(column.key, value.toString());
        }
        array.append(object);
    }
    return array;
}

QString ReportTable::toText(const QLocale& locale) const {
    QList<int> widths;
    for (const ReportColumn& column : columns)
        widths << int(column.title.size());
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns.size(); ++c)
            widths[c] = std::max(widths[c], int(displayText(r, c, locale).size()));
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            const bool right = columns.at(c).kind != ReportColumn::Kind::Text;
            text += (right ? cells.at(c).rightJustified(widths[c]) : cells.at(c).leftJustified(widths[c]));
            text += c + 1 < cells.size() ? QStringLiteral("  ") : QStringLiteral("\n");
        }
        return text;
    };
    QStringList header;
    for (const ReportColumn& column : columns)
        header << column.title;
    QString text = line(header);
    for (int r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c)
            cells << displayText(r, c, locale);
        text += line(cells);
    }
    return text;
}

} // namespace rapport::analytics
