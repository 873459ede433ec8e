#include "commands/MoveOpportunityCommand.h"

#include <QDebug>

namespace rapport {

MoveOpportunityCommand::MoveOpportunityCommand(Database& db, StageMoveState before, StageMoveState after,
                                               const QString& title, const QString& stageName,
                                               std::function<void()> notify)
    : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_notify(std::move(notify)) {
    //: %1 is an opportunity's title, %2 the stage it was moved to
    setText(tr("Move “%1” to %2").arg(title, stageName));
}

void MoveOpportunityCommand::apply(const StageMoveState& state) {
    if (const Status done = PipelineService(m_db).restoreMoveState(state); !done)
        qWarning().noquote() << "undo/redo move:" << done.message();
    if (m_notify)
        m_notify();
}

void MoveOpportunityCommand::undo() {
    apply(m_before);
}

void MoveOpportunityCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

} // namespace rapport
