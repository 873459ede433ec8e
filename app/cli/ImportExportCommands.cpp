// import, export: CSV and vCard in and out.
#include "CliContext.h"

#include "importer/Exporter.h"
#include "importer/ImportPresets.h"
#include "importer/ImportSchema.h"
#include "importer/ImportUndo.h"
#include "importer/Importer.h"
#include "io/TextEncoding.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

bool parseDelimiter(const QString& text, char* delimiter) {
    if (text == u"tab" || text == u"\\t")
        *delimiter = '\t';
    else if (text.size() == 1 && text.at(0).unicode() < 0x80)
        *delimiter = text.at(0).toLatin1();
    else
        return false;
    return true;
}

void printProgress(CliContext& context, const ImportProgress& progress) {
    const int percent =
        progress.totalBytes > 0 ? static_cast<int>(progress.bytes * 100 / progress.totalBytes) : 0;
    context.err() << tr("%1% – %2 rows, %3 rows/s")
                         .arg(percent)
                         .arg(progress.rows)
                         .arg(qRound64(progress.rowsPerSecond))
                  << "   \r";
    context.err().flush();
}

// rapport-cli import history [--json]
int historyCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the history as JSON."));
    parser.addOption(json);
    if (const int stop =
            context.parse(parser, arguments, tr("Lists the finished imports, newest first."), 0, 0);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    Status status;
    const QList<ImportRun> runs = ImportUndo(db).history(&status);
    if (!status)
        return context.fail(status.message());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ImportRun& run : runs)
            list.append(QJsonObject{{QStringLiteral("id"), QString::number(run.id)},
                                    {QStringLiteral("entity"), run.entity},
                                    {QStringLiteral("file"), run.fileName},
                                    {QStringLiteral("stamp"), run.stamp},
                                    {QStringLiteral("created"), run.created},
                                    {QStringLiteral("updated"), run.updated},
                                    {QStringLiteral("skipped"), run.skipped},
                                    {QStringLiteral("rejected"), run.rejected},
                                    {QStringLiteral("reverted_at"),
                                     run.isReverted() ? QJsonValue(run.revertedAt) : QJsonValue()}});
        context.printJson(list);
        return Success;
    }
    if (runs.isEmpty())
        context.out() << tr("No imports yet.") << '\n';
    for (const ImportRun& run : runs)
        context.out() << tr("%1  %2  %3 %4: %5 created, %6 updated, %7 skipped, %8 rejected%9")
                             .arg(run.id)
                             .arg(run.stamp, run.entity, run.fileName)
                             .arg(run.created)
                             .arg(run.updated)
                             .arg(run.skipped)
                             .arg(run.rejected)
                             .arg(run.isReverted() ? tr(" (undone %1)").arg(run.revertedAt) : QString())
                      << '\n';
    return Success;
}

// rapport-cli import undo IMPORT_ID [--force]
int undoCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Undo even if records were changed since the import."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("IMPORT_ID"), tr("the id shown by “import history”"));
    if (const int stop =
            context.parse(parser, arguments,
                          tr("Reverts an import: deletes what it created, restores what it updated."), 1, 1);
        stop >= 0)
        return stop;
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return context.usage(tr("“%1” is not an import id.").arg(parser.positionalArguments().at(0)));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const ImportUndoResult result = ImportUndo(db).revert(id, parser.isSet(force));
    if (result.needsConfirmation)
        return context.fail(result.status.message() + QLatin1Char(' ') +
                            tr("Nothing was changed; run again with --force to undo anyway."));
    if (!result.status)
        return context.fail(result.status.message());
    context.out() << tr("Import %1 undone: %2 records deleted, %3 restored.")
                         .arg(id)
                         .arg(result.deleted)
                         .arg(result.restored)
                  << '\n';
    return Success;
}

