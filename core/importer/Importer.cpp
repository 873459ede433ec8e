#include "importer/Importer.h"

#include "importer/ImportSchema.h"
#include "importer/ImportSink.h"
#include "importer/ImportSource.h"
#include "importer/ValueRules.h"
#include "io/CsvWriter.h"
#include "repository/FieldNormalizer.h"
#include "sales/LeadService.h"
#include "storage/BulkJournal.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/PragmaGuard.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <sqlite3.h>

namespace rapport {
namespace {

// New leads of this import go through the assignment rules like a lead typed in, stamped with the import's
// time so that undoing the import sees them (and the reps' tasks) as its own.
qint64 assignNewLeads(Database& db, qint64 firstId, qint64 lastId, const QString& stamp, Status* status) {
    Statement s(db.handle(), "SELECT id FROM leads WHERE id BETWEEN ?1 AND ?2 AND created_at = ?3 "
                             "AND owner_id IS NULL AND status = 'new' ORDER BY id");
    s.bind(1, firstId).bind(2, lastId).bind(3, stamp);
    QList<qint64> ids;
    while (s.next())
        ids << s.int64(0);
    if (!s.status()) {
        *status = s.status();
        return 0;
    }
    return LeadService(db).assignNew(ids, stamp, status);
}

// How each column of the file is handled.
struct ColumnPlan {
    int field = -1; // index into ImportSchema::fields(), -1: ignored
    bool toNotes = false;
    bool raw = false; // references and helpers: trimmed text, resolved by the sink
    const FieldDescriptor* descriptor = nullptr;
};

QList<ColumnPlan> planColumns(const ImportSchema& schema, const QStringList& fields) {
    QList<ColumnPlan> plan;
    for (const QString& name : fields) {
        ColumnPlan column;
        column.field = schema.indexOf(name);
        if (column.field >= 0) {
            const ImportField& f = schema.fields()[column.field];
            column.toNotes = name == ImportOptions::toNotes();
            column.descriptor = f.descriptor;
            column.raw = !f.descriptor || f.descriptor->type == FieldType::Reference;
        }
        plan.append(column);
    }
    return plan;
}

bool isDateField(const ColumnPlan& c) {
    return c.descriptor &&
           (c.descriptor->type == FieldType::Date || c.descriptor->type == FieldType::DateTime);
}

// Undoes the exporter's protection against spreadsheet formulas ("'=1+2" back to "=1+2").
std::string_view unneutralise(std::string_view cell) {
    if (cell.size() > 1 && cell[0] == '\'' &&
        (cell[1] == '=' || cell[1] == '+' || cell[1] == '-' || cell[1] == '@' || cell[1] == '\t' ||
         cell[1] == '\r'))
        cell.remove_prefix(1);
    return cell;
}

// About how many bytes one row of a contacts or customers file takes, to size the bulk load.
constexpr qint64 bytesPerRowEstimate = 140;

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A small RAII helper: a bigger page cache for the job, the previous size restored afterwards.
} // namespace

Importer::Importer(Database& db, ImportOptions options) : m_db(db), m_options(std::move(options)) {}

DateParser::Order Importer::detectDateOrder(const QString& path, const ImportSchema& schema,
                                            const QStringList& fields, char delimiter,
                                            const QByteArray& encoding, QStringList& warnings) const {
    if (m_options.dateOrder != DateParser::Order::Unknown)
        return m_options.dateOrder;
    const QList<ColumnPlan> plan = planColumns(schema, fields);
    if (std::none_of(plan.begin(), plan.end(), isDateField))
        return DateParser::Order::DayMonthYear;
    ImportOptions options = m_options;
    options.delimiter = delimiter;
    options.encoding = encoding;
    ImportSource source(path, options);
    QStringList samples;
    if (source.open()) {
        std::vector<std::string_view> cells;
        for (int row = 0; row < 2000 && source.next(cells); ++row)
            for (size_t c = 0; c < cells.size() && c < static_cast<size_t>(plan.size()); ++c)
                if (isDateField(plan[static_cast<int>(c)]) && !cells[c].empty())
                    samples << fromUtf8(cells[c]);
    }
    const DateParser::Order order = DateParser::detectOrder(samples);
    if (order == DateParser::Order::MonthDayYear)
        return order;
    if (order == DateParser::Order::Ambiguous)
        warnings << tr("The dates could be day-month-year or month-day-year; day-month-year was used.");
    return DateParser::Order::DayMonthYear;
}

ImportResult Importer::run(const QString& path) {
    ImportResult result;
    QElapsedTimer timer;
    timer.start();
    ImportSource source(path, m_options);
    if (!source.open()) {
        result.status = Status::failure(source.errorString());
        result.errorLine = source.errorLine();
        return result;
    }
    result.delimiter = source.delimiter();
    result.encoding = source.encoding();
    const ImportSchema schema(m_options.entity);
    const QStringList headers = source.headers();
    const QStringList fields = schema.resolve(headers, m_options.mapping);
    const QList<ColumnPlan> plan = planColumns(schema, fields);
    if (std::all_of(plan.begin(), plan.end(), [](const ColumnPlan& c) { return c.field < 0; })) {
        result.status = Status::failure(
            tr("No column of %1 matches a field; map the columns first.").arg(QFileInfo(path).fileName()));
        return result;
    }
    const DateParser::Order order =
        m_options.format == ImportFormat::VCard
            ? DateParser::Order::YearMonthDay
            : detectDateOrder(path, schema, fields, result.delimiter, result.encoding, result.warnings);
    std::vector<std::string> headerUtf8;
    for (const QString& h : headers)
        headerUtf8.push_back(h.toStdString());

    // New rows go in id order and the secondary indexes are built by sorting: a modest cache is enough.
    const PragmaGuard cache(m_db.handle(), "cache_size", -32768);
    // Every reference the import writes is an id it has just found in the database or created itself in this
    // transaction (ImportSink::bindRow: the owner, the organisation, the customer, the contact), never a
    // value from the file, so the rows go in without SQLite looking up each parent again. Only possible
    // outside a transaction, as here; the tests check the result with PRAGMA foreign_key_check.
    const PragmaGuard keys(m_db.handle(), "foreign_keys", 0);
    // A large file's pages are written once, into the file, when no other connection has it open.
    const BulkJournal journal(m_db.handle());
    Transaction transaction(m_db.handle());
    if (!transaction.status()) {
        result.status = transaction.status();
        return result;
    }
    const qint64 runId = m_db.ids().next();
    const QString stamp = FieldNormalizer::nowUtc();
    {
        // The history row comes first: the saved previous values of updated records refer to it.
        Statement run(m_db.handle(),
                      "INSERT INTO import_runs (id, entity, file_name, stamp) VALUES (?, ?, ?, ?)");
        run.bind(1, runId).bind(2, importEntityName(m_options.entity)).bind(3, QFileInfo(path).fileName());
        if (const Status inserted = run.bind(4, stamp).exec(); !inserted) {
            result.status = inserted;
            return result;
        }
    }
    // Search rows, secondary indexes of a table that grows many times over: built once at the end.
    const qint64 expectedRows = std::max<qint64>(1, source.totalBytes() / bytesPerRowEstimate);
    BulkLoad bulk(m_db, {schema.descriptor().table}, expectedRows);
    if (!bulk.status()) {
        result.status = bulk.status();
        return result;
    }
    auto sinkOwner = std::make_unique<ImportSink>(m_db, schema, m_options.onDuplicate, stamp, runId);
    ImportSink& sink = *sinkOwner;
    if (const Status prepared = sink.prepare(); !prepared) {
        result.status = prepared;
        return result;
    }
    sink.expectRows(expectedRows);
    sink.sendSearchDocumentsTo(bulk);

    const ValueRules rules(m_options.region);
    ImportRow row;
    row.values.resize(static_cast<size_t>(schema.fields().size()));
    std::vector<std::string_view> cells;
    std::string value;
    QFile rejectsFile(m_options.rejectsPath);
    std::unique_ptr<CsvWriter> rejects;
    qint64 rows = 0;
    qint64 lastReport = 0;
    auto report = [&](bool force) {
        if (!m_progress || (!force && timer.elapsed() - lastReport < 100))
            return;
        lastReport = timer.elapsed();
        ImportProgress progress;
        progress.bytes = source.bytesConsumed();
        progress.totalBytes = source.totalBytes();
        progress.rows = rows;
        const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
        progress.rowsPerSecond = rows / seconds;
        if (progress.bytes > 0 && progress.totalBytes > 0)
            progress.secondsLeft =
                seconds * double(progress.totalBytes - progress.bytes) / double(progress.bytes);
        m_progress(progress);
    };
    auto rejectRow = [&](const QString& column, const QString& reason) {
        ++result.rejected;
        const qint64 line = source.line();
        if (result.rejects.size() < 1000)
            result.rejects.append({line, column, reason});
        if (m_options.rejectsPath.isEmpty())
            return;
        if (!rejects) {
            if (!rejectsFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                result.warnings
                    << tr("Cannot write %1: %2").arg(m_options.rejectsPath, rejectsFile.errorString());
                m_options.rejectsPath.clear();
                return;
            }
            rejects = std::make_unique<CsvWriter>(&rejectsFile);
            rejects->setDelimiter(result.delimiter);
            std::vector<std::string_view> header(headerUtf8.begin(), headerUtf8.end());
            const std::string reasonHeader = ImportSchema::rejectReasonHeader().toStdString();
            header.push_back(reasonHeader);
            rejects->writeRecordUtf8(header);
        }
        const std::string why = tr("line %1, %2: %3").arg(line).arg(column, reason).toStdString();
        std::vector<std::string_view> out(cells.begin(), cells.end());
        out.resize(headerUtf8.size());
        out.push_back(why);
        rejects->writeRecordUtf8(out);
    };

    while (source.next(cells)) {
        ++rows;
        if ((rows & 255) == 0) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                break;
            }
            report(false);
            if ((rows & 16383) == 0) // the search index grows on the second core meanwhile
                bulk.indexNewRows();
        }
        for (std::string& v : row.values)
            v.clear();
        row.notesExtra.clear();
        QString badColumn;
        QString reason;
        const size_t n = std::min(cells.size(), static_cast<size_t>(plan.size()));
        for (size_t c = 0; c < n && reason.isEmpty(); ++c) {
            const ColumnPlan& column = plan[static_cast<int>(c)];
            if (column.field < 0)
                continue;
            const std::string_view cell = unneutralise(ValueRules::trim(cells[c]));
            if (cell.empty())
                continue;
            std::string& target = row.values[static_cast<size_t>(column.field)];
            if (column.toNotes) {
                if (!row.notesExtra.empty())
                    row.notesExtra += '\n';
                if (m_options.format == ImportFormat::Csv)
                    row.notesExtra.append(headerUtf8[c]).append(": ");
                row.notesExtra += cell;
                continue;
            }
            if (column.raw) {
                target.assign(cell);
                continue;
            }
            if (!rules.normalize(*column.descriptor, cell, order, value, reason)) {
                // Address books hold numbers libphonenumber refuses; a card is not lost for them.
                if (m_options.format == ImportFormat::VCard &&
                    column.descriptor->type == FieldType::PhoneList) {
                    value.assign(cell);
                    reason.clear();
                } else {
                    badColumn = headers[static_cast<int>(c)];
                    break;
                }
            }
            if (!target.empty() && column.descriptor->isList())
                target.append("; ").append(value);
            else
                target.swap(value);
        }
        if (!reason.isEmpty()) {
            rejectRow(badColumn, reason);
            continue;
        }
        switch (sink.write(row, badColumn, reason)) {
        case ImportSink::Outcome::Created:
            ++result.created;
            break;
        case ImportSink::Outcome::Updated:
            ++result.updated;
            break;
        case ImportSink::Outcome::Skipped:
            ++result.skipped;
            break;
        case ImportSink::Outcome::Rejected:
            rejectRow(badColumn, reason);
            break;
        case ImportSink::Outcome::Failed:
            result.status = sink.status();
            result.errorLine = source.line();
            return result;
        }
    }
    if (!result.cancelled && !source.hasError()) {
        if (const Status flushed = sink.flush(); !flushed) {
            result.status = flushed;
            result.errorLine = source.line();
            return result;
        }
    }
    if (rejects)
        rejects->finish();
    result.organisationsCreated = sink.organisationsCreated();
    const qint64 firstId = sink.firstId();
    const qint64 lastId = sink.lastId();
    // The duplicate-key indexes (about 64 MB for a million rows) go before the indexes and the search
    // tables are built.
    sinkOwner.reset();
    if (!result.rejectsPath.isEmpty() || rejects)
        result.rejectsPath = m_options.rejectsPath;
    result.seconds = timer.elapsed() / 1000.0;
    if (source.hasError()) {
        result.status = Status::failure(source.errorString());
        result.errorLine = source.errorLine();
        return result; // the transaction rolls back
    }
    if (result.cancelled)
        return result;
    report(true);
    // Cancel stays possible until the commit: after the last rows and while the indexes are built.
    const auto cancelled = [this] {
        return m_cancel && m_cancel->load(std::memory_order_relaxed);
    };
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (m_options.dryRun) {
        transaction.rollback();
        return result;
    }
    Statement history(m_db.handle(),
                      "UPDATE import_runs SET first_id = ?, last_id = ?, created = ?, updated = ?, "
                      "skipped = ?, rejected = ? WHERE id = ?");
    history.bind(1, firstId).bind(2, lastId).bind(3, result.created).bind(4, result.updated);
    history.bind(5, result.skipped).bind(6, result.rejected).bind(7, runId);
    result.status = history.exec();
    if (result.status)
        result.status = bulk.finish([&](int, int) { return !cancelled(); });
    if (result.status && m_options.entity == ImportEntity::Lead && firstId)
        result.leadsAssigned = assignNewLeads(m_db, firstId, lastId, stamp, &result.status);
    if (!result.status && cancelled()) {
        result.status = Status::success();
        result.cancelled = true;
        result.created = result.updated = 0;
        return result;
    }
    if (result.status)
        result.status = transaction.commit();
    if (result.status)
        result.importId = runId;
    else
        result.created = result.updated = 0;
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

