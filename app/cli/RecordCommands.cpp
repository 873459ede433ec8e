// list, get, add, update, delete: the generic verbs for every entity in the catalog.
#include "CliContext.h"

#include "repository/RecordStore.h"
#include "sales/SalesTeam.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QString entityNames() {
    QStringList names;
    for (const EntityDescriptor& entity : EntityCatalog::all())
        names << entity.name;
    return names.join(QStringLiteral(", "));
}

const EntityDescriptor* entityArgument(CliContext& context, const QString& name) {
    const EntityDescriptor* entity = EntityCatalog::find(name);
    if (!entity)
        context.usage(tr("unknown entity “%1”; the entities are: %2.").arg(name, entityNames()));
    return entity;
}

QJsonObject toJson(const EntityDescriptor& entity, const Record& record) {
    QJsonObject object{{QStringLiteral("id"), record.id}};
    for (const FieldDescriptor& field : entity.fields) {
        const QVariant value = record.value(field.name);
        if (value.isNull())
            object.insert(field.name, QJsonValue::Null);
        else if (field.type == FieldType::Reference || field.type == FieldType::Integer ||
                 field.type == FieldType::Money || field.type == FieldType::Percent)
            object.insert(field.name, value.toLongLong());
        else if (field.type == FieldType::Boolean)
            object.insert(field.name, value.toInt() != 0);
        else
            object.insert(field.name, value.toString());
    }
    object.insert(QStringLiteral("created_at"), record.text(QStringLiteral("created_at")));
    object.insert(QStringLiteral("updated_at"), record.text(QStringLiteral("updated_at")));
    return object;
}

// FIELD=VALUE arguments into a map; false (and a usage message) when one has no '='.
bool parseAssignments(CliContext& context, const QStringList& arguments, QVariantMap& values) {
    for (const QString& argument : arguments) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            context.usage(tr("“%1” is not FIELD=VALUE.").arg(argument));
            return false;
        }
        values.insert(argument.left(equals), argument.mid(equals + 1));
    }
    return true;
}

bool parseId(CliContext& context, const QString& text, qint64* id) {
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        context.usage(tr("“%1” is not a record id.").arg(text));
        return false;
    }
    return true;
}

void printTable(CliContext& context, const EntityDescriptor& entity, const QList<Record>& records) {
    QStringList columns{QStringLiteral("id")};
    for (const FieldDescriptor& field : entity.fields) {
        if (field.listedByDefault)
            columns << field.name;
    }
    QList<QStringList> rows{columns};
    for (const Record& record : records) {
        QStringList row{QString::number(record.id)};
        for (qsizetype i = 1; i < columns.size(); ++i)
            row << record.text(columns.at(i)).simplified().left(40);
        rows << row;
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i));
        context.out() << cells.join(QStringLiteral("  ")) << '\n';
    }
}

int listCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("entity"), entityNames());
    const QCommandLineOption where(QStringLiteral("where"),
                                   tr("Only records whose FIELD equals VALUE (repeatable)."),
                                   QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N records (default 50; 0: all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({where, limit, json});
    if (const int stop = context.parse(parser, arguments, tr("Lists records of an entity."), 1, 1); stop >= 0)
        return stop;
    const EntityDescriptor* entity = entityArgument(context, parser.positionalArguments().first());
    if (!entity)
        return WrongUsage;
    QList<FieldFilter> filters;
    for (const QString& condition : parser.values(where)) {
        const qsizetype equals = condition.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usage(tr("--where takes FIELD=VALUE, not “%1”.").arg(condition));
        filters.append({condition.left(equals), condition.mid(equals + 1)});
    }
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 0)
        return context.usage(tr("--limit takes a whole number."));
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    Status status;
    const QList<Record> records = RecordStore(db).list(*entity, filters, count, &status);
    if (!status)
        return context.fail(status.message());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Record& record : records)
            array.append(toJson(*entity, record));
        context.printJson(array);
    } else {
        printTable(context, *entity, records);
    }
    return Success;
}

int getCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("entity"), entityNames());
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record's id."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int stop = context.parse(parser, arguments, tr("Shows one record."), 2, 2); stop >= 0)
        return stop;
    const EntityDescriptor* entity = entityArgument(context, parser.positionalArguments().at(0));
    qint64 id = 0;
    if (!entity || !parseId(context, parser.positionalArguments().at(1), &id))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    std::optional<Record> record = RecordStore(db).get(*entity, id);
    if (record && entity->name == u"user") { // with the sales profile: team, territory, skills, quota
        record->values = SalesTeam(db).formValues(id);
        entity = &SalesTeam::userForm();
    }
    if (!record)
        return context.fail(tr("There is no %1 with id %2.").arg(entity->name).arg(id));
    if (parser.isSet(json)) {
        context.printJson(toJson(*entity, *record));
        return Success;
    }
    context.out() << QStringLiteral("id: %1\n").arg(record->id);
    for (const FieldDescriptor& field : entity->fields)
        context.out() << field.name << ": " << record->text(field.name) << '\n';
    context.out() << "created_at: " << record->text(QStringLiteral("created_at")) << '\n'
                  << "updated_at: " << record->text(QStringLiteral("updated_at")) << '\n';
    return Success;
}

int writeCommand(CliContext& context, const QStringList& arguments, bool isAdd) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("entity"), entityNames());
    if (!isAdd)
        parser.addPositionalArgument(QStringLiteral("id"), tr("The record's id."));
    parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"), tr("Field values."),
                                 QStringLiteral("FIELD=VALUE…"));
    const QString description =
        (isAdd ? tr("Adds a record and prints its id.") : tr("Changes fields of a record.")) +
        tr(" A user also takes the fields of its sales profile: team, country, region (the territory), "
           "skills "
           "(\"de; software\"), quota_minor (the quota in cents), currency, quota_period (month, quarter, "
           "year), active.");
    if (const int stop = context.parse(parser, arguments, description, isAdd ? 2 : 3, -1); stop >= 0)
        return stop;
    QStringList positional = parser.positionalArguments();
    const EntityDescriptor* entity = entityArgument(context, positional.takeFirst());
    if (!entity)
        return WrongUsage;
    qint64 id = 0;
    if (!isAdd && !parseId(context, positional.takeFirst(), &id))
        return WrongUsage;
    QVariantMap values;
    if (!parseAssignments(context, positional, values))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    RecordStore store(db);
    // A user's sales profile (team, country, region, skills, quota_minor, currency, quota_period, active) is
    // written with the user.
    const WriteResult result = entity->name == u"user" ? SalesTeam(db).saveUser(isAdd ? 0 : id, values)
                               : isAdd                 ? store.insert(*entity, values)
                                                       : store.update(*entity, id, values);
    if (!result.ok())
        return context.fail(result.message());
    if (isAdd)
        context.out() << result.id << '\n';
    return Success;
}

int deleteCommand(CliContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("entity"), entityNames());
    parser.addPositionalArgument(QStringLiteral("id"), tr("The record's id."));
    if (const int stop =
            context.parse(parser, arguments,
                          tr("Deletes a record (a customer takes its contacts, interactions and tasks "
                             "with it)."),
                          2, 2);
        stop >= 0)
        return stop;
    const EntityDescriptor* entity = entityArgument(context, parser.positionalArguments().at(0));
    qint64 id = 0;
    if (!entity || !parseId(context, parser.positionalArguments().at(1), &id))
        return WrongUsage;
    Database db;
    if (!context.openDatabase(db))
        return BadInput;
    if (const Status removed = RecordStore(db).remove(*entity, id); !removed)
        return context.fail(removed.message());
    return Success;
}

} // namespace

QList<Command> recordCommands() {
    return {
        {QStringLiteral("list"), tr("List records: list ENTITY [--where FIELD=VALUE]… [--limit N] [--json]"),
         &listCommand},
        {QStringLiteral("get"), tr("Show a record: get ENTITY ID [--json]"), &getCommand},
        {QStringLiteral("add"), tr("Add a record: add ENTITY FIELD=VALUE… (prints the new id)"),
         [](CliContext& c, const QStringList& a) {
             return writeCommand(c, a, true);
         }},
        {QStringLiteral("update"), tr("Change a record: update ENTITY ID FIELD=VALUE…"),
         [](CliContext& c, const QStringList& a) {
             return writeCommand(c, a, false);
         }},
        {QStringLiteral("delete"), tr("Delete a record: delete ENTITY ID"), &deleteCommand},
    };
}

} // namespace rapport::cli
