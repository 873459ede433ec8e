#include "marketing/SegmentsPage.h"

#include "marketing/MarketingJob.h"
#include "marketing/SegmentBuilder.h"
#include "marketing/SegmentCounter.h"
#include "marketing/SegmentService.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString entityWords(const QString& entity, qint64 n) {
    const QString count = QLocale().toString(n);
    if (entity == u"customer")
        return SegmentsPage::tr("Matching customers: %1").arg(count);
    if (entity == u"lead")
        return SegmentsPage::tr("Matching leads: %1").arg(count);
    return SegmentsPage::tr("Matching contacts: %1").arg(count);
}

} // namespace

SegmentsPage::SegmentsPage(Database& db, const Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_db(db), m_prompts(prompts) {
    setObjectName(QStringLiteral("segmentsPage"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("segmentList"));
    auto* newButton = new QPushButton(tr("New segment"));
    newButton->setObjectName(QStringLiteral("newSegment"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved segments")));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(newButton);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("Name of the segment"));
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("segmentEntity"));
    m_entity->addItem(tr("Contacts"), QStringLiteral("contact"));
    m_entity->addItem(tr("Customers"), QStringLiteral("customer"));
    m_entity->addItem(tr("Leads"), QStringLiteral("lead"));
    m_kind = new QLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Select:"), m_entity);
    form->addRow(tr("Kind:"), m_kind);

    m_builder = new SegmentBuilder(db);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_builder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("segmentCount"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_count->setFont(big);
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveSegment"));
    m_freeze = new QPushButton(tr("Freeze as static list"));
    m_freeze->setObjectName(QStringLiteral("freezeSegment"));
    m_delete = new QPushButton(tr("Delete"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_delete);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_counter = new SegmentCounter(db.path(), this);
    connect(m_counter, &SegmentCounter::counting, this, [this] { m_count->setText(tr("Counting…")); });
    connect(m_counter, &SegmentCounter::counted, this,
            [this](qint64 n) { m_count->setText(entityWords(m_builder->entity(), n)); });
    connect(m_counter, &SegmentCounter::failed, this,
            [this](const QString& message) { m_count->setText(message); });
    connect(m_builder, &SegmentBuilder::changed, this, &SegmentsPage::criteriaChanged);
    connect(m_entity, &QComboBox::currentIndexChanged, this,
            [this] { m_builder->setEntity(m_entity->currentData().toString()); });
    connect(newButton, &QPushButton::clicked, this, &SegmentsPage::newSegment);
    connect(m_save, &QPushButton::clicked, this, &SegmentsPage::save);
    connect(m_freeze, &QPushButton::clicked, this, [this] { isFreezing() ? cancelFreeze() : freeze(); });
    connect(m_delete, &QPushButton::clicked, this, &SegmentsPage::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openSegment(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    refresh();
    newSegment();
}

SegmentsPage::~SegmentsPage() {
    if (m_freezeJob) {
        m_freezeJob->cancel();
        m_freezeJob->wait();
    }
}

void SegmentsPage::refresh() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Segment& segment : SegmentService(m_db).all()) {
        auto* item =
            new QListWidgetItem(segment.kind == u"static" ? segment.name + tr(" (static)") : segment.name);
        item->setData(Qt::UserRole, segment.id);
        m_list->addItem(item);
        if (segment.id == m_segmentId)
            m_list->setCurrentItem(item);
    }
}

void SegmentsPage::newSegment() {
    m_segmentId = 0;
    m_name->clear();
    m_kind->setText(tr("dynamic: whoever matches when it is used"));
    m_builder->setEnabled(true);
    m_entity->setEnabled(true);
    m_freeze->setEnabled(false);
    m_builder->setCriteria({});
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
}

void SegmentsPage::openSegment(qint64 id) {
    Status status;
    const Segment segment = SegmentService(m_db).load(id, &status);
    if (!status) {
        m_prompts->warn(tr("Segment"), status.message());
        return;
    }
    m_segmentId = id;
    m_name->setText(segment.name);
    {
        const QSignalBlocker blocker(m_entity);
        m_entity->setCurrentIndex(std::max(0, m_entity->findData(segment.entity)));
    }
    m_builder->setEntity(segment.entity);
    m_builder->setCriteria(segment.criteria);
    const bool frozen = segment.kind == u"static";
    m_kind->setText(frozen ? tr("static list, frozen %1").arg(segment.frozenAt.left(10))
                           : tr("dynamic: whoever matches when it is used"));
    m_builder->setEnabled(!frozen);
    m_entity->setEnabled(!frozen);
    m_freeze->setEnabled(!frozen);
    if (frozen) {
        Status counted;
        const qint64 n = SegmentService(m_db).count(id, &counted);
        m_count->setText(counted ? entityWords(segment.entity, n) : counted.message());
    }
}

void SegmentsPage::criteriaChanged() {
    if (m_builder->isEnabled())
        m_counter->request(m_builder->entity(), m_builder->criteria());
}

bool SegmentsPage::save() {
    Segment segment;
    segment.id = m_segmentId;
    segment.name = m_name->text();
    segment.entity = m_builder->entity();
    segment.criteria = m_builder->criteria();
    Status status;
    const qint64 id = SegmentService(m_db).saveDynamic(segment, &status);
    if (!status) {
        m_prompts->warn(tr("Save segment"), status.message());
        return false;
    }
    m_segmentId = id;
    m_freeze->setEnabled(true);
    refresh();
    emit segmentsChanged();
    return true;
}

void SegmentsPage::freeze() {
    if (isFreezing())
        return;
    if (!m_segmentId && !save())
        return;
    if (!m_prompts->confirm(
            tr("Freeze segment"),
            tr("Freeze “%1” into a static list of whoever matches now? It will no longer change.")
                .arg(m_name->text())))
        return;
    const qint64 segmentId = m_segmentId;
    m_freezeJob = new MarketingJob(
        m_db.path(),
        [segmentId](Database& db, const ExportProgress& progress, QString* summary) {
            qint64 members = 0;
            const Status status = SegmentService(db).freeze(segmentId, &members, progress);
            *summary = QString::number(members);
            return status;
        },
        this);
    connect(m_freezeJob, &MarketingJob::progressed, this, [this](qint64 done, qint64 total) {
        m_count->setText(tr("Freezing: %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_freezeJob, &MarketingJob::done, this, [this, segmentId](bool ok, const QString& message) {
        m_freezeJob->wait();
        m_freezeJob->deleteLater();
        m_freezeJob = nullptr;
        setFreezing(false);
        refresh();
        if (m_segmentId == segmentId)
            openSegment(segmentId);
        if (ok) {
            emit segmentsChanged();
        } else {
            m_count->setText(message);
            criteriaChanged(); // the live count again, after the message has been read
        }
        emit freezeFinished(ok, message);
    });
    setFreezing(true);
    m_count->setText(tr("Freezing…"));
    m_freezeJob->start();
}

void SegmentsPage::cancelFreeze() {
    if (m_freezeJob)
        m_freezeJob->cancel();
}

void SegmentsPage::setFreezing(bool freezing) {
    m_freeze->setText(freezing ? tr("Cancel freezing") : tr("Freeze as static list"));
    m_list->setEnabled(!freezing);
    m_name->setEnabled(!freezing);
    m_entity->setEnabled(!freezing);
    m_builder->setEnabled(!freezing);
    m_save->setEnabled(!freezing);
    m_delete->setEnabled(!freezing);
}

void SegmentsPage::remove() {
    if (!m_segmentId)
        return;
    if (!m_prompts->confirm(tr("Delete segment"), tr("Delete the segment “%1”?").arg(m_name->text())))
        return;
    const Status status =
        RecordStore(m_db).remove(*EntityCatalog::find(QStringLiteral("segment")), m_segmentId);
    if (!status) {
        m_prompts->warn(tr("Delete segment"), status.message());
        return;
    }
    newSegment();
    refresh();
    emit segmentsChanged();
}

} // namespace rapport