ImportPreview Importer::preview(const QString& path, const ImportOptions& options, int maxRows) {
    ImportPreview preview;
    ImportSource source(path, options);
    if (!source.open()) {
        preview.status = Status::failure(source.errorString());
        preview.errorLine = source.errorLine();
        return preview;
    }
    preview.delimiter = source.delimiter();
    preview.encoding = source.encoding();
    QFile file(path);
    if (options.format == ImportFormat::Csv && file.open(QIODevice::ReadOnly)) {
        const TextEncoding::Detection detection =
            TextEncoding::detect(file.read(TextEncoding::recommendedSampleSize));
        preview.encodingConfidence =
            detection.name == preview.encoding ? detection.confidence : (options.encoding.isEmpty() ? 0 : 1);
        preview.encodingAlternatives = detection.alternatives;
    }
    const ImportSchema schema(options.entity);
    preview.headers = source.headers();
    preview.fields = schema.resolve(preview.headers, options.mapping);
    const QList<ColumnPlan> plan = planColumns(schema, preview.fields);
    const ValueRules rules(options.region);
    std::vector<std::string_view> cells;
    QList<QStringList> dateSamples(plan.size());
    std::vector<std::vector<std::string>> raw;
    while (preview.rows.size() < maxRows && source.next(cells)) {
        ImportPreview::Row row;
        row.line = source.line();
        raw.emplace_back(cells.begin(), cells.end());
        for (int c = 0; c < plan.size(); ++c)
            if (isDateField(plan[c]) && static_cast<size_t>(c) < cells.size() && !cells[size_t(c)].empty())
                dateSamples[c] << fromUtf8(cells[size_t(c)]);
        preview.rows.append(row);
    }
    for (int c = 0; c < plan.size(); ++c)
        if (isDateField(plan[c]))
            preview.dateOrders.insert(c, options.dateOrder != DateParser::Order::Unknown
                                             ? options.dateOrder
                                             : DateParser::detectOrder(dateSamples[c]));
    for (auto it = preview.dateOrders.cbegin(); it != preview.dateOrders.cend(); ++it) {
        if (it.value() != DateParser::Order::Ambiguous)
            continue;
        QStringList& examples = preview.dateSamples[it.key()];
        for (const QString& sample : std::as_const(dateSamples[it.key()])) {
            const QDate dayFirst = DateParser::parseDate(sample, DateParser::Order::DayMonthYear);
            const QDate monthFirst = DateParser::parseDate(sample, DateParser::Order::MonthDayYear);
            if (dayFirst.isValid() && monthFirst.isValid() && dayFirst != monthFirst &&
                !examples.contains(sample.trimmed()))
                examples << sample.trimmed();
            if (examples.size() == 3)
                break;
        }
    }
    std::string value;
    for (int r = 0; r < preview.rows.size(); ++r) {
        ImportPreview::Row& row = preview.rows[r];
        for (int c = 0; c < plan.size(); ++c) {
            const std::string_view cell = static_cast<size_t>(c) < raw[size_t(r)].size()
                                              ? unneutralise(ValueRules::trim(raw[size_t(r)][size_t(c)]))
                                              : "";
            QString reason;
            const ColumnPlan& column = plan[c];
            if (column.field >= 0 && !column.raw && !column.toNotes) {
                DateParser::Order order = preview.dateOrders.value(c, DateParser::Order::DayMonthYear);
                if (order != DateParser::Order::MonthDayYear)
                    order = DateParser::Order::DayMonthYear;
                if (rules.normalize(*column.descriptor, cell, order, value, reason))
                    row.values << fromUtf8(value);
                else
                    row.values << fromUtf8(cell);
            } else {
                row.values << fromUtf8(cell);
            }
            row.errors << reason;
        }
    }
    if (source.hasError() && preview.rows.size() < maxRows) {
        preview.status = Status::failure(source.errorString());
        preview.errorLine = source.errorLine();
    }
    return preview;
}

} // namespace rapport