int importCommand(CliContext& context, const QStringList& arguments) {
    if (arguments.size() > 1 && (arguments.at(1) == u"history" || arguments.at(1) == u"undo")) {
        QStringList rest = arguments;
        rest[0] += QLatin1Char(' ') + rest.takeAt(1);
        return arguments.at(1) == u"history" ? historyCommand(context, rest) : undoCommand(context, rest);
    }
    QCommandLineParser parser;
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("Field delimiter (, ; tab |); detected by default."),
                                       QStringLiteral("C"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("Text encoding; detected by default."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Column mapping overrides: \"Header=field,…\" (field empty: ignore; "
                                    "+notes: add to the notes)."),
                                 QStringLiteral("MAPPING"));
    const QCommandLineOption preset(QStringLiteral("preset"), tr("Use a saved mapping preset."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption savePreset(QStringLiteral("save-preset"), tr("Save this mapping as a preset."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
                                         tr("What to do with duplicates: skip (default), update or create."),
                                         QStringLiteral("POLICY"), QStringLiteral("skip"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country for phone numbers without one (e.g. PL)."),
                                    QStringLiteral("CC"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                       tr("Order of ambiguous dates: dmy, mdy or ymd."),
                                       QStringLiteral("ORDER"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), tr("Write rejected rows to this CSV file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check everything, write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the summary as JSON."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv or vcard; by default from the file name."),
                                    QStringLiteral("FORMAT"));
    parser.addOptions({delimiter, encoding, map, preset, savePreset, onDuplicate, region, dateOrder, rejects,
                       dryRun, json, format});
    parser.addPositionalArgument(QStringLiteral("ENTITY"), tr("customers, contacts, interactions or leads"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV or vCard file"));
    if (const int stop =
            context.parse(parser, arguments, tr("Imports records from a CSV or vCard file."), 2, 2);
        stop >= 0)
        return stop;
    ImportOptions options;
    if (!parseImportEntity(parser.positionalArguments().at(0), &options.entity))
        return context.usage(tr("unknown entity “%1”; use customers, contacts, interactions or leads.")
                                 .arg(parser.positionalArguments().at(0)));
    const QString path = parser.positionalArguments().at(1);
    const QString formatName = parser.value(format).toLower();
    if (formatName == u"vcard" ||
        (formatName.isEmpty() && (path.endsWith(QStringLiteral(".vcf"), Qt::CaseInsensitive) ||
                                  path.endsWith(QStringLiteral(".vcard"), Qt::CaseInsensitive))))
        options.format = ImportFormat::VCard;
    else if (!formatName.isEmpty() && formatName != u"csv")
        return context.usage(tr("--format is csv or vcard."));
    if (options.format == ImportFormat::VCard && options.entity != ImportEntity::Contact)
        return context.usage(tr("vCard files hold contacts."));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    if (parser.isSet(preset))
        if (const Status loaded = ImportPresets(db).load(parser.value(preset), options); !loaded)
            return context.fail(loaded.message());
    if (parser.isSet(delimiter) && !parseDelimiter(parser.value(delimiter), &options.delimiter))
        return context.usage(tr("--delimiter takes one character or “tab”."));
    if (parser.isSet(encoding)) {
        options.encoding = TextEncoding::canonicalName(parser.value(encoding).toLatin1());
        if (options.encoding.isEmpty())
            return context.usage(tr("unknown encoding “%1”.").arg(parser.value(encoding)));
    }
    if (parser.isSet(map)) {
        QString error;
        if (!ImportSchema::parseMapping(parser.value(map), &options.mapping, &error))
            return context.usage(error);
    }
    if (parser.isSet(onDuplicate) || !parser.isSet(preset)) {
        const QString policy = parser.value(onDuplicate);
        if (policy == u"skip")
            options.onDuplicate = DuplicatePolicy::Skip;
        else if (policy == u"update")
            options.onDuplicate = DuplicatePolicy::Update;
        else if (policy == u"create")
            options.onDuplicate = DuplicatePolicy::Create;
        else
            return context.usage(tr("--on-duplicate is skip, update or create."));
    }
    if (parser.isSet(region))
        options.region = parser.value(region).toUpper();
    if (parser.isSet(dateOrder)) {
        const QString order = parser.value(dateOrder);
        if (order == u"dmy")
            options.dateOrder = DateParser::Order::DayMonthYear;
        else if (order == u"mdy")
            options.dateOrder = DateParser::Order::MonthDayYear;
        else if (order == u"ymd")
            options.dateOrder = DateParser::Order::YearMonthDay;
        else
            return context.usage(tr("--date-order is dmy, mdy or ymd."));
    }
    options.rejectsPath = parser.value(rejects);
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(savePreset))
        if (const Status saved = ImportPresets(db).save(parser.value(savePreset), options); !saved)
            return context.fail(saved.message());

    Importer importer(db, options);
    const bool quiet = parser.isSet(json);
    if (!quiet)
        importer.setProgressCallback([&](const ImportProgress& p) { printProgress(context, p); });
    const ImportResult result = importer.run(path);
    if (!quiet)
        context.err() << QStringLiteral("\r%1\r").arg(QString(60, QLatin1Char(' ')));
    if (!result.status) {
        const QString where =
            result.errorLine > 0
                ? QStringLiteral("%1:%2: ").arg(QDir::toNativeSeparators(path)).arg(result.errorLine)
                : QString();
        return context.fail(where + result.status.message() + QLatin1Char(' ') + tr("Nothing was imported."));
    }
    for (const ImportReject& reject : result.rejects)
        if (!quiet)
            context.err() << QStringLiteral("%1:%2: %3: %4\n")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(reject.line)
                                 .arg(reject.column, reject.reason);
    for (const QString& warning : result.warnings)
        context.err() << warning << '\n';
    if (quiet) {
        QJsonArray rejectList;
        for (const ImportReject& reject : result.rejects)
            rejectList.append(QJsonObject{{QStringLiteral("line"), reject.line},
                                          {QStringLiteral("column"), reject.column},
                                          {QStringLiteral("reason"), reject.reason}});
        context.printJson(QJsonObject{{QStringLiteral("created"), result.created},
                                      {QStringLiteral("updated"), result.updated},
                                      {QStringLiteral("skipped"), result.skipped},
                                      {QStringLiteral("rejected"), result.rejected},
                                      {QStringLiteral("organisations_created"), result.organisationsCreated},
                                      {QStringLiteral("leads_assigned"), result.leadsAssigned},
                                      {QStringLiteral("dry_run"), options.dryRun},
                                      {QStringLiteral("encoding"), QString::fromLatin1(result.encoding)},
                                      {QStringLiteral("seconds"), result.seconds},
                                      {QStringLiteral("import_id"), QString::number(result.importId)},
                                      {QStringLiteral("rejects"), rejectList},
                                      {QStringLiteral("rejects_file"), result.rejectsPath}});
    } else {
        context.out() << (options.dryRun ? tr("Dry run, nothing written: ") : QString())
                      << tr("%1 created, %2 updated, %3 skipped, %4 rejected (%5 s).")
                             .arg(result.created)
                             .arg(result.updated)
                             .arg(result.skipped)
                             .arg(result.rejected)
                             .arg(result.seconds, 0, 'f', 2)
                      << '\n';
        if (result.leadsAssigned > 0)
            context.out() << tr("%1 new leads assigned to reps by the assignment rules, each with a task.")
                                 .arg(result.leadsAssigned)
                          << '\n';
        if (result.importId != 0)
            context.out() << tr("Import %1; undo with: rapport-cli import undo %1").arg(result.importId)
                          << '\n';
        if (!result.rejectsPath.isEmpty())
            context.out() << tr("Rejected rows: %1").arg(QDir::toNativeSeparators(result.rejectsPath))
                          << '\n';
    }
    return Success;
}

int exportCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or vcard."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption version(QStringLiteral("vcard-version"), tr("3 (default) or 4."),
                                     QStringLiteral("V"), QStringLiteral("3"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("Start the CSV with a byte-order mark (for Excel)."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("Field delimiter (default ,)."),
                                       QStringLiteral("C"), QStringLiteral(","));
    const QCommandLineOption raw(QStringLiteral("raw"),
                                 tr("Do not neutralise cells that look like formulas."));
    parser.addOptions({format, version, bom, delimiter, raw});
    parser.addPositionalArgument(QStringLiteral("ENTITY"), tr("customers, contacts, interactions or leads"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("file to write"));
    if (const int stop = context.parse(parser, arguments, tr("Exports records to CSV or vCard."), 2, 2);
        stop >= 0)
        return stop;
    ExportOptions options;
    if (!parseImportEntity(parser.positionalArguments().at(0), &options.entity))
        return context.usage(tr("unknown entity “%1”; use customers, contacts, interactions or leads.")
                                 .arg(parser.positionalArguments().at(0)));
    if (parser.value(format) == u"vcard")
        options.format = ImportFormat::VCard;
    else if (parser.value(format) != u"csv")
        return context.usage(tr("--format is csv or vcard."));
    if (parser.value(version) == u"4")
        options.vcardVersion = VCardWriter::Version::V4_0;
    else if (parser.value(version) != u"3")
        return context.usage(tr("--vcard-version is 3 or 4."));
    if (!parseDelimiter(parser.value(delimiter), &options.delimiter))
        return context.usage(tr("--delimiter takes one character or “tab”."));
    options.bom = parser.isSet(bom);
    options.neutraliseFormulas = !parser.isSet(raw);
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const ExportResult result = Exporter(db, options).run(parser.positionalArguments().at(1));
    if (!result.status)
        return context.fail(result.status.message());
    context.out() << tr("Exported %1 records in %2 s.").arg(result.rows).arg(result.seconds, 0, 'f', 2)
                  << '\n';
    return Success;
}

} // namespace

QList<Command> importExportCommands() {
    return {
        {QStringLiteral("import"),
         tr("Import customers, contacts, interactions or leads from CSV or vCard; import history, import "
            "undo ID"),
         importCommand},
        {QStringLiteral("export"), tr("Export customers, contacts, interactions or leads to CSV or vCard"),
         exportCommand},
    };
}

} // namespace rapport::cli
