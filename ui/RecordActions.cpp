#include "RecordActions.h"

#include "commands/RecordCommands.h"
#include "dialogs/RecordDialog.h"
#include "repository/RecordSnapshot.h"
#include "repository/RecordStore.h"
#include "sales/SalesTeam.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QLocale>
#include <QUndoStack>

namespace rapport {

RecordActions::RecordActions(Database& db, QUndoStack& undo, QWidget* dialogParent, const Prompts* prompts,
                             QObject* parent)
    : QObject(parent), m_db(db), m_undo(undo), m_dialogParent(dialogParent), m_prompts(prompts) {}

void RecordActions::notify(const QString& entityName) {
    emit changed(entityName);
}

RecordDialog* RecordActions::addRecord(const EntityDescriptor& requested, const QVariantMap& prefill) {
    // A user's form has a "Sales" section: team, territory, skills, quota (SalesTeam).
    const bool user = requested.name == u"user";
    const EntityDescriptor& entity = user ? SalesTeam::userForm() : requested;
    const EntityDescriptor* descriptor = &entity;
    auto saver = [this, descriptor, user](const QVariantMap& values) {
        WriteResult result =
            user ? SalesTeam(m_db).saveUser(0, values) : RecordStore(m_db).insert(*descriptor, values);
        if (result.ok()) {
            m_undo.push(new AddRecordCommand(m_db, *descriptor, result.id,
                                             [this](const QString& name) { notify(name); }));
            notify(descriptor->name);
            emit recordAdded(descriptor->name, result.id);
        }
        return result;
    };
    auto* dialog = new RecordDialog(m_db, entity, prefill, saver, m_dialogParent);
    dialog->setWindowTitle(tr("New %1").arg(entity.translatedLabel().toLower()));
    dialog->open();
    return dialog;
}

RecordDialog* RecordActions::editRecord(const EntityDescriptor& requested, qint64 id) {
    std::optional<Record> record = RecordStore(m_db).get(requested, id);
    if (!record)
        return nullptr;
    const bool user = requested.name == u"user";
    const EntityDescriptor& entity = user ? SalesTeam::userForm() : requested;
    if (user)
        record->values = SalesTeam(m_db).formValues(id);
    const EntityDescriptor* descriptor = &entity;
    auto* dialog = new RecordDialog(m_db, entity, record->values, {}, m_dialogParent);
    const QVariantMap stored = record->values;
    auto saver = [this, descriptor, id, dialog, stored](const QVariantMap& values) {
        QVariantMap before;
        QVariantMap changes;
        const QVariantMap& initial = dialog->initialValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value() == initial.value(it.key()))
                continue;
            changes.insert(it.key(), it.value());
            before.insert(it.key(), stored.value(it.key()));
        }
        if (changes.isEmpty()) {
            WriteResult unchanged;
            unchanged.id = id;
            return unchanged;
        }
        WriteResult result = SalesTeam::isUserForm(*descriptor)
                                 ? SalesTeam(m_db).saveUser(id, changes)
                                 : RecordStore(m_db).update(*descriptor, id, changes);
        if (result.ok()) {
            m_undo.push(new EditRecordCommand(m_db, *descriptor, id, before, changes,
                                              [this](const QString& name) { notify(name); }));
            notify(descriptor->name);
        }
        return result;
    };
    // The saver needs the dialog (for its initial values), so it is set after construction.
    dialog->setSaver(saver);
    dialog->setWindowTitle(tr("Edit %1").arg(RecordStore(m_db).displayName(entity, id)));
    dialog->open();
    return dialog;
}

QString RecordActions::deleteQuestion(const EntityDescriptor& entity, qint64 id) const {
    const QString name = RecordStore(m_db).displayName(entity, id);
    QString text = tr("Delete the %1 “%2”?").arg(entity.translatedLabel().toLower(), name);
    const RecordSnapshot snapshot = RecordSnapshot::capture(m_db, entity, id);
    QStringList cascades;
    const QLocale locale;
    for (const EntityDescriptor& other : EntityCatalog::all()) {
        if (other.name == entity.name)
            continue;
        const int count = snapshot.deletedCount(other.table);
        if (count <= 0)
            continue;
        //: %1 is a number, %2 the name of the records ("3 contacts", "1 task")
        cascades << tr("%1 %2").arg(locale.toString(count), count == 1
                                                                ? other.translatedLabel().toLower()
                                                                : other.translatedPluralLabel().toLower());
    }
    if (!cascades.isEmpty()) {
        QString list = cascades.join(QStringLiteral(", "));
        if (cascades.size() > 1)
            list = tr("%1 and %2")
                       .arg(cascades.mid(0, cascades.size() - 1).join(QStringLiteral(", ")),
                            cascades.constLast());
        text += QLatin1Char('\n') + tr("This also deletes %1.").arg(list);
    }
    text += QLatin1Char('\n') + tr("You can undo this with Edit ▸ Undo.");
    return text;
}

bool RecordActions::deleteRecord(const EntityDescriptor& entity, qint64 id) {
    if (!id || !RecordStore(m_db).exists(entity, id))
        return false;
    if (!m_prompts->confirm(tr("Delete"), deleteQuestion(entity, id)))
        return false;
    const QString name = RecordStore(m_db).displayName(entity, id);
    auto* command = new DeleteRecordCommand(m_db, entity, id, name, [this](const QString& n) { notify(n); });
    m_undo.push(command); // runs redo(), which deletes
    if (!command->status()) {
        m_prompts->warn(tr("Delete"), command->status().message());
        return false;
    }
    return true;
}

void RecordActions::setTaskDone(qint64 taskId, bool done) {
    const EntityDescriptor& task = EntityCatalog::task();
    const std::optional<Record> record = RecordStore(m_db).get(task, taskId);
    if (!record)
        return;
    const QString doneAt = QStringLiteral("done_at");
    const QVariantMap before{{QStringLiteral("done"), record->value(QStringLiteral("done"))},
                             {doneAt, record->value(doneAt)}};
    const QVariantMap after{
        {QStringLiteral("done"), done ? 1 : 0},
        {doneAt, done ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) : QVariant()}};
    const WriteResult result = RecordStore(m_db).update(task, taskId, after);
    if (!result.ok()) {
        m_prompts->warn(tr("Task"), result.message());
        return;
    }
    m_undo.push(
        new EditRecordCommand(m_db, task, taskId, before, after, [this](const QString& n) { notify(n); }));
    notify(task.name);
}

} // namespace rapport
