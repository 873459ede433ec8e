// lead, opportunity, quote, ledger, pipeline, calendar: the sales work beyond the generic record verbs.
#include "CliContext.h"

#include "QuotePdf.h"
#include "repository/RecordStore.h"
#include "sales/ICalendar.h"
#include "sales/LeadService.h"
#include "sales/Ledger.h"
#include "sales/Money.h"
#include "sales/MyWork.h"
#include "sales/PipelineService.h"
#include "sales/Quotes.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

int leadCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("convert ID [--pipeline ID] | assign [ID...] | reassign USER_ID ID... | rescore"));
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), tr("Pipeline of the new opportunity."),
                                      QStringLiteral("ID"), QStringLiteral("0"));
    parser.addOption(pipeline);
    if (const int stop =
            context.parse(parser, arguments, tr("Converts, assigns and rescores leads."), 1, 10000);
        stop >= 0)
        return stop;
    QStringList args = parser.positionalArguments();
    const QString action = args.takeFirst();
    QList<qint64> ids;
    for (const QString& arg : args) {
        qint64 id = 0;
        if (!idArgument(context, arg, &id))
            return WrongUsage;
        ids << id;
    }
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    LeadService leads(db);
    if (action == u"convert") {
        if (ids.size() != 1)
            return context.usage(tr("lead convert takes one lead id."));
        const Conversion done = leads.convert(ids.first(), parser.value(pipeline).toLongLong());
        if (!done.status)
            return context.fail(done.status.message());
        context.out() << tr("customer %1 (%2)\n")
                             .arg(done.customerId)
                             .arg(done.matchedCustomer ? tr("existing") : tr("new"));
        if (done.contactId)
            context.out() << tr("contact %1 (%2)\n")
                                 .arg(done.contactId)
                                 .arg(done.matchedContact ? tr("existing") : tr("new"));
        context.out() << tr("opportunity %1\n").arg(done.opportunityId);
        return Success;
    }
    if (action == u"assign") {
        if (ids.isEmpty()) {
            Status status;
            const int count = leads.assignUnassigned(&status);
            if (!status)
                return context.fail(status.message());
            context.out() << tr("%1 leads assigned\n").arg(count);
            return Success;
        }
        for (qint64 id : ids) {
            const Assignment done = leads.assign(id);
            if (!done.status)
                return context.fail(done.status.message());
            context.out()
                << (done.userId
                        ? tr("lead %1: user %2 by rule “%3”\n").arg(id).arg(done.userId).arg(done.ruleName)
                        : tr("lead %1: no rule matched\n").arg(id));
        }
        return Success;
    }
    if (action == u"reassign") {
        if (ids.size() < 2)
            return context.usage(tr("lead reassign takes a user id and one or more lead ids."));
        if (const Status done = leads.reassign(ids.mid(1), ids.first()); !done)
            return context.fail(done.message());
        return Success;
    }
    if (action == u"rescore") {
        if (const Status done = leads.rescoreAll(); !done)
            return context.fail(done.message());
        return Success;
    }
    return context.usage(tr("unknown lead action “%1”.").arg(action));
}

int opportunityCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("move ID STAGE (stage id or name) | history ID | followup ID [--task T]... "
           "[--renewal DATE]"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it was won or lost."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption task(QStringLiteral("task"), tr("A follow-up task (repeatable)."),
                                  QStringLiteral("TITLE"));
    const QCommandLineOption renewal(QStringLiteral("renewal"),
                                     tr("Create a renewal opportunity closing on DATE."),
                                     QStringLiteral("DATE"));
    parser.addOptions({reason, task, renewal});
    if (const int stop =
            context.parse(parser, arguments, tr("Moves opportunities through their pipeline."), 2, 3);
        stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    qint64 id = 0;
    if (!idArgument(context, args.at(1), &id))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    PipelineService pipelines(db);
    if (args.first() == u"move" && args.size() == 3) {
        const std::optional<Record> opportunity =
            RecordStore(db).get(*EntityCatalog::find(QStringLiteral("opportunity")), id);
        if (!opportunity)
            return context.fail(tr("There is no opportunity with id %1.").arg(id));
        qint64 stageId = 0;
        for (const PipelineInfo& p : pipelines.pipelines())
            if (p.id == opportunity->value(QStringLiteral("pipeline_id")).toLongLong())
                for (const StageInfo& s : p.stages)
                    if (QString::number(s.id) == args.at(2) ||
                        s.name.compare(args.at(2), Qt::CaseInsensitive) == 0)
                        stageId = s.id;
        if (!stageId)
            return context.fail(tr("The opportunity's pipeline has no stage “%1”.").arg(args.at(2)));
        if (const Status done = pipelines.move(id, stageId, parser.value(reason)); !done)
            return context.fail(done.message());
        return Success;
    }
    if (args.first() == u"history" && args.size() == 2) {
        for (const StageVisit& visit : pipelines.history(id))
            context.out() << visit.enteredAt << "  " << visit.stageName
                          << (visit.leftAt.isEmpty() ? QString() : tr("  (until %1)").arg(visit.leftAt))
                          << '\n';
        return Success;
    }
    if (args.first() == u"followup" && args.size() == 2) {
        const QDate date = QDate::fromString(parser.value(renewal), Qt::ISODate);
        if (parser.isSet(renewal) && !date.isValid())
            return context.usage(tr("--renewal takes a date (YYYY-MM-DD)."));
        qint64 renewalId = 0;
        if (const Status done = pipelines.followUp(id, parser.values(task), date, 0, &renewalId); !done)
            return context.fail(done.message());
        if (renewalId)
            context.out() << tr("renewal opportunity %1\n").arg(renewalId);
        return Success;
    }
    return context.usage(tr("unknown opportunity action “%1”.").arg(args.first()));
}

int quoteCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("pdf ID FILE | new CUSTOMER_ID [--opportunity ID] | line ID PRODUCT_ID QUANTITY | "
           "accept ID | revise ID | status ID STATUS"));
    const QCommandLineOption opportunity(QStringLiteral("opportunity"), tr("The quote's opportunity."),
                                         QStringLiteral("ID"), QStringLiteral("0"));
    parser.addOption(opportunity);
    if (const int stop =
            context.parse(parser, arguments, tr("Creates, revises, accepts and prints quotes."), 2, 4);
        stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    qint64 id = 0;
    if (!idArgument(context, args.at(1), &id))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    QuoteService quotes(db);
    const QString action = args.first();
    if (action == u"pdf" && args.size() == 3) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return context.fail(tr("quote pdf needs the graphical platform plugins."));
        if (const Status done = QuotePdf::write(quotes.document(id), args.at(2)); !done)
            return context.fail(done.message());
        return Success;
    }
    if (action == u"new" && args.size() == 2) {
        const WriteResult done = quotes.create(id, parser.value(opportunity).toLongLong());
        if (!done.ok())
            return context.fail(done.message());
        context.out() << done.id << '\n';
        return Success;
    }
    if (action == u"line" && args.size() == 4) {
        qint64 product = 0;
        qint64 quantity = 0;
        if (!idArgument(context, args.at(2), &product))
            return WrongUsage;
        if (!money::parseQuantity(args.at(3), &quantity) || quantity <= 0)
            return context.usage(tr("“%1” is not a quantity.").arg(args.at(3)));
        const std::optional<Record> quote =
            RecordStore(db).get(*EntityCatalog::find(QStringLiteral("quote")), id);
        if (!quote)
            return context.fail(tr("There is no quote with id %1.").arg(id));
        const std::optional<QuoteLine> line =
            quotes.productLine(product, quote->value(QStringLiteral("customer_id")).toLongLong(), quantity);
        if (!line)
            return context.fail(tr("There is no product with id %1.").arg(product));
        QList<QuoteLine> lines = quotes.lines(id);
        lines << *line;
        const CreditCheck check = quotes.creditCheck(quote->value(QStringLiteral("customer_id")).toLongLong(),
                                                     QuoteTotals::of(lines).totalMinor);
        if (const Status done = quotes.setLines(id, lines); !done)
            return context.fail(done.message());
        if (check.exceeds)
            context.err() << tr("Warning: with this quote the customer's balance (%1) would exceed the "
                                "credit limit (%2).\n")
                                 .arg(money::formatPlain(check.afterMinor),
                                      money::formatPlain(check.limitMinor));
        return Success;
    }
    if (action == u"accept" && args.size() == 2) {
        if (const Status done = quotes.accept(id); !done)
            return context.fail(done.message());
        return Success;
    }
    if (action == u"revise" && args.size() == 2) {
        const WriteResult done = quotes.revise(id);
        if (!done.ok())
            return context.fail(done.message());
        context.out() << done.id << '\n';
        return Success;
    }
    if (action == u"status" && args.size() == 3) {
        if (const Status done = quotes.setStatus(id, args.at(2)); !done)
            return context.fail(done.message());
        return Success;
    }
    return context.usage(tr("unknown quote action or wrong arguments: %1.").arg(args.join(QLatin1Char(' '))));
}

int ledgerCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("customer"), tr("Customer id."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV (semicolon-separated)."));
    parser.addOptions({json, csv});
    if (const int stop = context.parse(parser, arguments,
                                       tr("Shows a customer's account with its running balance."), 1, 1);
        stop >= 0)
        return stop;
    qint64 customer = 0;
    if (!idArgument(context, parser.positionalArguments().first(), &customer))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    if (!RecordStore(db).exists(EntityCatalog::customer(), customer))
        return context.fail(tr("There is no customer with id %1.").arg(customer));
    const LedgerStatement statement = Ledger(db).statement(customer);
    if (parser.isSet(csv)) {
        context.out() << Ledger::toCsv(statement);
        return Success;
    }
    if (parser.isSet(json)) {
        QJsonArray lines;
        for (const LedgerLine& line : statement.lines)
            lines.append(QJsonObject{{QStringLiteral("id"), line.id},
                                     {QStringLiteral("date"), line.date.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), line.kind},
                                     {QStringLiteral("description"), line.description},
                                     {QStringLiteral("reference"), line.reference},
                                     {QStringLiteral("debit_minor"), line.debitMinor},
                                     {QStringLiteral("credit_minor"), line.creditMinor},
                                     {QStringLiteral("balance_minor"), line.balanceMinor}});
        context.printJson(QJsonObject{
            {QStringLiteral("customer_id"), customer},
            {QStringLiteral("customer"), statement.customerName},
            {QStringLiteral("currency"), statement.currency},
            {QStringLiteral("credit_limit_minor"),
             statement.creditLimitMinor < 0 ? QJsonValue() : QJsonValue(statement.creditLimitMinor)},
            {QStringLiteral("balance_minor"), statement.balanceMinor},
            {QStringLiteral("over_limit"), statement.overLimit()},
            {QStringLiteral("entries"), lines}});
        return Success;
    }
    context.out() << statement.customerName << '\n';
    for (const LedgerLine& line : statement.lines)
        context.out() << line.date.toString(Qt::ISODate) << "  " << line.kind.leftJustified(12) << "  "
                      << line.description.left(40).leftJustified(40) << "  "
                      << money::formatPlain(line.debitMinor).rightJustified(14) << "  "
                      << money::formatPlain(line.creditMinor).rightJustified(14) << "  "
                      << money::formatPlain(line.balanceMinor).rightJustified(14) << '\n';
    context.out() << tr("balance: %1").arg(money::format(statement.balanceMinor, statement.currency));
    if (statement.creditLimitMinor >= 0)
        context.out() << tr("  credit limit: %1%2")
                             .arg(money::format(statement.creditLimitMinor, statement.currency),
                                  statement.overLimit() ? tr("  OVER LIMIT") : QString());
    context.out() << '\n';
    return Success;
}

int pipelineCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only this user's opportunities."),
                                   QStringLiteral("ID"), QStringLiteral("0"));
    parser.addOptions({json, owner});
    if (const int stop =
            context.parse(parser, arguments, tr("Per stage: count, amount and weighted amount."), 0, 0);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    PipelineService pipelines(db);
    QJsonArray result;
    for (const PipelineInfo& p : pipelines.pipelines()) {
        QJsonArray stages;
        if (!parser.isSet(json))
            context.out() << p.name << '\n';
        for (const BoardColumn& column : pipelines.board(p.id, parser.value(owner).toLongLong())) {
            QJsonObject amounts;
            QJsonObject weighted;
            QStringList text;
            for (auto it = column.amount.cbegin(); it != column.amount.cend(); ++it) {
                amounts.insert(it.key(), it.value());
                weighted.insert(it.key(), column.weighted.value(it.key()));
                text << tr("%1 (weighted %2)")
                            .arg(money::format(it.value(), it.key()),
                                 money::formatPlain(column.weighted.value(it.key())));
            }
            stages.append(QJsonObject{{QStringLiteral("stage_id"), column.stage.id},
                                      {QStringLiteral("stage"), column.stage.name},
                                      {QStringLiteral("outcome"), column.stage.outcome},
                                      {QStringLiteral("probability"), column.stage.probability},
                                      {QStringLiteral("count"), column.count},
                                      {QStringLiteral("amount_minor"), amounts},
                                      {QStringLiteral("weighted_minor"), weighted}});
            if (!parser.isSet(json))
                context.out() << "  " << column.stage.name.leftJustified(18)
                              << QString::number(column.count).rightJustified(6) << "  "
                              << text.join(QStringLiteral(", ")) << '\n';
        }
        result.append(QJsonObject{{QStringLiteral("pipeline_id"), p.id},
                                  {QStringLiteral("pipeline"), p.name},
                                  {QStringLiteral("stages"), stages}});
    }
    if (parser.isSet(json))
        context.printJson(result);
    return Success;
}

int calendarCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("export"), tr("export FILE.ics"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Only this user's tasks and appointments."),
                                  QStringLiteral("ID"), QStringLiteral("0"));
    parser.addOption(user);
    if (const int stop =
            context.parse(parser, arguments, tr("Exports open tasks and appointments as iCalendar."), 2, 2);
        stop >= 0)
        return stop;
    if (parser.positionalArguments().first() != u"export")
        return context.usage(tr("calendar knows only export FILE.ics."));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const QList<CalendarItem> items = MyWork::calendarItems(db, parser.value(user).toLongLong());
    QSaveFile file(parser.positionalArguments().at(1));
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(ICalendar::write(items, QDateTime::currentDateTimeUtc()));
    if (!file.commit())
        return context.fail(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    context.out() << tr("%1 items written\n").arg(items.size());
    return Success;
}

} // namespace

QList<Command> salesCommands() {
    return {{QStringLiteral("lead"), tr("Convert, assign, reassign and rescore leads."), leadCommand},
            {QStringLiteral("opportunity"), tr("Move an opportunity to a stage; its history; follow-up."),
             opportunityCommand},
            {QStringLiteral("quote"), tr("New quote, lines, revise, accept, PDF."), quoteCommand},
            {QStringLiteral("ledger"), tr("A customer's account and running balance."), ledgerCommand},
            {QStringLiteral("pipeline"), tr("Per stage: count, amount, weighted amount."), pipelineCommand},
            {QStringLiteral("calendar"), tr("Export tasks and appointments to .ics."), calendarCommand}};
}

} // namespace rapport::cli
