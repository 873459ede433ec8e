#include "alerts/AlertsPage.h"

#include "alerts/AlertSettingsDialog.h"
#include "alerts/BackgroundRefresh.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

using analytics::Alert;
using analytics::AlertKind;

constexpr int alertIndexRole = Qt::UserRole;
constexpr int refreshDelayMs = 400;
// Time alone raises alerts (a task falls due, a lead waits too long): look again every few minutes.
constexpr int periodicRefreshMs = 5 * 60 * 1000;

QDateTime askDate(QWidget* parent) {
    QDialog dialog(parent);
    dialog.setWindowTitle(AlertsPage::tr("Snooze until"));
    auto* calendar = new QCalendarWidget;
    calendar->setMinimumDate(QDate::currentDate().addDays(1));
    calendar->setSelectedDate(QDate::currentDate().addDays(7));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return QDateTime(calendar->selectedDate(), QTime(0, 0));
}

} // namespace

QString AlertsPage::kindText(AlertKind kind) {
    switch (kind) {
    case AlertKind::TaskOverdue:
        return tr("Overdue task");
    case AlertKind::PastClose:
        return tr("Past close date");
    case AlertKind::ClosingSoon:
        return tr("Closing soon");
    case AlertKind::LeadUncontacted:
        return tr("Lead not contacted");
    case AlertKind::StaleDeal:
        return tr("No recent activity");
    case AlertKind::QuotaBehind:
        return tr("Quota behind pace");
    case AlertKind::BuyingDrop:
        return tr("Buying less");
    }
    return {};
}

AlertsPage::AlertsPage(Database& db, const Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_db(db), m_prompts(prompts) {
    setObjectName(QStringLiteral("alertsPage"));
    m_refresh = new BackgroundRefresh(db.path(), refreshDelayMs, this);
    askSnoozeUntil = [this](const Alert&) {
        return askDate(this);
    };
    askSettings = [this](analytics::AlertSettings* settings) {
        AlertSettingsDialog dialog(*settings, m_user->currentText(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *settings = dialog.settings();
        return true;
    };

    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("alertsUser"));
    m_showHidden = new QCheckBox(tr("Show snoozed and dismissed"));
    m_showHidden->setObjectName(QStringLiteral("alertsShowHidden"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    auto* settings = new QPushButton(tr("Settings…"));
    settings->setObjectName(QStringLiteral("alertsSettingsButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Alerts for")));
    top->addWidget(m_user);
    top->addWidget(m_showHidden);
    top->addStretch();
    top->addWidget(m_summary);
    top->addWidget(settings);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("alertsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Alert"), tr("About"), tr("Why")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 170);
    m_list->setColumnWidth(1, 260);

    m_open = new QPushButton(tr("Open"));
    m_open->setObjectName(QStringLiteral("alertsOpenButton"));
    m_snooze = new QPushButton(tr("Snooze"));
    m_snooze->setObjectName(QStringLiteral("alertsSnoozeButton"));
    auto* snoozeMenu = new QMenu(m_snooze);
    connect(snoozeMenu->addAction(tr("For 1 day")), &QAction::triggered, this, [this] { snoozeCurrent(1); });
    connect(snoozeMenu->addAction(tr("For 3 days")), &QAction::triggered, this, [this] { snoozeCurrent(3); });
    connect(snoozeMenu->addAction(tr("For a week")), &QAction::triggered, this, [this] { snoozeCurrent(7); });
    connect(snoozeMenu->addAction(tr("Until…")), &QAction::triggered, this, &AlertsPage::snoozeCurrentUntil);
    m_snooze->setMenu(snoozeMenu);
    m_dismiss = new QPushButton(tr("Dismiss"));
    m_dismiss->setObjectName(QStringLiteral("alertsDismissButton"));
    m_dismiss->setToolTip(tr("Hide this alert until its condition arises anew (e.g. a new close date)"));
    m_restore = new QPushButton(tr("Restore"));
    m_restore->setObjectName(QStringLiteral("alertsRestoreButton"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_open, m_snooze, m_dismiss, m_restore})
        actions->addWidget(button);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);

    connect(m_list, &QTreeWidget::itemActivated, this, &AlertsPage::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AlertsPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &AlertsPage::openCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertsPage::dismissCurrent);
    connect(m_restore, &QPushButton::clicked, this, &AlertsPage::restoreCurrent);
    connect(settings, &QPushButton::clicked, this, &AlertsPage::editSettings);
    connect(m_showHidden, &QCheckBox::toggled, this, &AlertsPage::refreshNow);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AlertsPage::refreshNow);
    connect(m_refresh, &BackgroundRefresh::started, this, [this] {
        if (m_alerts.isEmpty())
            m_summary->setText(tr("Looking for alerts…"));
    });

    auto* periodic = new QTimer(this);
    periodic->setInterval(periodicRefreshMs);
    connect(periodic, &QTimer::timeout, this, &AlertsPage::scheduleRefresh);
    periodic->start();

    fillUsers();
    updateButtons();
    refreshNow();
}

