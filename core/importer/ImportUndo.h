#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class Database;

// One finished import, as the import history (schema 2) records it.
struct ImportRun {
    qint64 id = 0;
    QString entity; // customers, contacts or interactions
    QString fileName;
    QString stamp; // created_at of the records it created, updated_at of those it created or updated
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    QString revertedAt; // empty while the import stands
    bool isReverted() const { return !revertedAt.isEmpty(); }
};

// What reverting an import would do, and what was changed since it ran.
struct ImportUndoCheck {
    Status status;
    qint64 toDelete = 0;     // records it created that are still there (organisations included)
    qint64 toRestore = 0;    // records it updated
    qint64 editedSince = 0;  // of those, edited after the import (the edit is lost by reverting)
    qint64 missingSince = 0; // records it updated that were deleted since (they stay deleted)
    qint64 dependents = 0;   // records added since that refer to records it created (removed with them or
                             // unlinked, as the schema says)
    bool isClean() const { return editedSince == 0 && missingSince == 0 && dependents == 0; }
    // A sentence for the user: what changed since, and what reverting would do with it.
    QString describe() const;
};

struct ImportUndoResult {
    Status status;
    bool needsConfirmation = false; // records were changed since: nothing done, ask and call again with force
    ImportUndoCheck check;
    qint64 deleted = 0;
    qint64 restored = 0;
};

// Reverts a finished import in one transaction: the records it created are deleted (the organisations it
// created for them too), the records it updated get their previous values back, and the history marks the
// import as reverted. When records were changed since the import, revert() changes nothing and says so
// unless force is set. All changes go through the usual triggers, so search and sync see them.
class ImportUndo final {
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)
public:
    explicit ImportUndo(Database& db) : m_db(db) {}

    // Newest first.
    QList<ImportRun> history(Status* status = nullptr) const;
    ImportRun find(qint64 runId, Status* status) const;
    ImportUndoCheck check(qint64 runId) const;
    ImportUndoResult revert(qint64 runId, bool force = false);

private:
    ImportUndoCheck check(const ImportRun& run) const;
    Database& m_db;
};

} // namespace rapport
