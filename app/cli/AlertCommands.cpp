// alerts, cross-sell: sales-intelligence alerts (list, snooze, dismiss, restore, settings) and cross-sell
// rules and suggestions. `report alerts` and `report cross-sell` run the same code (runAlertReport).
#include "CliContext.h"

#include "analytics/Alerts.h"
#include "analytics/CrossSell.h"
#include "io/CsvWriter.h"
#include "repository/RecordStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace rapport::cli {
namespace {

using analytics::Alert;
using analytics::AlertService;
using analytics::AlertSettings;

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

// Prints rows (the first is the header) aligned for a terminal, or as CSV.
void printRows(CliContext& context, const QList<QStringList>& rows, bool csv) {
    if (csv) {
        for (const QStringList& row : rows) {
            QByteArray line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i)
                    line += ',';
                CsvWriter::appendField(line, row.at(i).toStdString(), ',');
            }
            context.out() << QString::fromUtf8(line) << '\n';
        }
        return;
    }
    QList<qsizetype> widths(rows.value(0).size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i));
        context.out() << cells.join(QStringLiteral("  ")) << '\n';
    }
}

bool positiveId(CliContext& context, const QString& what, const QString& text, qint64* id) {
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        context.usage(tr("%1: “%2” is not a record id.").arg(what, text));
        return false;
    }
    return true;
}

QString stateName(Alert::State state) {
    switch (state) {
    case Alert::State::Snoozed:
        return QStringLiteral("snoozed");
    case Alert::State::Dismissed:
        return QStringLiteral("dismissed");
    case Alert::State::Active:
        break;
    }
    return QStringLiteral("active");
}

QJsonObject alertJson(const Alert& alert) {
    return {{QStringLiteral("key"), alert.key()},
            {QStringLiteral("kind"), analytics::alertKindName(alert.kind)},
            {QStringLiteral("entity"), analytics::alertEntityName(alert.kind)},
            {QStringLiteral("record_id"), alert.recordId},
            {QStringLiteral("customer_id"), alert.customerId ? QJsonValue(alert.customerId) : QJsonValue()},
            {QStringLiteral("title"), alert.title},
            {QStringLiteral("detail"), alert.detail},
            {QStringLiteral("condition"), alert.conditionKey},
            {QStringLiteral("days"), alert.days},
            {QStringLiteral("amount_minor"), alert.amountMinor},
            {QStringLiteral("reference_minor"), alert.referenceMinor},
            {QStringLiteral("currency"), alert.currency},
            {QStringLiteral("state"), stateName(alert.state)},
            {QStringLiteral("snoozed_until"),
             alert.snoozedUntil.isValid() ? QJsonValue(alert.snoozedUntil.toUTC().toString(Qt::ISODate))
                                          : QJsonValue()}};
}

struct SettingField {
    const char* name;
    int AlertSettings::*member;
};

constexpr SettingField settingFields[] = {
    {"closing_days", &AlertSettings::closingDays},
    {"stale_days", &AlertSettings::staleDays},
    {"quota_pace_percent", &AlertSettings::quotaPacePercent},
    {"trend_months", &AlertSettings::trendMonths},
    {"trend_drop_percent", &AlertSettings::trendDropPercent},
    {"lead_contact_hours", &AlertSettings::leadContactHours},
};

