// segment, campaign: campaign management beyond the generic record verbs.
#include "CliContext.h"

#include "CampaignLettersPdf.h"
#include "marketing/CampaignExport.h"
#include "marketing/CampaignResponses.h"
#include "marketing/CampaignService.h"
#include "marketing/CampaignStatistics.h"
#include "marketing/SegmentCriteria.h"
#include "marketing/SegmentService.h"
#include "sales/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QString percent(qint64 bp) {
    return QLocale().toString(static_cast<double>(bp) / 100.0, 'f', 2) + QStringLiteral(" %");
}

int segmentCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("count ID | count --entity E --criteria JSON | freeze ID | members ID | "
                                    "contains ID RECORD_ID | fields ENTITY"));
    const QCommandLineOption entity(QStringLiteral("entity"), tr("customer, contact or lead."),
                                    QStringLiteral("E"));
    const QCommandLineOption criteria(QStringLiteral("criteria"), tr("Criteria as JSON."),
                                      QStringLiteral("JSON"));
    parser.addOption(entity);
    parser.addOption(criteria);
    if (const int stop = context.parse(parser, arguments, tr("Counts, lists and freezes segments."), 1, 3);
        stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.first();
    if (action == u"fields") {
        if (args.size() != 2 || !SegmentCriteria::isSegmentEntity(args.at(1)))
            return context.usage(tr("segment fields takes customer, contact or lead."));
        for (const SegmentField& f : SegmentCriteria::fields(args.at(1)))
            context.out() << f.name << '\t' << f.label << '\t'
                          << segmentOperators(f.type).join(QLatin1Char(',')) << '\n';
        return Success;
    }
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    SegmentService segments(db);
    Status status;
    if (action == u"count" && args.size() == 1) {
        if (!parser.isSet(entity) || !parser.isSet(criteria))
            return context.usage(tr("segment count needs a segment id, or --entity and --criteria."));
        QJsonObject object;
        status = SegmentCriteria::parse(parser.value(criteria), &object);
        if (!status)
            return context.fail(status.message());
        const qint64 n = segments.count(parser.value(entity), object, &status);
        if (!status)
            return context.fail(status.message());
        context.out() << n << '\n';
        return Success;
    }
    if (args.size() < 2)
        return context.usage(tr("segment %1 takes a segment id.").arg(action));
    qint64 id = 0;
    if (!idArgument(context, args.at(1), &id))
        return WrongUsage;
    if (action == u"count") {
        const qint64 n = segments.count(id, &status);
        if (!status)
            return context.fail(status.message());
        context.out() << n << '\n';
        return Success;
    }
    if (action == u"freeze") {
        qint64 members = 0;
        status = segments.freeze(id, &members);
        if (!status)
            return context.fail(status.message());
        context.out() << tr("Segment %1 is now a static list of %2 members.\n").arg(id).arg(members);
        return Success;
    }
    if (action == u"members") {
        const QList<qint64> ids = segments.memberIds(id, &status);
        if (!status)
            return context.fail(status.message());
        for (qint64 member : ids)
            context.out() << member << '\n';
        return Success;
    }
    if (action == u"contains") {
        qint64 record = 0;
        if (args.size() != 3 || !idArgument(context, args.at(2), &record))
            return context.usage(tr("segment contains takes a segment id and a record id."));
        const bool in = segments.contains(id, record, &status);
        if (!status)
            return context.fail(status.message());
        context.out() << (in ? tr("yes") : tr("no")) << '\n';
        return in ? Success : BadInput;
    }
    return context.usage(tr("Unknown segment action “%1”.").arg(action));
}

QJsonObject statsJson(const CampaignStats& s) {
    return QJsonObject{{QStringLiteral("campaign_id"), QString::number(s.campaignId)},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("channel"), s.channel},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("currency"), s.currency},
                       {QStringLiteral("audience"), s.audience},
                       {QStringLiteral("sent"), s.sent},
                       {QStringLiteral("bounced"), s.bounced},
                       {QStringLiteral("opened"), s.opened},
                       {QStringLiteral("responses"), s.responses},
                       {QStringLiteral("opted_out"), s.optedOut},
                       {QStringLiteral("conversions"), s.conversions},
                       {QStringLiteral("excluded_consent"), s.excludedConsent},
                       {QStringLiteral("excluded_suppressed"), s.excludedSuppressed},
                       {QStringLiteral("budget_minor"), s.budgetMinor},
                       {QStringLiteral("cost_minor"), s.costMinor},
                       {QStringLiteral("revenue_minor"), s.revenueMinor},
                       {QStringLiteral("response_rate_bp"), s.responseRateBp},
                       {QStringLiteral("conversion_rate_bp"), s.conversionRateBp},
                       {QStringLiteral("cost_per_response_minor"), s.costPerResponseMinor},
                       {QStringLiteral("roi_bp"), s.roiKnown ? QJsonValue(s.roiBp) : QJsonValue()}};
}

