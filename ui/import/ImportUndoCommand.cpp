#include "import/ImportUndoCommand.h"

#include "importer/ImportUndo.h"

#include <QTimer>

namespace rapport {

ImportUndoCommand::ImportUndoCommand(Database& db, qint64 importId, const QString& fileName,
                                     const Prompts* prompts, std::function<void()> reloaded)
    : m_db(db), m_importId(importId), m_prompts(prompts), m_reloaded(std::move(reloaded)) {
    setText(tr("Import of %1").arg(fileName));
}

bool ImportUndoCommand::revert(Database& db, qint64 importId, const Prompts& prompts) {
    ImportUndo undo(db);
    ImportUndoResult result = undo.revert(importId, false);
    if (result.needsConfirmation) {
        const QString question =
            tr("%1\n\nUndo the import anyway? The records it created are removed and those it updated get "
               "their previous values back.")
                .arg(result.check.describe());
        if (!prompts.confirm || !prompts.confirm(tr("Undo import"), question))
            return false;
        result = undo.revert(importId, true);
    }
    if (!result.status) {
        if (prompts.warn)
            prompts.warn(tr("Undo import"), tr("The import was not undone: %1").arg(result.status.message()));
        return false;
    }
    return true;
}

void ImportUndoCommand::undo() {
    if (!revert(m_db, m_importId, *m_prompts))
        return; // still imported: Redo (which does nothing) puts the stack back in step
    setObsolete(true);
    if (m_reloaded)
        QTimer::singleShot(0, m_reloaded); // not from inside the stack's undo(): reloading clears the stack
}

} // namespace rapport
