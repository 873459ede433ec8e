// sync clone|export|import|status|conflicts|resolve|history: offline sync by package files (issue 7).
#include "CliContext.h"

#include "sync/SyncService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

using namespace rapport::sync;

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

// "42% – 420000 of 1004000 changes" on the error stream, rewritten in place as a package is written or read.
SyncService::Progress printProgress(CliContext& context) {
    return [&context, shown = qint64{-1}](qint64 done, qint64 total) mutable {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        if (percent == shown)
            return true;
        shown = percent;
        context.err() << tr("%1% – %2 of %3 changes").arg(percent).arg(done).arg(total) << "   \r";
        context.err().flush();
        return true;
    };
}

QJsonValue jsonValue(const QVariant& value) {
    return value.isNull() || !value.isValid() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QString shown(const QVariant& value) {
    return value.isNull() || !value.isValid() ? tr("(empty)") : QStringLiteral("“%1”").arg(value.toString());
}

QString time(const QDateTime& at) {
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("never");
}

QString subcommandHelp() {
    return tr("Usage: rapport-cli [--db FILE] sync SUBCOMMAND [ARGUMENTS]\n\n"
              "Offline sync between the office database and field copies, by package files.\n\n"
              "Subcommands:\n"
              "  clone FILE [--owner ID] [--territory COUNTRY] [--name NAME]\n"
              "                      make a field copy (whole database or a subset) with its own identity\n"
              "  export FILE [--to DEVICE]\n"
              "                      write the changes the other side has not acknowledged yet\n"
              "  import FILE         apply a package (changes already held are skipped)\n"
              "  status [--json]     device identity, pending changes, last exchange\n"
              "  conflicts [--all] [--json]\n"
              "                      the conflict inbox\n"
              "  resolve ID --take mine|theirs|current|other|restore|dismiss\n"
              "                      settle a conflict (taking a value is an edit that syncs)\n"
              "  history [--json]    packages written and read here\n");
}

int cloneCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only customers owned by this user id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption territory(QStringLiteral("territory"),
                                       tr("Only customers in this country (billing or shipping)."),
                                       QStringLiteral("COUNTRY"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The field copy's device name."),
                                  QStringLiteral("NAME"));
    parser.addOptions({owner, territory, name});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The new database file for the field copy."));
    if (const int stop = context.parse(parser, arguments, tr("Makes a field copy of the database."), 1, 1);
        stop >= 0)
        return stop;
    CloneOptions options;
    options.name = parser.value(name);
    options.territory = parser.value(territory).trimmed();
    if (parser.isSet(owner)) {
        bool ok = false;
        options.ownerId = parser.value(owner).toLongLong(&ok);
        if (!ok || options.ownerId <= 0)
            return context.usage(tr("--owner takes a user id (a whole number)."));
    }
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const QString target = parser.positionalArguments().first();
    if (const Status cloned = SyncService(db).clone(target, options); !cloned)
        return context.fail(cloned.message());
    context.out() << tr("Field copy written to %1.").arg(QDir::toNativeSeparators(target)) << '\n';
    return Success;
}

int exportCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Only for this device id (default: the office on a field "
                                   "copy, every copy on the office)."),
                                QStringLiteral("DEVICE"));
    parser.addOption(to);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The package file to write."));
    if (const int stop = context.parse(parser, arguments, tr("Writes a sync package."), 1, 1); stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    QElapsedTimer timer;
    timer.start();
    ExportResult result;
    const QString file = parser.positionalArguments().first();
    if (const Status done =
            SyncService(db).exportPackage(file, &result, parser.value(to), printProgress(context));
        !done)
        return context.fail(done.message());
    context.out() << tr("Exported %1 changes to %2 (%3 KB) in %4 s.")
                         .arg(result.changes)
                         .arg(QDir::toNativeSeparators(file))
                         .arg((result.bytes + 1023) / 1024)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                  << '\n';
    return Success;
}

int importCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("The package file to apply."));
    if (const int stop = context.parse(parser, arguments, tr("Applies a sync package."), 1, 1); stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    if (const Status done = SyncService(db).importPackage(parser.positionalArguments().first(), &result,
                                                          printProgress(context));
        !done)
        return context.fail(done.message());
    context.out() << tr("Imported %1 changes from %2 (%3 already here), %4 records added or changed, %5 new "
                        "conflicts, in %6 s.")
                         .arg(result.applied)
                         .arg(result.sender)
                         .arg(result.skipped)
                         .arg(result.rows)
                         .arg(result.conflicts)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                  << '\n';
    return Success;
}

int statusCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop = context.parse(parser, arguments, tr("Shows this copy's sync state."), 0, 0);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const SyncStatus s = SyncService(db).status();
    if (parser.isSet(json)) {
        context.printJson(QJsonObject{
            {QStringLiteral("database_id"), s.databaseId},
            {QStringLiteral("device_id"), s.deviceId},
            {QStringLiteral("device_name"), s.deviceName},
            {QStringLiteral("role"), s.hub.isEmpty() ? QStringLiteral("office") : QStringLiteral("field")},
            {QStringLiteral("hub"), s.hub},
            {QStringLiteral("subset"), s.subset},
            {QStringLiteral("pending_changes"), s.pendingChanges},
            {QStringLiteral("open_conflicts"), s.openConflicts},
            {QStringLiteral("peers"), s.peers},
            {QStringLiteral("last_export"), s.lastExport.toString(Qt::ISODate)},
            {QStringLiteral("last_import"), s.lastImport.toString(Qt::ISODate)}});
        return Success;
    }
    QTextStream& out = context.out();
    out << tr("Database:        %1").arg(s.databaseId) << '\n'
        << tr("This copy:       %1 (%2)").arg(s.deviceName, s.deviceId) << '\n'
        << (s.hub.isEmpty()
                ? tr("Role:            office (hub); field copies known: %1").arg(s.peers)
                : tr("Role:            field copy of %1%2")
                      .arg(s.hubName, s.subset.isEmpty() ? QString() : tr(" (subset: %1)").arg(s.subset)))
        << '\n'
        << tr("Pending changes: %1").arg(s.pendingChanges) << '\n'
        << tr("Open conflicts:  %1").arg(s.openConflicts) << '\n'
        << tr("Last export:     %1").arg(time(s.lastExport)) << '\n'
        << tr("Last import:     %1").arg(time(s.lastImport)) << '\n';
    return Success;
}

QString describe(const Conflict& c) {
    const QString record = c.recordName.isEmpty() ? QStringLiteral("%1 %2").arg(c.table, c.pk.toString())
                                                  : QStringLiteral("%1 “%2”").arg(c.table, c.recordName);
    switch (c.kind) {
    case ConflictKind::Field:
        return tr("%1, field %2: kept %3 (%4, %5); other %6 (%7, %8)")
            .arg(record, c.column, shown(c.keptValue), c.keptDevice, time(c.keptAt), shown(c.otherValue),
                 c.otherDevice, time(c.otherAt));
    case ConflictKind::Deleted:
        return tr("%1 was deleted on %2 (%3) but edited on %4 (%5); restore brings it back")
            .arg(record, c.keptDevice, time(c.keptAt), c.otherDevice, time(c.otherAt));
    case ConflictKind::Orphan:
        return tr("%1 was added or edited under a record deleted elsewhere (%2); restore brings both back")
            .arg(record, c.column);
    case ConflictKind::Duplicate:
        return tr("%1 and record %2 were created on two copies with the same e-mail %3: likely the same")
            .arg(record, c.otherPk.toString(), shown(c.keptValue));
    }
    return record;
}

int conflictsCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Include settled conflicts."));
    parser.addOptions({json, all});
    if (const int stop = context.parse(parser, arguments, tr("Lists the conflict inbox."), 0, 0); stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const QList<Conflict> conflicts = SyncService(db).conflicts(!parser.isSet(all));
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Conflict& c : conflicts)
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("kind"), conflictKindName(c.kind)},
                                     {QStringLiteral("table"), c.table},
                                     {QStringLiteral("record"), jsonValue(c.pk)},
                                     {QStringLiteral("record_name"), c.recordName},
                                     {QStringLiteral("field"), c.column},
                                     {QStringLiteral("kept_value"), jsonValue(c.keptValue)},
                                     {QStringLiteral("kept_device"), c.keptDevice},
                                     {QStringLiteral("kept_at"), c.keptAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("other_value"), jsonValue(c.otherValue)},
                                     {QStringLiteral("other_device"), c.otherDevice},
                                     {QStringLiteral("other_at"), c.otherAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("other_record"), jsonValue(c.otherPk)},
                                     {QStringLiteral("status"), c.status},
                                     {QStringLiteral("resolution"), c.resolution}});
        context.printJson(array);
        return Success;
    }
    if (conflicts.isEmpty())
        context.out() << tr("No open conflicts.") << '\n';
    for (const Conflict& c : conflicts)
        context.out() << QStringLiteral("%1  [%2] ").arg(c.id).arg(conflictKindName(c.kind)) << describe(c)
                      << (c.status == u"open" ? QString() : QStringLiteral(" — %1").arg(c.resolution))
                      << '\n';
    return Success;
}

int resolveCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption take(
        QStringLiteral("take"),
        tr("mine or theirs (this copy's value or the other copy's), current or other, "
           "restore (a deleted record), dismiss."),
        QStringLiteral("CHOICE"));
    parser.addOption(take);
    parser.addPositionalArgument(QStringLiteral("id"), tr("The conflict id (see sync conflicts)."));
    if (const int stop = context.parse(parser, arguments, tr("Settles a conflict."), 1, 1); stop >= 0)
        return stop;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return context.usage(tr("the conflict id is a whole number."));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    SyncService service(db);
    const QString choice = parser.value(take);
    Resolution resolution = Resolution::KeepCurrent;
    if (choice == u"mine" || choice == u"theirs") {
        const QList<Conflict> all = service.conflicts(false);
        const auto it =
            std::find_if(all.cbegin(), all.cend(), [id](const Conflict& c) { return c.id == id; });
        if (it == all.cend())
            return context.fail(tr("There is no conflict %1.").arg(id));
        const bool keptIsMine = it->keptIsLocal || !it->otherIsLocal;
        resolution = (choice == u"mine") == keptIsMine ? Resolution::KeepCurrent : Resolution::TakeOther;
    } else if (choice == u"current") {
        resolution = Resolution::KeepCurrent;
    } else if (choice == u"other") {
        resolution = Resolution::TakeOther;
    } else if (choice == u"restore") {
        resolution = Resolution::Restore;
    } else if (choice == u"dismiss") {
        resolution = Resolution::Dismiss;
    } else {
        return context.usage(tr("--take is one of mine, theirs, current, other, restore, dismiss."));
    }
    if (const Status done = service.resolve(id, resolution); !done)
        return context.fail(done.message());
    context.out() << tr("Conflict %1 settled.").arg(id) << '\n';
    return Success;
}

int historyCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop =
            context.parse(parser, arguments, tr("Lists the packages written and read here."), 0, 0);
        stop >= 0)
        return stop;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    const QList<PackageRecord> records = SyncService(db).history(100);
    QJsonArray array;
    for (const PackageRecord& r : records) {
        array.append(QJsonObject{{QStringLiteral("direction"), r.direction},
                                 {QStringLiteral("file"), r.fileName},
                                 {QStringLiteral("peer"), r.peer},
                                 {QStringLiteral("changes"), r.changes},
                                 {QStringLiteral("skipped"), r.skipped},
                                 {QStringLiteral("conflicts"), r.conflicts},
                                 {QStringLiteral("bytes"), r.bytes},
                                 {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)}});
        if (!parser.isSet(json))
            context.out()
                << QStringLiteral("%1  %2  %3  %4  ")
                       .arg(time(r.at), r.direction.leftJustified(6), r.fileName, r.peer)
                << tr("%1 changes, %2 skipped, %3 conflicts").arg(r.changes).arg(r.skipped).arg(r.conflicts)
                << '\n';
    }
    if (parser.isSet(json))
        context.printJson(array);
    return Success;
}

int syncCommand(CliContext& context, const QStringList& arguments) {
    const QString sub = arguments.value(1);
    using Handler = int (*)(CliContext&, const QStringList&);
    const QList<QPair<QString, Handler>> handlers = {
        {QStringLiteral("clone"), &cloneCommand},         {QStringLiteral("export"), &exportCommand},
        {QStringLiteral("import"), &importCommand},       {QStringLiteral("status"), &statusCommand},
        {QStringLiteral("conflicts"), &conflictsCommand}, {QStringLiteral("resolve"), &resolveCommand},
        {QStringLiteral("history"), &historyCommand}};
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        (sub.isEmpty() ? context.err() : context.out()) << subcommandHelp();
        return sub.isEmpty() ? WrongUsage : Success;
    }
    for (const auto& [name, handler] : handlers) {
        if (name == sub) {
            QStringList rest = arguments.mid(1);
            rest[0] = arguments.first() + QLatin1Char(' ') + sub;
            return handler(context, rest);
        }
    }
    context.err() << tr("Usage error: unknown sync subcommand “%1”.").arg(sub) << '\n' << subcommandHelp();
    return WrongUsage;
}

} // namespace

QList<Command> syncCommands() {
    return {{QStringLiteral("sync"), tr("offline sync: clone, export, import, status, conflicts, resolve"),
             &syncCommand}};
}

} // namespace rapport::cli