void printStats(CliContext& context, const CampaignStats& s) {
    const QLocale locale;
    auto money = [&](qint64 minor) {
        return money::formatLocalized(minor, locale) + QLatin1Char(' ') + s.currency;
    };
    QTextStream& out = context.out();
    out << tr("Campaign %1 (%2, %3)\n").arg(s.name, s.channel, s.status);
    out << tr("Audience: %1 (left out: %2 without consent, %3 suppressed)\n")
               .arg(s.audience)
               .arg(s.excludedConsent)
               .arg(s.excludedSuppressed);
    out << tr("Sent: %1  bounced: %2  opened: %3  opted out: %4\n")
               .arg(s.sent)
               .arg(s.bounced)
               .arg(s.opened)
               .arg(s.optedOut);
    out << tr("Responses: %1 (%2)  conversions: %3 (%4)\n")
               .arg(s.responses)
               .arg(percent(s.responseRateBp))
               .arg(s.conversions)
               .arg(percent(s.conversionRateBp));
    out << tr("Budget: %1  cost: %2  cost per response: %3\n")
               .arg(money(s.budgetMinor), money(s.costMinor), money(s.costPerResponseMinor));
    out << tr("Revenue from won opportunities: %1  ROI: %2\n")
               .arg(money(s.revenueMinor), s.roiKnown ? percent(s.roiBp) : tr("n/a (no cost)"));
}

int campaignCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("launch ID | export ID DIR --format csv|eml|pdf|calls | responses ID FILE.csv | stats ID [--json] "
           "| "
           "compare [ID...] [--json] | member MEMBER_ID STATUS | add ID contact|customer|lead RECORD_ID | "
           "trend ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, eml, pdf or calls."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(format);
    parser.addOption(json);
    if (const int stop = context.parse(parser, arguments,
                                       tr("Launches campaigns, exports their messages, records "
                                          "responses and prints statistics."),
                                       1, 1000);
        stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.first();
    QList<qint64> ids;
    if (action != u"export" && action != u"responses" && action != u"member" && action != u"add") {
        for (const QString& arg : args.mid(1)) {
            qint64 id = 0;
            if (!idArgument(context, arg, &id))
                return WrongUsage;
            ids << id;
        }
    } else {
        qint64 id = 0;
        if (args.size() < 2 || !idArgument(context, args.at(1), &id))
            return args.size() < 2 ? context.usage(tr("campaign %1 takes an id.").arg(action)) : WrongUsage;
        ids << id;
    }
    if (action != u"compare" && ids.size() < 1)
        return context.usage(tr("campaign %1 takes a campaign id.").arg(action));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    CampaignService campaigns(db);
    if (action == u"launch") {
        const LaunchResult launched = campaigns.launch(ids.first());
        if (!launched.status)
            return context.fail(launched.status.message());
        context.out()
            << tr("Added %1 members (audience now %2); left out %3 without consent for the channel and %4 "
                  "on the suppression list; %5 were members already.\n")
                   .arg(launched.added)
                   .arg(launched.audience)
                   .arg(launched.excludedConsent)
                   .arg(launched.excludedSuppressed)
                   .arg(launched.alreadyMembers);
        return Success;
    }
    if (action == u"export") {
        if (args.size() != 3)
            return context.usage(tr("campaign export takes a campaign id and a folder."));
        CampaignExportFormat chosen;
        if (!CampaignExport::parseFormat(parser.value(format), &chosen))
            return context.usage(
                tr("“%1” is not an export format; use csv, eml, pdf or calls.").arg(parser.value(format)));
        const CampaignExportResult done = chosen == CampaignExportFormat::LettersPdf
                                              ? CampaignLettersPdf::exportLetters(db, ids.first(), args.at(2))
                                              : CampaignExport(db).write(ids.first(), args.at(2), chosen);
        if (!done.status)
            return context.fail(done.status.message());
        context.out()
            << tr("Wrote %1 members (%2 without the address the format needs); %3 newly marked sent.\n")
                   .arg(done.written)
                   .arg(done.skippedNoAddress)
                   .arg(done.markedSent);
        for (const QString& file : done.files.mid(0, 5))
            context.out() << file << '\n';
        if (done.files.size() > 5)
            context.out() << tr("… and %1 more files\n").arg(done.files.size() - 5);
        return Success;
    }
    if (action == u"responses") {
        if (args.size() != 3)
            return context.usage(tr("campaign responses takes a campaign id and a CSV file."));
        const ResponseImportResult done = CampaignResponses(db).importFile(ids.first(), args.at(2));
        if (!done.status)
            return context.fail(done.status.message());
        context.out()
            << tr("Read %1 lines: %2 matched members, %3 members changed status, %4 lines not used.\n")
                   .arg(done.lines)
                   .arg(done.matched)
                   .arg(done.changed)
                   .arg(done.unmatched.size());
        for (const UnmatchedResponse& line : done.unmatched)
            context.err()
                << tr("%1, line %2: %3 (%4)\n").arg(args.at(2)).arg(line.line).arg(line.reason, line.text);
        return Success;
    }
    if (action == u"member") {
        if (args.size() != 3)
            return context.usage(tr("campaign member takes a member id and a status."));
        const Status done = campaigns.setMemberStatus(ids.first(), args.at(2));
        return done ? Success : context.fail(done.message());
    }
    if (action == u"add") {
        qint64 record = 0;
        if (args.size() != 4 || !idArgument(context, args.at(3), &record))
            return context.usage(
                tr("campaign add takes a campaign id, contact|customer|lead and a record id."));
        CampaignAudienceRef who;
        if (args.at(2) == u"contact")
            who = CampaignAudienceRef::contact(record);
        else if (args.at(2) == u"customer")
            who = CampaignAudienceRef::customer(record);
        else if (args.at(2) == u"lead")
            who = CampaignAudienceRef::lead(record);
        else
            return context.usage(tr("“%1” is not contact, customer or lead.").arg(args.at(2)));
        const AddMemberResult added = campaigns.addMember(ids.first(), who);
        if (!added.status)
            return context.fail(added.status.message());
        switch (added.outcome) {
        case AddMemberOutcome::Added:
            context.out() << tr("Added as member %1.\n").arg(added.memberId);
            return Success;
        case AddMemberOutcome::AlreadyMember:
            context.out() << tr("Already member %1.\n").arg(added.memberId);
            return Success;
        case AddMemberOutcome::NoConsent:
            return context.fail(tr("Not added: no consent for the campaign's channel."));
        case AddMemberOutcome::Suppressed:
            return context.fail(tr("Not added: the address is on the suppression list."));
        }
    }
    CampaignStatistics statistics(db);
    Status status;
    if (action == u"stats") {
        const CampaignStats s = statistics.stats(ids.first(), &status);
        if (!status)
            return context.fail(status.message());
        if (parser.isSet(json))
            context.printJson(statsJson(s));
        else
            printStats(context, s);
        return Success;
    }
    if (action == u"trend") {
        for (const DailyResponses& day : statistics.responsesPerDay(ids.first(), &status))
            context.out() << day.day.toString(Qt::ISODate) << '\t' << day.responses << '\n';
        return status ? Success : context.fail(status.message());
    }
    if (action == u"compare") {
        const QList<CampaignStats> all = statistics.compare(ids, &status);
        if (!status)
            return context.fail(status.message());
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const CampaignStats& s : all)
                list.append(statsJson(s));
            context.printJson(list);
            return Success;
        }
        context.out() << tr(
            "campaign\tchannel\taudience\tsent\tresponses\trate\tconversions\tcost\trevenue\tROI\n");
        for (const CampaignStats& s : all)
            context.out() << s.name << '\t' << s.channel << '\t' << s.audience << '\t' << s.sent << '\t'
                          << s.responses << '\t' << percent(s.responseRateBp) << '\t' << s.conversions << '\t'
                          << money::formatLocalized(s.costMinor, QLocale()) << '\t'
                          << money::formatLocalized(s.revenueMinor, QLocale()) << '\t'
                          << (s.roiKnown ? percent(s.roiBp) : QStringLiteral("-")) << '\n';
        return Success;
    }
    return context.usage(tr("Unknown campaign action “%1”.").arg(action));
}

} // namespace

QList<Command> marketingCommands() {
    return {
        {QStringLiteral("segment"), tr("Count, list, test and freeze segments."), segmentCommand},
        {QStringLiteral("campaign"), tr("Launch, export, record responses, statistics."), campaignCommand}};
}

} // namespace rapport::cli
