#pragma once

#include "Prompts.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace rapport {

class Database;

// Edit ▸ Undo for a finished import: the import already ran when the command is pushed, so the first redo()
// does nothing; undo() reverts it through ImportUndo (asking first when records were changed since) and then
// leaves the stack, since an undone import is brought back by importing the file again, not by Redo.
class ImportUndoCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportUndoCommand)
public:
    // reloaded: called once the import is undone (queued), to refresh what the window shows.
    ImportUndoCommand(Database& db, qint64 importId, const QString& fileName, const Prompts* prompts,
                      std::function<void()> reloaded);

    void undo() override;
    void redo() override {}

    // Reverts the import, asking through prompts when records were changed since; false: kept (declined
    // or failed, the user was told). Shared with File ▸ Import History….
    static bool revert(Database& db, qint64 importId, const Prompts& prompts);

private:
    Database& m_db;
    qint64 m_importId;
    const Prompts* m_prompts;
    std::function<void()> m_reloaded;
};

} // namespace rapport
