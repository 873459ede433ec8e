#include "importer/ImportPresets.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {

Status ImportPresets::save(const QString& name, const ImportOptions& options) {
    if (name.trimmed().isEmpty())
        return Status::failure(tr("A preset needs a name."));
    QJsonObject mapping;
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    const QJsonObject extra{
        {QStringLiteral("delimiter"),
         options.delimiter ? QString(QLatin1Char(options.delimiter)) : QString()},
        {QStringLiteral("encoding"), QString::fromLatin1(options.encoding)},
        {QStringLiteral("region"), options.region},
        {QStringLiteral("date_order"), static_cast<int>(options.dateOrder)},
        {QStringLiteral("on_duplicate"), static_cast<int>(options.onDuplicate)},
    };
    Statement s(m_db.handle(),
                "INSERT INTO import_presets (name, entity, mapping, options) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET entity = excluded.entity, mapping = "
                "excluded.mapping, options = excluded.options, updated_at = "
                "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    s.bind(1, name.trimmed()).bind(2, importEntityName(options.entity));
    s.bind(3, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    s.bind(4, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
    return s.exec();
}

Status ImportPresets::load(const QString& name, ImportOptions& options) const {
    Statement s(m_db.handle(), "SELECT entity, mapping, options FROM import_presets WHERE name = ?");
    s.bind(1, name.trimmed());
    if (!s.next())
        return s.status().ok() ? Status::failure(tr("There is no import preset called “%1”.").arg(name))
                               : s.status();
    const QJsonObject mapping = QJsonDocument::fromJson(s.text(1).toUtf8()).object();
    options.mapping.clear();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        options.mapping.insert(it.key(), it.value().toString());
    const QJsonObject extra = QJsonDocument::fromJson(s.text(2).toUtf8()).object();
    const QString delimiter = extra.value(QStringLiteral("delimiter")).toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0).toLatin1();
    const QString encoding = extra.value(QStringLiteral("encoding")).toString();
    if (!encoding.isEmpty())
        options.encoding = encoding.toLatin1();
    if (extra.contains(QStringLiteral("region")))
        options.region = extra.value(QStringLiteral("region")).toString();
    options.dateOrder = static_cast<DateParser::Order>(
        extra.value(QStringLiteral("date_order")).toInt(static_cast<int>(DateParser::Order::Unknown)));
    options.onDuplicate = static_cast<DuplicatePolicy>(extra.value(QStringLiteral("on_duplicate")).toInt(0));
    return Status::success();
}

QStringList ImportPresets::names(ImportEntity entity) const {
    QStringList out;
    Statement s(m_db.handle(), "SELECT name FROM import_presets WHERE entity = ? ORDER BY name");
    s.bind(1, importEntityName(entity));
    while (s.next())
        out << s.text(0);
    return out;
}

Status ImportPresets::remove(const QString& name) {
    Statement s(m_db.handle(), "DELETE FROM import_presets WHERE name = ?");
    s.bind(1, name);
    return s.exec();
}

} // namespace rapport