void AlertsPage::fillUsers() {
    const QSignalBlocker blocker(m_user);
    const qint64 chosen = m_user->count() ? userId() : analytics::AlertService(m_db).defaultUser();
    m_user->clear();
    m_user->addItem(tr("Everyone"), qint64(0));
    for (const Record& user : RecordStore(m_db).list(EntityCatalog::user(), {}, 0))
        m_user->addItem(user.text(QStringLiteral("name")), user.id);
    const int index = m_user->findData(chosen);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
}

qint64 AlertsPage::userId() const {
    return m_user->currentData().toLongLong();
}

bool AlertsPage::isRefreshing() const {
    return m_refresh->isBusy();
}

void AlertsPage::scheduleRefresh() {
    fillUsers();
    prepareJob();
    m_refresh->request();
}

void AlertsPage::refreshNow() {
    prepareJob();
    m_refresh->runNow();
}

void AlertsPage::prepareJob() {
    const qint64 user = userId();
    const bool hidden = m_showHidden->isChecked();
    QPointer<AlertsPage> self(this);
    m_refresh->setJob([user, hidden, self](Database& db) -> BackgroundRefresh::Deliver {
        Status status;
        const QList<Alert> alerts =
            analytics::AlertService(db).alerts(user, QDateTime::currentDateTimeUtc(), hidden, &status);
        const QString error = status ? QString() : status.message();
        return [self, alerts, error] {
            if (self)
                self->showAlerts(alerts, error);
        };
    });
}

void AlertsPage::showAlerts(const QList<Alert>& alerts, const QString& error) {
    const std::optional<Alert> selected = currentAlert();
    m_alerts = alerts;
    m_list->clear();
    m_activeCount = 0;
    QTreeWidgetItem* reselect = nullptr;
    for (int i = 0; i < alerts.size(); ++i) {
        const Alert& alert = alerts.at(i);
        QString kind = kindText(alert.kind);
        if (alert.state == Alert::State::Snoozed)
            kind = tr("%1 (snoozed until %2)")
                       .arg(kind,
                            locale().toString(alert.snoozedUntil.toLocalTime().date(), QLocale::ShortFormat));
        else if (alert.state == Alert::State::Dismissed)
            kind = tr("%1 (dismissed)").arg(kind);
        else
            ++m_activeCount;
        auto* item = new QTreeWidgetItem(m_list, {kind, alert.title, alert.detail});
        item->setData(0, alertIndexRole, i);
        item->setToolTip(2, alert.detail);
        if (alert.state != Alert::State::Active)
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        if (selected && selected->key() == alert.key())
            reselect = item;
    }
    if (reselect)
        m_list->setCurrentItem(reselect);
    m_summary->setText(!error.isEmpty() ? tr("Alerts could not be computed: %1").arg(error)
                       : m_activeCount  ? tr("%n alert(s)", nullptr, m_activeCount)
                                        : tr("Nothing needs attention."));
    updateButtons();
    emit countChanged(m_activeCount);
    emit refreshed();
}

std::optional<Alert> AlertsPage::currentAlert() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(0, alertIndexRole).toInt();
    if (index < 0 || index >= m_alerts.size())
        return std::nullopt;
    return m_alerts.at(index);
}

void AlertsPage::updateButtons() {
    const std::optional<Alert> alert = currentAlert();
    m_open->setEnabled(alert.has_value());
    m_snooze->setEnabled(alert && alert->state == Alert::State::Active);
    m_dismiss->setEnabled(alert && alert->state == Alert::State::Active);
    m_restore->setEnabled(alert && alert->state != Alert::State::Active);
}

void AlertsPage::openCurrent() {
    if (const std::optional<Alert> alert = currentAlert())
        emit openRequested(analytics::alertEntityName(alert->kind), alert->recordId);
}

void AlertsPage::snooze(const QDateTime& until) {
    const std::optional<Alert> alert = currentAlert();
    if (!alert || !until.isValid())
        return;
    if (const Status done = analytics::AlertService(m_db).snooze(userId(), *alert, until); !done) {
        m_prompts->warn(tr("Snooze"), done.message());
        return;
    }
    refreshNow();
}

void AlertsPage::snoozeCurrent(int days) {
    snooze(QDateTime::currentDateTime().addDays(days));
}

void AlertsPage::snoozeCurrentUntil() {
    if (const std::optional<Alert> alert = currentAlert())
        snooze(askSnoozeUntil(*alert));
}

void AlertsPage::dismissCurrent() {
    const std::optional<Alert> alert = currentAlert();
    if (!alert)
        return;
    if (const Status done = analytics::AlertService(m_db).dismiss(userId(), *alert); !done) {
        m_prompts->warn(tr("Dismiss"), done.message());
        return;
    }
    refreshNow();
}

void AlertsPage::restoreCurrent() {
    const std::optional<Alert> alert = currentAlert();
    if (!alert)
        return;
    if (const Status done = analytics::AlertService(m_db).restore(userId(), *alert); !done) {
        m_prompts->warn(tr("Restore"), done.message());
        return;
    }
    refreshNow();
}

void AlertsPage::editSettings() {
    analytics::AlertService service(m_db);
    analytics::AlertSettings settings = service.settings(userId());
    if (!askSettings(&settings))
        return;
    if (const Status saved = service.saveSettings(userId(), settings); !saved) {
        m_prompts->warn(tr("Alert settings"), saved.message());
        return;
    }
    refreshNow();
}

} // namespace rapport
