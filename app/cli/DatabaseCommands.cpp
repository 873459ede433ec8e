// init, demo, search, stats, check: commands about the database as a whole.
#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"
#include "search/SearchService.h"
#include "storage/ConsistencyCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

int initCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    if (const int stop =
            context.parse(parser, arguments, tr("Creates an empty Rapport database (--db FILE)."), 0, 0);
        stop >= 0)
        return stop;
    if (QFileInfo::exists(context.databasePath()) && QFileInfo(context.databasePath()).size() > 0)
        return context.fail(tr("%1 already exists; init creates new databases only.")
                                .arg(QDir::toNativeSeparators(context.databasePath())));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    context.out()
        << tr("Created %1 (schema %2).").arg(QDir::toNativeSeparators(db.path())).arg(db.schemaVersion())
        << '\n';
    return Success;
}

int demoCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption customers(QStringLiteral("customers"), tr("How many customers (default 1000)."),
                                       QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed: the same seed gives the same data."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    parser.addOptions({customers, seed});
    if (const int stop = context.parse(
            parser, arguments, tr("Fills the database with realistic, deterministic sample data."), 0, 0);
        stop >= 0)
        return stop;
    bool countOk = false;
    bool seedOk = false;
    DemoOptions options;
    options.customers = parser.value(customers).toLongLong(&countOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!countOk || options.customers < 0 || !seedOk)
        return context.usage(tr("--customers and --seed take whole numbers."));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const Status generated = DemoGenerator().generate(db, options, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (percent != lastPercent && percent % 10 == 0) {
            context.err() << tr("%1% …").arg(percent) << '\r';
            context.err().flush();
            lastPercent = percent;
        }
        return true;
    });
    context.err() << '\n';
    if (!generated)
        return context.fail(generated.message());
    context.out() << tr("Generated %1 customers in %2 s.")
                         .arg(options.customers)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                  << '\n';
    return Success;
}

int searchCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("text"), tr("What to look for (3+ characters of a word)."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N hits (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({limit, json});
    if (const int stop = context.parse(parser, arguments, tr("Searches customers and contacts."), 1, -1);
        stop >= 0)
        return stop;
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count <= 0)
        return context.usage(tr("--limit takes a positive whole number."));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    Status status;
    const QList<SearchHit> hits =
        SearchService(db).search(parser.positionalArguments().join(QLatin1Char(' ')), count, &status);
    if (!status)
        return context.fail(status.message());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit& hit : hits) {
            QJsonObject object{{QStringLiteral("id"), hit.id},
                               {QStringLiteral("entity"), hit.entity},
                               {QStringLiteral("name"), hit.name}};
            if (!hit.organisation.isEmpty())
                object.insert(QStringLiteral("organisation"), hit.organisation);
            if (!hit.email.isEmpty())
                object.insert(QStringLiteral("email"), hit.email);
            if (!hit.phone.isEmpty())
                object.insert(QStringLiteral("phone"), hit.phone);
            array.append(object);
        }
        context.printJson(array);
        return Success;
    }
    for (const SearchHit& hit : hits) {
        QStringList parts{hit.entity, QString::number(hit.id), hit.name};
        for (const QString& extra : {hit.organisation, hit.email, hit.phone}) {
            if (!extra.isEmpty())
                parts << extra;
        }
        context.out() << parts.join(QStringLiteral("  ")) << '\n';
    }
    return Success;
}

int statsCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop = context.parse(parser, arguments, tr("Counts the records of each entity."), 0, 0);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    RecordStore store(db);
    QJsonObject counts;
    for (const EntityDescriptor& entity : EntityCatalog::all())
        counts.insert(entity.pluralName, store.count(entity));
    const qint64 fileSize = QFileInfo(db.path()).size();
    if (parser.isSet(json)) {
        context.printJson(QJsonObject{{QStringLiteral("database"), db.path()},
                                      {QStringLiteral("schema_version"), db.schemaVersion()},
                                      {QStringLiteral("file_size"), fileSize},
                                      {QStringLiteral("counts"), counts}});
        return Success;
    }
    context.out() << tr("database: %1").arg(QDir::toNativeSeparators(db.path())) << '\n'
                  << tr("schema version: %1").arg(db.schemaVersion()) << '\n'
                  << tr("file size: %1 bytes").arg(fileSize) << '\n';
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        context.out() << it.key() << ": " << it.value().toInteger() << '\n';
    return Success;
}

int checkCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    if (const int stop =
            context.parse(parser, arguments,
                          tr("Checks the database: SQLite's integrity check and Rapport's own rules."), 0, 0);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const QStringList problems = ConsistencyCheck::run(db);
    if (problems.isEmpty()) {
        context.out() << tr("ok") << '\n';
        return Success;
    }
    for (const QString& problem : problems)
        context.err() << problem << '\n';
    return BadInput;
}

int meCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("user-id"), tr("The user to become “me” (omit to show)."),
                                 QStringLiteral("[USER_ID]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop =
            context.parse(parser, arguments, tr("Shows or sets which user this database belongs to."), 0, 1);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    RecordStore store(db);
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usage(tr("“%1” is not a user id.").arg(parser.positionalArguments().first()));
        if (const Status set = store.setCurrentUserId(id); !set)
            return context.fail(set.message());
    }
    const qint64 me = store.currentUserId();
    const QString name = me ? store.displayName(EntityCatalog::user(), me) : QString();
    if (parser.isSet(json))
        context.printJson(QJsonObject{{QStringLiteral("id"), me ? QJsonValue(me) : QJsonValue()},
                                      {QStringLiteral("name"), name}});
    else if (me)
        context.out() << me << "  " << name << '\n';
    else
        context.out() << tr("No user is set as “me” yet; set one with: rapport-cli me USER_ID") << '\n';
    return Success;
}

} // namespace

QList<Command> databaseCommands() {
    return {
        {QStringLiteral("init"), tr("Create an empty database"), &initCommand},
        {QStringLiteral("demo"), tr("Add sample data: demo [--customers N] [--seed S]"), &demoCommand},
        {QStringLiteral("search"), tr("Search customers and contacts: search TEXT [--limit N] [--json]"),
         &searchCommand},
        {QStringLiteral("stats"), tr("Count records, show schema version and file size [--json]"),
         &statsCommand},
        {QStringLiteral("check"), tr("Check integrity and consistency"), &checkCommand},
        {QStringLiteral("me"), tr("Show or set the user this database belongs to: me [USER_ID]"), &meCommand},
    };
}

} // namespace rapport::cli
