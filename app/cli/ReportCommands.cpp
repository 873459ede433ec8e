// report: the numbers behind every dashboard chart, as text, CSV or JSON.
//
//     rapport-cli report NAME [--from DATE] [--to DATE] [--owner ID] [--segment INDUSTRY] [--json|--csv]
//
// Adding a report family: write a function returning QList<analytics::NamedReport> in your own file (a name,
// a one-line summary, and a build function that fills an analytics::ReportTable from a Database, a
// ReportFilter and today's date), declare it in ReportRegistry.h, and add ONE line for it in
// reportRegistry() below, e.g.  reports += alertReports();
// `report alerts` and `report cross-sell` have their own options and output and are handed on, unchanged, to
// runAlertReport() (AlertCommands.cpp).
#include "CliContext.h"
#include "ReportRegistry.h"

#include <QDateTime>
#include <QLocale>

namespace rapport::cli {

QList<analytics::NamedReport> reportRegistry() {
    QList<analytics::NamedReport> reports = analytics::dashboardReports();
    // Further families, one line each (alerts, cross-sell):
    return reports;
}

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

bool dateOption(CliContext& context, const QCommandLineParser& parser, const QCommandLineOption& option,
                QDate* date) {
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        context.usage(tr("--%1: “%2” is not a date (YYYY-MM-DD).").arg(option.names().first(), text));
        return false;
    }
    return true;
}

int reportCommand(CliContext& context, const QStringList& arguments) {
    if (const int done = runAlertReport(context, arguments); done >= 0)
        return done;
    const QList<analytics::NamedReport> reports = reportRegistry();
    QString names;
    for (const analytics::NamedReport& report : reports)
        names += QStringLiteral("\n  %1%2").arg(report.name.leftJustified(22), report.summary);
    names += QStringLiteral("\n  %1%2")
                 .arg(QStringLiteral("alerts").leftJustified(22), tr("sales alerts (see alerts --help)"));
    names += QStringLiteral("\n  %1%2")
                 .arg(QStringLiteral("cross-sell").leftJustified(22),
                      tr("products bought together (see cross-sell --help)"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), tr("The report:%1").arg(names));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the range."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Last day of the range (and the day the report looks from)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only this user's records."),
                                   QStringLiteral("ID"));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("Only customers of this industry."),
                                     QStringLiteral("INDUSTRY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (money in minor units)."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    parser.addOptions({from, to, owner, segment, json, csv});
    if (const int stop =
            context.parse(parser, arguments, tr("Prints the numbers behind a dashboard chart."), 1, 1);
        stop >= 0)
        return stop;
    const QString name = parser.positionalArguments().first();
    const auto found = std::find_if(reports.begin(), reports.end(),
                                    [&](const analytics::NamedReport& r) { return r.name == name; });
    if (found == reports.end())
        return context.usage(tr("unknown report “%1”; the reports are:%2").arg(name, names));
    if (parser.isSet(json) && parser.isSet(csv))
        return context.usage(tr("--json and --csv exclude each other."));
    analytics::ReportFilter filter;
    if (!dateOption(context, parser, from, &filter.from) || !dateOption(context, parser, to, &filter.to))
        return WrongUsage;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return context.usage(tr("--from %1 is after --to %2.")
                                 .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    if (parser.isSet(owner)) {
        bool ok = false;
        filter.ownerId = parser.value(owner).toLongLong(&ok);
        if (!ok || filter.ownerId <= 0)
            return context.usage(tr("--owner: “%1” is not a user id.").arg(parser.value(owner)));
    }
    filter.segment = parser.value(segment);
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    Status status;
    const analytics::ReportTable table =
        found->build(db, filter, QDateTime::currentDateTimeUtc().date(), &status);
    if (!status)
        return context.fail(tr("report %1: %2").arg(name, status.message()));
    if (parser.isSet(json))
        context.printJson(table.toJson());
    else if (parser.isSet(csv))
        context.out() << QString::fromUtf8(table.toCsv());
    else
        context.out() << table.toText(QLocale());
    return Success;
}

} // namespace

QList<Command> reportCommands() {
    return {{QStringLiteral("report"),
             tr("numbers behind the dashboards (pipeline, revenue, forecast, rfm...)"), reportCommand}};
}

} // namespace rapport::cli
