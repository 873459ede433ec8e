#pragma once

#include "sales/PipelineService.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace rapport {

class Database;

// Undo of a move on the kanban board: the opportunity's stage, its closing fields and its stage history go
// back exactly as they were (no extra visit in the history); redo puts the move back. The move itself
// happened on the board, so the first redo does nothing.
class MoveOpportunityCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveOpportunityCommand)
public:
    MoveOpportunityCommand(Database& db, StageMoveState before, StageMoveState after, const QString& title,
                           const QString& stageName, std::function<void()> notify);
    void undo() override;
    void redo() override;

private:
    void apply(const StageMoveState& state);
    Database& m_db;
    StageMoveState m_before;
    StageMoveState m_after;
    std::function<void()> m_notify;
    bool m_firstRedo = true;
};

} // namespace rapport
