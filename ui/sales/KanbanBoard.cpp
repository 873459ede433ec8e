#include "sales/KanbanBoard.h"

#include "alerts/BackgroundRefresh.h"
#include "commands/MoveOpportunityCommand.h"
#include "repository/RecordStore.h"
#include "sales/Money.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString totals(const QMap<QString, qint64>& amounts) {
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << money::format(it.value(), it.key());
    return parts.isEmpty() ? money::format(0, QStringLiteral("EUR")) : parts.join(QStringLiteral(" + "));
}

} // namespace

StageList::StageList(qint64 stageId, QWidget* parent) : QListWidget(parent), m_stageId(stageId) {
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    setMinimumWidth(190);
    setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); border: none; }"
                       "QListWidget::item { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 4px; padding: 6px; }"
                       "QListWidget::item:selected { border: 2px solid palette(highlight);"
                       " color: palette(text); }"));
}

QStringList StageList::mimeTypes() const {
    return {QString::fromLatin1(mimeType)};
}

QMimeData* StageList::mimeData(const QList<QListWidgetItem*>& items) const {
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType),
                  QByteArray::number(items.first()->data(IdRole).toLongLong()));
    return data;
}

void StageList::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageList::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(mimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageList::dropEvent(QDropEvent* event) {
    const QByteArray id = event->mimeData()->data(QString::fromLatin1(mimeType));
    if (id.isEmpty()) {
        event->ignore();
        return;
    }
    // The board rebuilds the columns itself; the view must not insert or remove items.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit dropped(id.toLongLong(), m_stageId);
}

KanbanBoard::KanbanBoard(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("kanbanBoard"));
    m_refresh = new BackgroundRefresh(db.path(), 0, this);
    connect(m_refresh, &BackgroundRefresh::finished, this, [this] {
        if (!isLoading())
            emit loaded();
    });
    askText = [this](const QString& title, const QString& label) {
        return QInputDialog::getText(this, title, label);
    };
    m_pipelines = new QComboBox;
    m_pipelines->setObjectName(QStringLiteral("pipelineCombo"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Pipeline:")));
    bar->addWidget(m_pipelines);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);

    m_columnHost = new QWidget;
    m_columns = new QHBoxLayout(m_columnHost);
    m_columns->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_columnHost);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    connect(m_pipelines, &QComboBox::currentIndexChanged, this,
            [this] { setPipeline(m_pipelines->currentData().toLongLong()); });
    rebuildPipelines();
}

void KanbanBoard::rebuildPipelines() {
    const QSignalBlocker blocker(m_pipelines);
    const qint64 current = m_pipelineId;
    m_pipelines->clear();
    for (const PipelineInfo& p : PipelineService(m_db).pipelines())
        m_pipelines->addItem(p.name, p.id);
    const int index = std::max(0, m_pipelines->findData(current));
    m_pipelines->setCurrentIndex(index);
    m_pipelineId = m_pipelines->count() ? m_pipelines->itemData(index).toLongLong() : 0;
}

void KanbanBoard::setPipeline(qint64 pipelineId) {
    m_pipelineId = pipelineId;
    const QSignalBlocker blocker(m_pipelines);
    m_pipelines->setCurrentIndex(std::max(0, m_pipelines->findData(pipelineId)));
    reload();
}

StageList* KanbanBoard::column(qint64 stageId) const {
    return m_lists.value(stageId);
}

QLabel* KanbanBoard::totalLabel(qint64 stageId) const {
    return m_totals.value(stageId);
}

void KanbanBoard::reload() {
    if (m_pipelines->count() == 0 || !m_pipelineId)
        rebuildPipelines();
    const qint64 pipelineId = m_pipelineId;
    if (m_lists.isEmpty())
        m_summary->setText(tr("Loading the board…"));
    QPointer<KanbanBoard> self(this);
    m_refresh->setJob([self, pipelineId](Database& db) -> BackgroundRefresh::Deliver {
        QList<BoardColumn> board = PipelineService(db).board(pipelineId);
        return [self, pipelineId, board = std::move(board)] {
            if (self && pipelineId == self->m_pipelineId) // not a pipeline left meanwhile
                self->showBoard(board);
        };
    });
    m_refresh->runNow();
}

bool KanbanBoard::isLoading() const {
    return m_refresh->isBusy();
}

