// settings: the company letterhead the quote PDF prints (name, address, contacts, tax id, quote terms, logo).
#include "CliContext.h"

#include "sales/Letterhead.h"

#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

int settingsCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("list [--json] | get KEY | set KEY VALUE (company_logo takes an image file; an empty VALUE "
           "removes a setting). Keys: %1")
            .arg(Letterhead::keys().join(QStringLiteral(", "))));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop =
            context.parse(parser, arguments, tr("Shows and changes the company letterhead of quotes."), 1, 3);
        stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.first();
    if (action == u"list" && args.size() != 1)
        return context.usage(tr("settings list takes no more arguments."));
    if (action == u"get" && args.size() != 2)
        return context.usage(tr("settings get takes one KEY."));
    if (action == u"set" && args.size() != 3)
        return context.usage(tr("settings set takes a KEY and a VALUE."));
    if (action != u"list" && action != u"get" && action != u"set")
        return context.usage(tr("unknown settings action “%1”; use list, get or set.").arg(action));
    if (action != u"list" && !Letterhead::keys().contains(args.at(1)))
        return context.usage(tr("unknown setting “%1”; the settings are: %2.")
                                 .arg(args.at(1), Letterhead::keys().join(QStringLiteral(", "))));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    Letterhead letterhead(db);
    const auto shown = [&letterhead](const QString& key) {
        if (key != QLatin1String(Letterhead::logoKey))
            return letterhead.value(key);
        const QByteArray logo = letterhead.logo();
        return logo.isEmpty() ? QString() : tr("(an image of %1 bytes)").arg(logo.size());
    };
    if (action == u"list") {
        if (parser.isSet(json)) {
            QJsonObject object;
            for (const QString& key : Letterhead::keys())
                object.insert(key, shown(key));
            context.printJson(object);
        } else {
            for (const QString& key : Letterhead::keys())
                context.out() << key << ": "
                              << QString(shown(key)).replace(QLatin1Char('\n'), QStringLiteral("\\n"))
                              << '\n';
        }
        return Success;
    }
    if (action == u"get") {
        context.out() << shown(args.at(1)) << '\n';
        return Success;
    }
    if (const Status done = letterhead.set(args.at(1), args.at(2)); !done)
        return context.fail(done.message());
    return Success;
}

} // namespace

QList<Command> settingsCommands() {
    return {{QStringLiteral("settings"),
             tr("The quote letterhead: settings list [--json] | get KEY | set KEY VALUE"), &settingsCommand}};
}

} // namespace rapport::cli