int settingsAction(CliContext& context, AlertService& service, qint64 user, const QStringList& assignments,
                   bool json) {
    AlertSettings settings = service.settings(user);
    for (const QString& assignment : assignments) {
        const QString name = assignment.section(QLatin1Char('='), 0, 0);
        const auto* field =
            std::find_if(std::begin(settingFields), std::end(settingFields),
                         [&](const SettingField& f) { return name == QLatin1String(f.name); });
        bool ok = false;
        const int value = assignment.section(QLatin1Char('='), 1).toInt(&ok);
        if (field == std::end(settingFields) || !assignment.contains(QLatin1Char('=')))
            return context.usage(
                tr("“%1” is not SETTING=NUMBER; the settings are closing_days, stale_days, "
                   "quota_pace_percent, trend_months, trend_drop_percent, lead_contact_hours.")
                    .arg(assignment));
        if (!ok)
            return context.usage(
                tr("%1: “%2” is not a whole number.").arg(name, assignment.section(QLatin1Char('='), 1)));
        settings.*(field->member) = value;
    }
    if (!assignments.isEmpty())
        if (const Status saved = service.saveSettings(user, settings); !saved)
            return context.fail(saved.message());
    if (json) {
        QJsonObject object{{QStringLiteral("user_id"), user}};
        for (const SettingField& field : settingFields)
            object.insert(QString::fromLatin1(field.name), settings.*(field.member));
        context.printJson(object);
        return Success;
    }
    for (const SettingField& field : settingFields)
        context.out()
            << QStringLiteral("%1 = %2\n").arg(QString::fromLatin1(field.name)).arg(settings.*(field.member));
    return Success;
}

int alertsCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("nothing (list) | snooze KEY [--days N | --until DATE] | dismiss KEY | "
           "restore KEY | settings [SETTING=NUMBER...]. KEY is kind:record as listed, "
           "or the record id alone when it has one alert."),
        QStringLiteral("[action]"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        tr("Whose alerts (default: the database's own user, see `me`; 0: everyone's)."),
        QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Also list snoozed and dismissed alerts."));
    const QCommandLineOption days(QStringLiteral("days"), tr("Snooze for N days."), QStringLiteral("N"));
    const QCommandLineOption until(
        QStringLiteral("until"), tr("Snooze until this date (YYYY-MM-DD) or time."), QStringLiteral("DATE"));
    const QCommandLineOption at(QStringLiteral("at"), tr("Evaluate at this time instead of now (ISO 8601)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (money in minor units)."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    parser.addOptions({user, all, days, until, at, json, csv});
    if (const int stop =
            context.parse(parser, arguments,
                          tr("Sales-intelligence alerts: deals closing or past their date, stale "
                             "deals, quota behind pace, customers buying less, leads not "
                             "contacted, overdue tasks."),
                          0, 100);
        stop >= 0)
        return stop;
    if (parser.isSet(json) && parser.isSet(csv))
        return context.usage(tr("--json and --csv exclude each other."));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        now = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!now.isValid())
            return context.usage(tr("--at: “%1” is not a date and time (ISO 8601).").arg(parser.value(at)));
    }
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    AlertService service(db);
    qint64 userId = service.defaultUser();
    if (parser.isSet(user)) {
        bool ok = false;
        userId = parser.value(user).toLongLong(&ok);
        if (!ok || userId < 0)
            return context.usage(tr("--user: “%1” is not a user id.").arg(parser.value(user)));
        if (userId && !RecordStore(db).exists(EntityCatalog::user(), userId))
            return context.fail(tr("--user: there is no user %1.").arg(userId));
    }
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"settings")
        return settingsAction(context, service, userId, args, parser.isSet(json));
    if (action.isEmpty()) {
        if (!args.isEmpty())
            return context.usage(tr("listing alerts takes no further arguments."));
        Status status;
        const QList<Alert> alerts = service.alerts(userId, now, parser.isSet(all), &status);
        if (!status)
            return context.fail(status.message());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Alert& alert : alerts)
                array << alertJson(alert);
            context.printJson(array);
            return Success;
        }
        QList<QStringList> rows{{QStringLiteral("key"), QStringLiteral("state"), QStringLiteral("title"),
                                 QStringLiteral("detail")}};
        for (const Alert& alert : alerts)
            rows << QStringList{alert.key(), stateName(alert.state), alert.title, alert.detail};
        printRows(context, rows, parser.isSet(csv));
        return Success;
    }
    if (action != u"snooze" && action != u"dismiss" && action != u"restore")
        return context.usage(tr("unknown alerts action “%1”.").arg(action));
    if (args.size() != 1)
        return context.usage(tr("alerts %1 takes one alert key.").arg(action));
    Status status;
    const std::optional<Alert> alert = service.find(userId, args.first(), now, &status);
    if (!alert)
        return context.fail(status.message());
    if (action == u"dismiss")
        status = service.dismiss(userId, *alert);
    else if (action == u"restore")
        status = service.restore(userId, *alert);
    else {
        QDateTime when;
        if (parser.isSet(days) == parser.isSet(until))
            return context.usage(tr("alerts snooze takes either --days N or --until DATE."));
        if (parser.isSet(days)) {
            bool ok = false;
            const int n = parser.value(days).toInt(&ok);
            if (!ok || n <= 0)
                return context.usage(
                    tr("--days: “%1” is not a positive number of days.").arg(parser.value(days)));
            when = now.addDays(n);
        } else {
            when = QDateTime::fromString(parser.value(until), Qt::ISODate);
            if (!when.isValid()) {
                const QDate day = QDate::fromString(parser.value(until), Qt::ISODate);
                if (day.isValid())
                    when = QDateTime(day, QTime(0, 0)); // the start of that day, local time
            }
            if (!when.isValid())
                return context.usage(
                    tr("--until: “%1” is not a date (YYYY-MM-DD).").arg(parser.value(until)));
            if (when <= now)
                return context.usage(tr("--until: %1 is not in the future.").arg(parser.value(until)));
        }
        status = service.snooze(userId, *alert, when);
        if (status)
            context.out()
                << tr("%1 snoozed until %2\n").arg(alert->key(), when.toUTC().toString(Qt::ISODate));
    }
    if (!status)
        return context.fail(status.message());
    if (action != u"snooze")
        context.out() << tr("%1 %2\n").arg(alert->key(),
                                           action == u"dismiss" ? tr("dismissed") : tr("restored"));
    return Success;
}

