// rules, promotion, partner: event rules run now, promotions for a customer or quote, a partner's summary.
#include "CliContext.h"

#include "automation/Partners.h"
#include "automation/Promotions.h"
#include "automation/RuleEngine.h"
#include "sales/Money.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

bool dateOption(CliContext& context, const QString& text, QDate* date) {
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        context.usage(tr("“%1” is not a date (yyyy-MM-dd).").arg(text));
        return false;
    }
    return true;
}

QJsonObject amounts(const QMap<QString, qint64>& byCurrency) {
    QJsonObject object;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString amountsText(const QMap<QString, qint64>& byCurrency) {
    QStringList parts;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        parts << money::format(it.value(), it.key());
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(", "));
}

int rulesCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("run"), tr("run: evaluate every active rule now"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption date(QStringLiteral("date"), tr("Judge the events as on this day (yyyy-MM-dd)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption rule(QStringLiteral("rule"), tr("Only this rule."), QStringLiteral("ID"));
    parser.addOptions({json, date, rule});
    if (const int stop =
            context.parse(parser, arguments,
                          tr("Evaluates the event rules now and prints what fired. A rule fires once "
                             "per event; running again fires only for new events."),
                          1, 1);
        stop >= 0)
        return stop;
    if (parser.positionalArguments().first() != u"run")
        return context.usage(tr("rules knows only run."));
    QDate today;
    if (!dateOption(context, parser.value(date), &today))
        return WrongUsage;
    qint64 ruleId = 0;
    if (parser.isSet(rule) && !idArgument(context, parser.value(rule), &ruleId))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    RuleEngine engine(db);
    const RuleRun run = ruleId ? engine.runRule(ruleId, today) : engine.run(today);
    if (!run.status)
        return context.fail(run.status.message());
    for (const QString& problem : run.problems)
        context.err() << tr("Warning: %1\n").arg(problem);
    if (parser.isSet(json)) {
        QJsonArray firings;
        for (const RuleFiring& f : run.firings)
            firings.append(QJsonObject{{QStringLiteral("id"), QJsonValue(f.id)},
                                       {QStringLiteral("rule_id"), QJsonValue(f.ruleId)},
                                       {QStringLiteral("rule"), f.ruleName},
                                       {QStringLiteral("entity"), f.entity},
                                       {QStringLiteral("record_id"), QJsonValue(f.recordId)},
                                       {QStringLiteral("record_name"), f.recordName},
                                       {QStringLiteral("customer_id"),
                                        f.customerId ? QJsonValue(QJsonValue(f.customerId)) : QJsonValue()},
                                       {QStringLiteral("event_key"), f.eventKey},
                                       {QStringLiteral("outcome"), f.outcome}});
        QJsonArray problems;
        for (const QString& problem : run.problems)
            problems.append(problem);
        context.printJson(QJsonObject{{QStringLiteral("rules_evaluated"), run.rulesEvaluated},
                                      {QStringLiteral("firings"), firings},
                                      {QStringLiteral("problems"), problems}});
        return Success;
    }
    for (const RuleFiring& f : run.firings)
        context.out() << tr("%1: %2 %3 “%4” (%5): %6\n")
                             .arg(f.ruleName, f.entity)
                             .arg(f.recordId)
                             .arg(f.recordName, f.eventKey, f.outcome);
    context.out() << tr("%1 rules evaluated, %2 fired\n").arg(run.rulesEvaluated).arg(run.firings.size());
    return Success;
}

QJsonObject promotionJson(const Promotion& p) {
    QJsonArray products;
    for (qint64 id : p.productIds)
        products.append(QJsonValue(id));
    return QJsonObject{{QStringLiteral("id"), QJsonValue(p.id)},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("code"), p.code},
                       {QStringLiteral("percent_bp"), p.percentBp},
                       {QStringLiteral("amount_minor"), p.amountMinor},
                       {QStringLiteral("currency"), p.currency},
                       {QStringLiteral("valid_from"), p.validFrom.toString(Qt::ISODate)},
                       {QStringLiteral("valid_until"), p.validUntil.toString(Qt::ISODate)},
                       {QStringLiteral("partners_only"), p.partnersOnly},
                       {QStringLiteral("product_ids"), products}};
}

int promotionCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("list --customer ID [--date DATE] | list --quote ID | apply QUOTE_ID PROMOTION_ID"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption customer(QStringLiteral("customer"), tr("Promotions this customer may have."),
                                      QStringLiteral("ID"));
    const QCommandLineOption quote(QStringLiteral("quote"), tr("Promotions this quote may apply."),
                                   QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("On this day (default today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption currency(QStringLiteral("currency"), tr("In this currency (default EUR)."),
                                      QStringLiteral("CODE"), QStringLiteral("EUR"));
    parser.addOptions({json, customer, quote, date, currency});
    if (const int stop = context.parse(parser, arguments, tr("Lists and applies promotions."), 1, 3);
        stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    Database db;
    if (args.first() == u"apply") {
        qint64 quoteId = 0;
        qint64 promotionId = 0;
        if (args.size() != 3)
            return context.usage(tr("promotion apply takes a quote id and a promotion id."));
        if (!idArgument(context, args.at(1), &quoteId) || !idArgument(context, args.at(2), &promotionId))
            return WrongUsage;
        if (!context.openDatabase(db))
            return BadInput;
        int changed = 0;
        if (const Status done = PromotionService(db).applyToQuote(quoteId, promotionId, &changed); !done)
            return context.fail(done.message());
        context.out() << tr("%1 lines discounted\n").arg(changed);
        return Success;
    }
    if (args.first() != u"list" || args.size() != 1 || parser.isSet(customer) == parser.isSet(quote))
        return context.usage(tr("promotion list takes either --customer ID or --quote ID."));
    qint64 id = 0;
    if (!idArgument(context, parser.value(parser.isSet(customer) ? customer : quote), &id))
        return WrongUsage;
    QDate day = QDate::currentDate();
    if (!dateOption(context, parser.value(date), &day))
        return WrongUsage;
    if (!context.openDatabase(db))
        return BadInput;
    PromotionService promotions(db);
    const QList<Promotion> found = parser.isSet(quote)
                                       ? promotions.applicableToQuote(id)
                                       : promotions.applicable(id, day, parser.value(currency));
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Promotion& p : found)
            list.append(promotionJson(p));
        context.printJson(list);
        return Success;
    }
    for (const Promotion& p : found)
        context.out() << QStringLiteral("%1  %2  %3\n")
                             .arg(p.id)
                             .arg(p.name,
                                  p.percentBp
                                      ? money::formatRate(p.percentBp)
                                      : tr("%1 per unit").arg(money::format(p.amountMinor, p.currency)));
    return Success;
}

int partnerCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), tr("The partner's id."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop =
            context.parse(parser, arguments,
                          tr("A partner's people, attributed leads and deals, open pipeline by stage "
                             "and won revenue."),
                          1, 1);
        stop >= 0)
        return stop;
    qint64 id = 0;
    if (!idArgument(context, parser.positionalArguments().first(), &id))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const std::optional<PartnerSummary> s = PartnerService(db).summary(id);
    if (!s)
        return context.fail(tr("There is no partner with id %1.").arg(id));
    if (parser.isSet(json)) {
        QJsonArray stages;
        for (const PartnerStage& stage : s->pipeline)
            stages.append(QJsonObject{{QStringLiteral("pipeline"), stage.pipeline},
                                      {QStringLiteral("stage"), stage.stage},
                                      {QStringLiteral("count"), stage.count},
                                      {QStringLiteral("amount_minor"), amounts(stage.amountMinor)}});
        context.printJson(QJsonObject{{QStringLiteral("id"), QJsonValue(s->id)},
                                      {QStringLiteral("customer_id"), QJsonValue(s->customerId)},
                                      {QStringLiteral("name"), s->name},
                                      {QStringLiteral("kind"), s->kind},
                                      {QStringLiteral("level"), s->level},
                                      {QStringLiteral("commission_bp"), s->commissionBp},
                                      {QStringLiteral("contacts"), QJsonArray::fromStringList(s->contacts)},
                                      {QStringLiteral("leads"), s->leads},
                                      {QStringLiteral("open_leads"), s->openLeads},
                                      {QStringLiteral("open_opportunities"), s->openOpportunities},
                                      {QStringLiteral("won_opportunities"), s->wonOpportunities},
                                      {QStringLiteral("lost_opportunities"), s->lostOpportunities},
                                      {QStringLiteral("pipeline"), stages},
                                      {QStringLiteral("won_minor"), amounts(s->wonMinor)},
                                      {QStringLiteral("commission_minor"), amounts(s->commissionMinor)}});
        return Success;
    }
    QTextStream& out = context.out();
    out << tr("%1 (%2%3)\n")
               .arg(s->name, s->kind, s->level.isEmpty() ? QString() : QStringLiteral(", ") + s->level);
    out << tr("Contacts: %1\n")
               .arg(s->contacts.isEmpty() ? tr("none") : s->contacts.join(QStringLiteral(", ")));
    out << tr("Leads: %1 (%2 open)\n").arg(s->leads).arg(s->openLeads);
    out << tr("Opportunities: %1 open, %2 won, %3 lost\n")
               .arg(s->openOpportunities)
               .arg(s->wonOpportunities)
               .arg(s->lostOpportunities);
    for (const PartnerStage& stage : s->pipeline)
        out << QStringLiteral("  %1 / %2  %3  %4\n")
                   .arg(stage.pipeline, stage.stage)
                   .arg(stage.count)
                   .arg(amountsText(stage.amountMinor));
    out << tr("Won revenue: %1\n").arg(amountsText(s->wonMinor));
    out << tr("Commission at %1: %2\n")
               .arg(money::formatRate(s->commissionBp), amountsText(s->commissionMinor));
    return Success;
}

} // namespace

QList<Command> automationCommands() {
    return {
        {QStringLiteral("rules"), tr("Evaluate the event rules now (rules run)."), rulesCommand},
        {QStringLiteral("promotion"), tr("Promotions for a customer or quote; apply one."), promotionCommand},
        {QStringLiteral("partner"), tr("A partner's pipeline and won revenue."), partnerCommand}};
}

} // namespace rapport::cli