void KanbanBoard::showBoard(const QList<BoardColumn>& board) {
    while (QLayoutItem* item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lists.clear();
    m_totals.clear();
    QMap<QString, qint64> openAmount;
    QMap<QString, qint64> openWeighted;
    qint64 openCount = 0;
    for (const BoardColumn& column : board) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(6, 6, 6, 6);
        const QString colour = column.stage.outcome == u"won"    ? QStringLiteral("#2e7d32")
                               : column.stage.outcome == u"lost" ? QStringLiteral("#b71c1c")
                                                                 : QStringLiteral("#1f3b5c");
        auto* title =
            new QLabel(QStringLiteral("<b style='color:%1'>%2</b> <span style='color:gray'>%3 %</span>")
                           .arg(colour, column.stage.name.toHtmlEscaped())
                           .arg(column.stage.probability));
        auto* total =
            new QLabel((column.count == 1 ? tr("1 opportunity")
                                          : tr("%1 opportunities").arg(QLocale().toString(column.count))) +
                       QLatin1Char('\n') + totals(column.amount) + QLatin1Char('\n') +
                       tr("weighted %1").arg(totals(column.weighted)));
        total->setObjectName(QStringLiteral("stageTotal"));
        auto* list = new StageList(column.stage.id);
        list->setObjectName(QStringLiteral("stage_%1").arg(column.stage.id));
        for (const OpportunityCard& card : column.cards) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1\n%2\n%3 · %4")
                    .arg(card.title, card.customer, money::format(card.amountMinor, card.currency),
                         card.expectedClose.isEmpty() ? card.owner : card.expectedClose));
            item->setData(IdRole, card.id);
            item->setToolTip(tr("Owner: %1\nProbability: %2 %").arg(card.owner).arg(card.probability));
            list->addItem(item);
        }
        if (const qint64 more = column.count - column.cards.size(); more > 0) {
            // The column's other opportunities are in the list of opportunities, where they can be filtered.
            auto* item = new QListWidgetItem(
                tr("… and %1 more: see the list of opportunities").arg(QLocale().toString(more)));
            item->setFlags(Qt::NoItemFlags);
            item->setData(IdRole, qint64{0});
            list->addItem(item);
        }
        connect(list, &StageList::dropped, this, [this](qint64 id, qint64 stage) {
            // Queued: the drop event finishes before the columns are rebuilt.
            QMetaObject::invokeMethod(
                this, [this, id, stage] { moveOpportunity(id, stage); }, Qt::QueuedConnection);
        });
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (const qint64 id = item->data(IdRole).toLongLong(); id != 0)
                emit opportunityActivated(id);
        });
        box->addWidget(title);
        box->addWidget(total);
        box->addWidget(list, 1);
        m_columns->addWidget(frame);
        m_lists.insert(column.stage.id, list);
        m_totals.insert(column.stage.id, total);
        if (column.stage.outcome == u"open") {
            openCount += column.count;
            for (auto it = column.amount.cbegin(); it != column.amount.cend(); ++it) {
                openAmount[it.key()] += it.value();
                openWeighted[it.key()] += column.weighted.value(it.key());
            }
        }
    }
    m_columns->addStretch();
    m_summary->setText(tr("Open: %1 opportunities, %2, weighted %3")
                           .arg(QLocale().toString(openCount))
                           .arg(totals(openAmount), totals(openWeighted)));
}

bool KanbanBoard::moveOpportunity(qint64 opportunityId, qint64 stageId) {
    PipelineService pipelines(m_db);
    const std::optional<StageInfo> stage = pipelines.stage(stageId);
    if (!stage)
        return false;
    QString reason;
    if (stage->outcome != u"open") {
        reason = askText(stage->outcome == u"won" ? tr("Close as won") : tr("Close as lost"),
                         stage->outcome == u"won" ? tr("Why did we win?") : tr("Why did we lose?"))
                     .trimmed();
        if (reason.isEmpty()) {
            reload();
            return false;
        }
    }
    const StageMoveState before = pipelines.moveState(opportunityId);
    if (const Status done = pipelines.move(opportunityId, stageId, reason); !done) {
        emit failed(done.message());
        reload();
        return false;
    }
    if (m_undo && before.opportunity.value(QStringLiteral("stage_id")).toLongLong() != stageId) {
        const QString title =
            RecordStore(m_db).displayName(*EntityCatalog::find(QStringLiteral("opportunity")), opportunityId);
        m_undo->push(new MoveOpportunityCommand(m_db, before, pipelines.moveState(opportunityId), title,
                                                stage->name, [this] {
                                                    reload();
                                                    emit changed();
                                                }));
    }
    reload();
    emit changed();
    if (stage->outcome == u"won" && offerFollowUp)
        offerFollowUp(opportunityId);
    return true;
}

} // namespace rapport