QString ratio(double value) {
    return QString::number(value, 'f', 4);
}

int crossSellCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      tr("The products suggested to this customer instead of the rules."),
                                      QStringLiteral("ID"));
    const QCommandLineOption allQuotes(
        QStringLiteral("all-quotes"),
        tr("Mine every quote (but replaced revisions), not only accepted ones."));
    const QCommandLineOption minBaskets(QStringLiteral("min-baskets"),
                                        tr("A rule needs its two products together in at least N quotes "
                                           "(default 2)."),
                                        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N rows (default 0: all)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    parser.addOptions({customer, allQuotes, minBaskets, limit, json, csv});
    if (const int stop = context.parse(parser, arguments,
                                       tr("Products bought together (support, confidence, lift from quote "
                                          "lines) and the products to offer a customer."),
                                       0, 0);
        stop >= 0)
        return stop;
    if (parser.isSet(json) && parser.isSet(csv))
        return context.usage(tr("--json and --csv exclude each other."));
    analytics::CrossSellOptions options;
    options.acceptedOnly = !parser.isSet(allQuotes);
    bool ok = false;
    options.minPairCount = parser.value(minBaskets).toInt(&ok);
    if (!ok || options.minPairCount < 1)
        return context.usage(
            tr("--min-baskets: “%1” is not a positive number.").arg(parser.value(minBaskets)));
    const int rowLimit = parser.value(limit).toInt(&ok);
    if (!ok || rowLimit < 0)
        return context.usage(tr("--limit: “%1” is not a number.").arg(parser.value(limit)));
    qint64 customerId = 0;
    if (parser.isSet(customer) &&
        !positiveId(context, QStringLiteral("--customer"), parser.value(customer), &customerId))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    if (customerId && !RecordStore(db).exists(EntityCatalog::customer(), customerId))
        return context.fail(tr("--customer: there is no customer %1.").arg(customerId));
    Status status;
    const analytics::CrossSellRules rules = analytics::CrossSell::rules(db, options, &status);
    if (!status)
        return context.fail(status.message());
    if (customerId) {
        const QList<analytics::ProductSuggestion> suggestions =
            analytics::CrossSell::suggestionsFor(db, customerId, rules, rowLimit, &status);
        if (!status)
            return context.fail(status.message());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const analytics::ProductSuggestion& s : suggestions)
                array << QJsonObject{{QStringLiteral("product_id"), s.productId},
                                     {QStringLiteral("code"), s.code},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("because_id"), s.becauseId},
                                     {QStringLiteral("because"), s.becauseName},
                                     {QStringLiteral("support"), s.support},
                                     {QStringLiteral("confidence"), s.confidence},
                                     {QStringLiteral("lift"), s.lift}};
            context.printJson(array);
            return Success;
        }
        QList<QStringList> rows{{QStringLiteral("code"), QStringLiteral("product"), QStringLiteral("because"),
                                 QStringLiteral("confidence"), QStringLiteral("lift"),
                                 QStringLiteral("support")}};
        for (const analytics::ProductSuggestion& s : suggestions)
            rows << QStringList{s.code,        s.name,          s.becauseName, ratio(s.confidence),
                                ratio(s.lift), ratio(s.support)};
        printRows(context, rows, parser.isSet(csv));
        return Success;
    }
    QList<analytics::AssociationRule> shown = rules.rules;
    if (rowLimit > 0 && shown.size() > rowLimit)
        shown.resize(rowLimit);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const analytics::AssociationRule& r : shown)
            array << QJsonObject{{QStringLiteral("if_id"), r.antecedentId},
                                 {QStringLiteral("if_code"), r.antecedentCode},
                                 {QStringLiteral("if_name"), r.antecedentName},
                                 {QStringLiteral("then_id"), r.consequentId},
                                 {QStringLiteral("then_code"), r.consequentCode},
                                 {QStringLiteral("then_name"), r.consequentName},
                                 {QStringLiteral("together"), r.pairCount},
                                 {QStringLiteral("if_count"), r.antecedentCount},
                                 {QStringLiteral("then_count"), r.consequentCount},
                                 {QStringLiteral("baskets"), rules.baskets},
                                 {QStringLiteral("support"), r.support},
                                 {QStringLiteral("confidence"), r.confidence},
                                 {QStringLiteral("lift"), r.lift}};
        context.printJson(array);
        return Success;
    }
    QList<QStringList> rows{{QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("together"),
                             QStringLiteral("support"), QStringLiteral("confidence"),
                             QStringLiteral("lift")}};
    for (const analytics::AssociationRule& r : shown)
        rows << QStringList{r.antecedentCode, r.consequentCode,    QString::number(r.pairCount),
                            ratio(r.support), ratio(r.confidence), ratio(r.lift)};
    printRows(context, rows, parser.isSet(csv));
    if (!parser.isSet(csv))
        context.out() << tr("%1 rules from %2 quotes\n").arg(rules.rules.size()).arg(rules.baskets);
    return Success;
}

} // namespace

int runAlertReport(CliContext& context, const QStringList& arguments) {
    const QString name = arguments.value(1);
    if (name != u"alerts" && name != u"cross-sell")
        return -1;
    QStringList forwarded = arguments.mid(2);
    forwarded.prepend(arguments.value(0) + QLatin1Char(' ') + name);
    // The report options the dashboards share: --owner is whose alerts.
    for (qsizetype i = 0; i < forwarded.size(); ++i) {
        if (forwarded[i] == u"--owner")
            forwarded[i] = QStringLiteral("--user");
        else if (forwarded[i].startsWith(QStringLiteral("--owner=")))
            forwarded[i] = QStringLiteral("--user=") + forwarded[i].mid(8);
    }
    return name == u"alerts" ? alertsCommand(context, forwarded) : crossSellCommand(context, forwarded);
}

QList<Command> alertCommands() {
    return {{QStringLiteral("alerts"),
             tr("Sales alerts: alerts [--user ID] [--json|--csv] | snooze|dismiss|restore KEY | settings"),
             &alertsCommand},
            {QStringLiteral("cross-sell"),
             tr("Products bought together: cross-sell [--customer ID] [--json|--csv]"), &crossSellCommand}};
}

} // namespace rapport::cli
