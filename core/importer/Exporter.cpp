#include "importer/Exporter.h"

#include "importer/ImportSchema.h"
#include "io/CsvWriter.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QSaveFile>

namespace rapport {
namespace {

// The SQL expression exporting one field: references become names.
QString columnExpression(ImportEntity entity, const FieldDescriptor& field) {
    if (field.type != FieldType::Reference)
        return QStringLiteral("t.") + field.name;
    if (field.reference == u"user")
        return QStringLiteral("(SELECT name FROM users WHERE id = t.%1)").arg(field.name);
    if (field.reference == u"customer")
        return QStringLiteral("(SELECT name FROM customers WHERE id = t.%1)").arg(field.name);
    Q_UNUSED(entity);
    // Contacts by their first e-mail address, else by name.
    return QStringLiteral(
               "(SELECT coalesce(nullif(rtrim(substr(emails || ';', 1, instr(emails || ';', ';') - 1)), "
               "''), trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) FROM contacts "
               "WHERE id = t.%1)")
        .arg(field.name);
}

bool needsNeutralising(std::string_view cell) {
    return !cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                             cell[0] == '\t' || cell[0] == '\r');
}

} // namespace

void Exporter::report(qint64 rows, qint64 total, qint64 elapsedMs) {
    if (!m_progress)
        return;
    ImportProgress progress;
    progress.rows = rows;
    progress.bytes = rows;
    progress.totalBytes = total;
    const double seconds = std::max(0.001, elapsedMs / 1000.0);
    progress.rowsPerSecond = rows / seconds;
    if (rows > 0)
        progress.secondsLeft = seconds * double(total - rows) / double(rows);
    m_progress(progress);
}

ExportResult Exporter::run(const QString& path) {
    ExportResult result;
    if (m_options.format == ImportFormat::VCard && m_options.entity != ImportEntity::Contact) {
        result.status = Status::failure(tr("Only contacts can be exported as vCard."));
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    const ImportSchema schema(m_options.entity);
    qint64 total = 0;
    {
        Statement count(
            m_db.handle(),
            QStringLiteral("SELECT count(*) FROM %1").arg(schema.descriptor().table).toStdString());
        if (count.next())
            total = count.int64(0);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.status = Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return result;
    }
    result = m_options.format == ImportFormat::VCard ? writeVCards(file, total) : writeCsv(file, total);
    if (result.status && !result.cancelled) {
        if (!file.commit())
            result.status = Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    } else {
        file.cancelWriting();
    }
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

ExportResult Exporter::writeCsv(QIODevice& file, qint64 total) {
    ExportResult result;
    QElapsedTimer timer;
    timer.start();
    const ImportSchema schema(m_options.entity);
    CsvWriter writer(&file);
    writer.setDelimiter(m_options.delimiter);
    writer.setWriteBom(m_options.bom);
    QStringList header;
    QStringList expressions;
    for (const ImportField& field : schema.fields()) {
        if (!field.descriptor)
            continue;
        header << schema.header(field);
        expressions << columnExpression(m_options.entity, *field.descriptor);
    }
    writer.writeRecord(header);
    Statement select(m_db.handle(), QStringLiteral("SELECT %1 FROM %2 t ORDER BY t.id")
                                        .arg(expressions.join(QLatin1Char(',')), schema.descriptor().table)
                                        .toStdString());
    std::vector<std::string_view> cells(static_cast<size_t>(expressions.size()));
    std::vector<std::string> quoted(cells.size());
    while (select.next()) {
        for (size_t c = 0; c < cells.size(); ++c) {
            cells[c] = select.utf8(static_cast<int>(c));
            if (m_options.neutraliseFormulas && needsNeutralising(cells[c])) {
                quoted[c] = "'";
                quoted[c] += cells[c];
                cells[c] = quoted[c];
            }
        }
        writer.writeRecordUtf8(cells);
        if ((++result.rows & 4095) == 0) {
            if (m_cancel && m_cancel->load()) {
                result.cancelled = true;
                return result;
            }
            report(result.rows, total, timer.elapsed());
        }
    }
    if (!select.status())
        result.status = select.status();
    else if (!writer.finish())
        result.status = Status::failure(writer.errorString());
    report(result.rows, total, timer.elapsed());
    return result;
}

ExportResult Exporter::writeVCards(QIODevice& file, qint64 total) {
    ExportResult result;
    QElapsedTimer timer;
    timer.start();
    VCardWriter writer(&file, m_options.vcardVersion);
    Statement select(
        m_db.handle(),
        "SELECT t.first_name, t.last_name, (SELECT name FROM customers WHERE id = t.customer_id), "
        "t.title, t.emails, t.phones, t.birthday, t.notes, t.id FROM contacts t ORDER BY t.id");
    while (select.next()) {
        VCard card;
        card.givenName = select.text(0);
        card.familyName = select.text(1);
        card.formattedName = QStringList{card.givenName, card.familyName}.join(QLatin1Char(' ')).trimmed();
        card.organisation = select.text(2);
        card.title = select.text(3);
        for (const QString& e : select.text(4).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            card.emails.append({e.trimmed(), {QStringLiteral("work")}, false, {}});
        for (const QString& p : select.text(5).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            card.phones.append({p.trimmed(), {QStringLiteral("work")}, false, {}});
        card.birthday = QDate::fromString(select.text(6), Qt::ISODate);
        card.note = select.text(7);
        card.uid = QStringLiteral("rapport-contact-%1").arg(select.int64(8));
        if (!writer.write(card)) {
            result.status = Status::failure(writer.errorString());
            return result;
        }
        if ((++result.rows & 1023) == 0) {
            if (m_cancel && m_cancel->load()) {
                result.cancelled = true;
                return result;
            }
            report(result.rows, total, timer.elapsed());
        }
    }
    result.status = select.status();
    report(result.rows, total, timer.elapsed());
    return result;
}

} // namespace rapport
