#pragma once

#include "sales/PipelineService.h"

#include <QListWidget>
#include <QWidget>
#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QUndoStack;

namespace rapport {

class BackgroundRefresh;
class Database;

// One stage's column of opportunity cards: cards drag out as "application/x-rapport-opportunity" (the id)
// and a drop asks the board to move the opportunity here.
class StageList final : public QListWidget {
    Q_OBJECT
public:
    static constexpr const char* mimeType = "application/x-rapport-opportunity";
    explicit StageList(qint64 stageId, QWidget* parent = nullptr);
    qint64 stageId() const { return m_stageId; }

signals:
    void dropped(qint64 opportunityId, qint64 stageId);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    qint64 m_stageId;
};

// The kanban board of a pipeline: a column per stage with its cards and live totals (count, amount,
// weighted amount). Dragging a card to another column moves the opportunity (kept in the stage history);
// dropping on a won or lost column asks for the reason, and a win offers follow-up work. The columns are read
// off the GUI thread (the totals cover every opportunity of a stage: a hundred thousand in a large file), and
// shown when they arrive.
class KanbanBoard final : public QWidget {
    Q_OBJECT
public:
    explicit KanbanBoard(Database& db, QWidget* parent = nullptr);

    // Asked for the reason when closing (empty: cancelled); tests answer here instead of a dialog.
    std::function<QString(const QString& title, const QString& label)> askText;
    // Called after a win to offer follow-up work (onboarding tasks, a renewal).
    std::function<void(qint64 opportunityId)> offerFollowUp;

    // Moves go on this stack (Edit ▸ Undo, Ctrl+Z) when one is set.
    void setUndoStack(QUndoStack* undo) { m_undo = undo; }
    qint64 pipelineId() const { return m_pipelineId; }
    void setPipeline(qint64 pipelineId);
    StageList* column(qint64 stageId) const;
    QLabel* totalLabel(qint64 stageId) const;
    // Moves as a drop would (asking for a reason when closing); false when cancelled or refused.
    bool moveOpportunity(qint64 opportunityId, qint64 stageId);
    // True from reload() until the columns it asked for are shown.
    bool isLoading() const;

public slots:
    // Reads the columns again, off the GUI thread; loaded() when they are shown.
    void reload();

signals:
    void loaded();
    void opportunityActivated(qint64 id);
    void changed();
    void failed(const QString& message);

private:
    void rebuildPipelines();
    void showBoard(const QList<BoardColumn>& board);
    Database& m_db;
    BackgroundRefresh* m_refresh = nullptr;
    QComboBox* m_pipelines = nullptr;
    QLabel* m_summary = nullptr;
    QHBoxLayout* m_columns = nullptr;
    QWidget* m_columnHost = nullptr;
    qint64 m_pipelineId = 0;
    QUndoStack* m_undo = nullptr;
    QHash<qint64, StageList*> m_lists;
    QHash<qint64, QLabel*> m_totals;
};

} // namespace rapport
