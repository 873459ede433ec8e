#pragma once

#include "repository/RecordStore.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace rapport {

class Database;

struct StageInfo {
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    int probability = 0;
    QString outcome; // open, won, lost
};

struct PipelineInfo {
    qint64 id = 0;
    QString name;
    QList<StageInfo> stages;
};

// One card on the board.
struct OpportunityCard {
    qint64 id = 0;
    QString title;
    QString customer;
    QString owner;
    qint64 amountMinor = 0;
    QString currency;
    int probability = 0;
    QString expectedClose;
    QString status;
};

// One column: how many opportunities it holds with their totals per currency (amount and
// probability-weighted amount), and the first of them as cards (by expected close; won and lost: the latest
// closed first).
struct BoardColumn {
    StageInfo stage;
    qint64 count = 0;
    QList<OpportunityCard> cards;
    QMap<QString, qint64> amount;
    QMap<QString, qint64> weighted;
};

struct OpportunityDraft {
    QString title;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 pipelineId = 0; // 0: the first pipeline
    qint64 stageId = 0;    // 0: the first open stage
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("EUR");
    QDate expectedClose;
    qint64 ownerId = 0;
    QString source;
    QString campaign;
    qint64 leadId = 0;
    qint64 renewalOfId = 0;
};

struct StageVisit {
    qint64 stageId = 0;
    QString stageName;
    QString enteredAt;
    QString leftAt;
};

// What a move changes, to take it back (undo) and do it again (redo): the opportunity's stage and closing
// columns and its whole stage history.
struct StageMoveState {
    qint64 opportunityId = 0;
    QVariantMap opportunity;
    QList<QVariantMap> history;
};

// Pipelines, their stages and the opportunities moving through them: every move is kept in the stage history;
// a move to a won or lost stage closes the opportunity with its reason; a won opportunity can get follow-up
// work (onboarding tasks, a renewal opportunity).
class PipelineService final {
    Q_DECLARE_TR_FUNCTIONS(PipelineService)
public:
    explicit PipelineService(Database& db);

    QList<PipelineInfo> pipelines() const;
    std::optional<StageInfo> stage(qint64 stageId) const;
    // The first pipeline by position, or 0.
    qint64 defaultPipeline() const;
    // The board of a pipeline: every open stage and the won/lost columns with their opportunities; when
    // ownerId is set, only that owner's. Counts and totals cover every opportunity; each column holds at most
    // cardLimit cards (a won column of a large database has a hundred thousand).
    static constexpr int defaultCardLimit = 200;
    QList<BoardColumn> board(qint64 pipelineId, qint64 ownerId = 0, int cardLimit = defaultCardLimit) const;

    WriteResult createOpportunity(const OpportunityDraft& draft);
    // Moves to a stage of the same pipeline; a won or lost stage needs a reason (and closes), an open one
    // reopens a closed opportunity.
    Status move(qint64 opportunityId, qint64 stageId, const QString& reason = {});
    // Closes in the pipeline's first won (or lost) stage.
    Status close(qint64 opportunityId, bool won, const QString& reason);
    QList<StageVisit> history(qint64 opportunityId) const;
    // The state before or after a move, and putting it back exactly (no new visit in the history).
    StageMoveState moveState(qint64 opportunityId) const;
    Status restoreMoveState(const StageMoveState& state);
    // After a win: one task per title for the owner, due on successive working days, and a renewal
    // opportunity (when renewalDate is valid) in renewalPipelineId (0: a pipeline named like "renewal", else
    // this one).
    Status followUp(qint64 opportunityId, const QStringList& taskTitles, const QDate& renewalDate,
                    qint64 renewalPipelineId = 0, qint64* renewalId = nullptr);
    // Creates the two standard pipelines (new business, renewals) when there are none.
    Status ensureDefaultPipelines();

private:
    Database& m_db;
};

} // namespace rapport
