#pragma once

#include "Prompts.h"
#include "entity/EntityDescriptor.h"

#include <QObject>
#include <QVariantMap>

class QUndoStack;
class QWidget;

namespace rapport {

class Database;
class RecordDialog;

// Creating, editing and deleting records the way the user does it: through a RecordDialog, with a
// confirmation before a delete, and always through an undo command so Edit ▸ Undo can take it back.
class RecordActions final : public QObject {
    Q_OBJECT
public:
    RecordActions(Database& db, QUndoStack& undo, QWidget* dialogParent, const Prompts* prompts,
                  QObject* parent = nullptr);

    // Open a window-modal dialog and return at once; the dialog saves (or shows errors) by itself.
    RecordDialog* addRecord(const EntityDescriptor& entity, const QVariantMap& prefill = {});
    RecordDialog* editRecord(const EntityDescriptor& entity, qint64 id);
    // Asks first ("also deletes 2 contacts, 14 interactions"), then deletes; false when declined or failed.
    bool deleteRecord(const EntityDescriptor& entity, qint64 id);
    void setTaskDone(qint64 taskId, bool done);
    // The window's undo stack, for actions that push commands of their own (kanban moves).
    QUndoStack& undoStack() { return m_undo; }
    // The confirmation text for deleting a record, naming what cascades.
    QString deleteQuestion(const EntityDescriptor& entity, qint64 id) const;

signals:
    // Records of this entity (and perhaps others, through cascades) changed.
    void changed(const QString& entityName);
    void recordAdded(const QString& entityName, qint64 id);

private:
    void notify(const QString& entityName);
    Database& m_db;
    QUndoStack& m_undo;
    QWidget* m_dialogParent;
    const Prompts* m_prompts;
};

} // namespace rapport
