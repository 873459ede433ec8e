#include "sales/MyWorkPage.h"

#include "alerts/BackgroundRefresh.h"
#include "entity/ChoiceLabels.h"
#include "repository/RecordStore.h"
#include "sales/Money.h"
#include "storage/Database.h"

#include <QCalendarWidget>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTextCharFormat>
#include <QTreeWidget>

namespace rapport {

MyWorkPage::MyWorkPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("myWorkPage"));
    m_refresh = new BackgroundRefresh(db.path(), 0, this);
    connect(m_refresh, &BackgroundRefresh::finished, this, [this] {
        if (!isLoading())
            emit loaded();
    });
    m_heading = new QLabel;
    m_leads = new QListWidget;
    m_leads->setObjectName(QStringLiteral("myLeads"));
    m_stages = new QLabel;
    m_stages->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stages->setWordWrap(true);
    m_calendar = new QCalendarWidget;
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_agenda = new QTreeWidget;
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_agenda->setRootIsDecorated(false);
    m_agenda->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* exportButton = new QPushButton(tr("Export to calendar (.ics)…"));
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("<b>My open leads</b> (best score first)")), 1, 0);
    layout->addWidget(m_leads, 2, 0);
    layout->addWidget(new QLabel(tr("<b>My opportunities by stage</b>")), 3, 0);
    layout->addWidget(m_stages, 4, 0);
    layout->addWidget(m_calendar, 1, 1, 2, 1);
    layout->addWidget(m_agenda, 3, 1, 2, 1);
    layout->addWidget(exportButton, 5, 1, Qt::AlignRight);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &MyWorkPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &MyWorkPage::exportIcs);
    connect(m_leads, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit leadActivated(item->data(Qt::UserRole).toLongLong()); });
}

void MyWorkPage::reload() {
    const QDate selected = m_calendar->selectedDate();
    const QDate weekStart =
        selected.addDays(-((selected.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7));
    if (!m_shownOnce)
        m_heading->setText(tr("<h2>My work</h2>Loading…"));
    QPointer<MyWorkPage> self(this);
    m_refresh->setJob([self, weekStart](Database& db) -> BackgroundRefresh::Deliver {
        RecordStore store(db);
        const qint64 me = store.currentUserId();
        const QString name = me ? store.displayName(EntityCatalog::user(), me) : QString();
        MyWorkData data = MyWork::load(db, me, weekStart, weekStart.addDays(7));
        return [self, me, name, data = std::move(data)] {
            if (self)
                self->showWork(me, name, data);
        };
    });
    m_refresh->runNow();
}

bool MyWorkPage::isLoading() const {
    return m_refresh->isBusy();
}

void MyWorkPage::showWork(qint64 me, const QString& myName, const MyWorkData& data) {
    m_shownOnce = true;
    m_heading->setText(me ? tr("<h2>My work — %1</h2>").arg(myName.toHtmlEscaped())
                          : tr("<h2>Everyone's work</h2>"));
    m_leads->clear();
    for (const WorkLead& lead : data.leads) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2, score %3").arg(lead.name, choiceLabel(lead.status)).arg(lead.score));
        item->setData(Qt::UserRole, lead.id);
        m_leads->addItem(item);
    }
    QStringList stages;
    QString pipeline;
    for (const WorkStageCount& stage : data.stages) {
        if (stage.pipeline != pipeline) {
            pipeline = stage.pipeline;
            stages << QStringLiteral("<b>%1</b>").arg(pipeline.toHtmlEscaped());
        }
        stages << tr("&nbsp;&nbsp;%1: %2 (%3)")
                      .arg(stage.stage.toHtmlEscaped())
                      .arg(stage.count)
                      .arg(money::formatPlain(stage.amountMinor));
    }
    m_stages->setText(stages.join(QStringLiteral("<br>")));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    m_agenda->clear();
    const QLocale locale;
    for (const CalendarItem& item : data.items) {
        const bool overdue = MyWork::isOverdue(item, now);
        const QDateTime local = item.start.toLocalTime();
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        if (overdue)
            format.setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_calendar->setDateTextFormat(local.date(), format);
        auto* row = new QTreeWidgetItem(
            {locale.toString(local, QLocale::ShortFormat),
             (item.kind == CalendarItem::Task ? tr("Task: %1") : tr("Appointment: %1")).arg(item.title),
             QString(item.description).replace(QLatin1Char('\n'), QStringLiteral(" · "))});
        if (overdue)
            for (int c = 0; c < 3; ++c)
                row->setForeground(c, QColor(0xb7, 0x1c, 0x1c));
        if (item.done)
            row->setForeground(1, QColor(Qt::gray));
        m_agenda->addTopLevelItem(row);
    }
    if (data.overdue > data.overdueShown)
        m_heading->setText(m_heading->text() +
                           tr("<span style='color:#b71c1c'>%1 overdue tasks</span> (the latest %2 listed)")
                               .arg(locale.toString(data.overdue), locale.toString(data.overdueShown)));
    else if (data.overdue)
        m_heading->setText(m_heading->text() + tr("<span style='color:#b71c1c'>%n overdue task(s)</span>",
                                                  nullptr, data.overdue));
    m_agenda->resizeColumnToContents(0);
}

void MyWorkPage::exportIcs() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export calendar"), QStringLiteral("rapport.ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(ICalendar::write(MyWork::calendarItems(m_db, RecordStore(m_db).currentUserId()),
                                    QDateTime::currentDateTimeUtc()));
        file.commit();
    }
}

} // namespace rapport
