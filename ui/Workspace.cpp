#include "Workspace.h"

#include "RecordActions.h"
#include "SampleDataLoader.h"
#include "alerts/AlertsPage.h"
#include "alerts/SidebarBadge.h"
#include "automation/AutomationArea.h"
#include "charts/AnalyticsPage.h"
#include "marketing/MarketingArea.h"
#include "models/RecordListModel.h"
#include "pages/CustomerView.h"
#include "pages/RecordListPage.h"
#include "pages/SuggestedProducts.h"
#include "pages/WelcomePage.h"
#include "repository/RecordStore.h"
#include "sales/SalesArea.h"
#include "storage/Database.h"
#include "sync/SyncPage.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace rapport {
namespace {

constexpr qint64 sampleCustomers = 2000;

} // namespace

Workspace::Workspace(Database& db, QUndoStack& undo, const Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_db(db), m_prompts(prompts) {
    setObjectName(QStringLiteral("workspace"));
    m_actions = new RecordActions(db, undo, this, prompts, this);
    connect(m_actions, &RecordActions::changed, this, &Workspace::recordsChanged);

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->addItems({tr("Customers"), tr("Contacts"), tr("Activities")});
    m_sidebar->setMinimumWidth(130);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { padding-top: 6px; }"
                                            "QListWidget#sidebar::item { padding: 7px 10px; }"));

    m_welcome = new WelcomePage;
    m_customers = new RecordListPage(db, EntityCatalog::customer());
    m_contacts = new RecordListPage(db, EntityCatalog::contact());
    m_interactions = new RecordListPage(db, EntityCatalog::interaction());
    m_tasks = new RecordListPage(db, EntityCatalog::task());
    m_activities = new QTabWidget;
    m_activities->setObjectName(QStringLiteral("activitiesTabs"));
    m_activities->setDocumentMode(true);
    m_activities->addTab(m_interactions, EntityCatalog::interaction().translatedPluralLabel());
    m_activities->addTab(m_tasks, EntityCatalog::task().translatedPluralLabel());
    m_customerView = new CustomerView(db);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_welcome, m_customers, m_contacts, m_activities, m_customerView})
        m_stack->addWidget(page);

    m_sync = new SyncPage(db, prompts);
    m_syncRow = m_sidebar->count();
    m_sidebar->addItem(tr("Sync"));
    m_stack->addWidget(m_sync);
    connect(m_sync, &SyncPage::dataChanged, this, [this] { recordsChanged(QString()); });

    m_sales = new SalesArea(db, m_actions, prompts, this, this);
    m_salesRow = m_sidebar->count();
    for (const SalesArea::Page& page : m_sales->pages()) {
        m_sidebar->addItem(page.title);
        m_stack->addWidget(page.widget);
    }
    connect(m_sales, &SalesArea::changed, this, &Workspace::recordsChanged);
    addAlerts();

    m_marketing = new MarketingArea(db, m_actions, prompts, this);
    m_marketingRow = m_sidebar->count();
    for (const MarketingArea::Page& page : m_marketing->pages()) {
        m_sidebar->addItem(page.title);
        m_stack->addWidget(page.widget);
    }
    connect(m_marketing, &MarketingArea::changed, this, &Workspace::recordsChanged);
    m_automation = new AutomationArea(db, m_actions, prompts, this);
    m_automationRow = m_sidebar->count();
    for (const AutomationArea::Page& page : m_automation->pages()) {
        m_sidebar->addItem(page.title);
        m_stack->addWidget(page.widget);
    }
    connect(m_automation, &AutomationArea::changed, this, &Workspace::recordsChanged);
    m_analytics = new AnalyticsPage(db);
    m_analyticsRow = m_sidebar->count();
    m_sidebar->addItem(tr("Analytics"));
    m_stack->addWidget(m_analytics);
    connect(m_analytics, &AnalyticsPage::openRecordRequested, this, [this](const QString& entity, qint64 id) {
        if (entity == u"customers") {
            showCustomer(id);
        } else if (const EntityDescriptor* descriptor = EntityCatalog::find(
                       entity == u"leads" ? QStringLiteral("lead") : QStringLiteral("opportunity"))) {
            m_actions->editRecord(*descriptor, id);
        }
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({150, 1000});
    m_splitter->restoreState(QSettings().value(QStringLiteral("workspace/splitter")).toByteArray());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    for (RecordListPage* page : QList<RecordListPage*>{m_customers, m_contacts, m_interactions, m_tasks,
                                                       m_marketing->suppressionList()} +
                                    m_sales->lists() + m_automation->lists())
        connectList(page);
    connect(m_customers, &RecordListPage::activated, this, &Workspace::showCustomer);
    connect(m_contacts, &RecordListPage::activated, this,
            [this](qint64 id) { m_actions->editRecord(EntityCatalog::contact(), id); });
    connect(m_interactions, &RecordListPage::activated, this,
            [this](qint64 id) { m_actions->editRecord(EntityCatalog::interaction(), id); });
    connect(m_tasks, &RecordListPage::activated, this,
            [this](qint64 id) { m_actions->editRecord(EntityCatalog::task(), id); });
    connect(m_activities, &QTabWidget::currentChanged, this, &Workspace::statusChanged);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &Workspace::showArea);

    connect(m_welcome, &WelcomePage::loadSampleDataRequested, this, &Workspace::loadSampleData);
    connect(m_welcome, &WelcomePage::newCustomerRequested, this,
            [this] { m_actions->addRecord(EntityCatalog::customer()); });

    connect(m_customerView, &CustomerView::backRequested, this, [this] { showArea(Customers); });
    connect(m_customerView, &CustomerView::editRequested, m_actions,
            [this](const EntityDescriptor& entity, qint64 id) { m_actions->editRecord(entity, id); });
    connect(m_customerView, &CustomerView::deleteRequested, m_actions,
            [this](const EntityDescriptor& entity, qint64 id) { m_actions->deleteRecord(entity, id); });
    connect(m_customerView, &CustomerView::addRequested, m_actions,
            [this](const EntityDescriptor& entity, const QVariantMap& values) {
                m_actions->addRecord(entity, values);
            });
    connect(m_customerView, &CustomerView::taskDoneRequested, m_actions, &RecordActions::setTaskDone);
    connect(m_customerView, &CustomerView::linkActivated, this, [this](const QUrl& url) {
        const bool isCall = url.scheme() == QLatin1String("tel");
        if (!isCall && url.scheme() != QLatin1String("mailto")) {
            m_prompts->openUrl(url);
            return;
        }
        m_prompts->openUrl(url);
        const qint64 customer = m_customerView->customerId();
        if (!m_prompts->confirm(isCall ? tr("Log this call?") : tr("Log this e-mail?"),
                                isCall ? tr("Log this call to %1?").arg(url.path())
                                       : tr("Log this e-mail to %1?").arg(url.path())))
            return;
        m_actions->addRecord(
            EntityCatalog::interaction(),
            {{QStringLiteral("customer_id"), customer},
             {QStringLiteral("channel"), isCall ? QStringLiteral("phone") : QStringLiteral("email")},
             {QStringLiteral("direction"), QStringLiteral("out")},
             {QStringLiteral("occurred_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    });

    const bool empty = RecordStore(db).isEmpty(EntityCatalog::customer());
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(Customers);
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcome) : m_customers);
}

Workspace::~Workspace() {
    saveLayout();
}

void Workspace::saveLayout() const {
    QSettings().setValue(QStringLiteral("workspace/splitter"), m_splitter->saveState());
    for (RecordListPage* page : QList<RecordListPage*>{m_customers, m_contacts, m_interactions, m_tasks} +
                                    m_sales->lists() + m_automation->lists())
        page->saveLayout();
}

void Workspace::addAlerts() {
    m_alerts = new AlertsPage(m_db, m_prompts);
    m_alertsRow = m_sidebar->count();
    m_sidebar->addItem(tr("Alerts"));
    m_sidebar->setItemDelegate(new SidebarBadge(m_sidebar));
    m_stack->addWidget(m_alerts);
    connect(m_alerts, &AlertsPage::countChanged, this, [this](int count) {
        QListWidgetItem* item = m_sidebar->item(m_alertsRow);
        item->setData(SidebarBadge::CountRole, count);
        item->setToolTip(tr("%n alert(s) need attention", nullptr, count));
    });
    connect(m_alerts, &AlertsPage::openRequested, this, &Workspace::openRecord);
}

void Workspace::openRecord(const QString& entityName, qint64 id) {
    if (entityName == EntityCatalog::customer().name) {
        showCustomer(id);
        return;
    }
    if (const EntityDescriptor* entity = EntityCatalog::find(entityName))
        m_actions->editRecord(*entity, id);
}

void Workspace::connectList(RecordListPage* page) {
    connect(page, &RecordListPage::countChanged, this, &Workspace::statusChanged);
    connect(page, &RecordListPage::contextMenuRequested, this,
            [this, page](const QPoint& pos) { showContextMenu(page, pos); });
}

void Workspace::showContextMenu(RecordListPage* page, const QPoint& globalPos) {
    QMenu menu;
    const qint64 id = page->currentId();
    const EntityDescriptor& entity = page->entity();
    if (id && &entity == &EntityCatalog::customer())
        connect(menu.addAction(tr("Open")), &QAction::triggered, this, [this, id] { showCustomer(id); });
    QAction* edit = menu.addAction(tr("Edit…"));
    edit->setEnabled(id != 0);
    connect(edit, &QAction::triggered, this, [this, &entity, id] { m_actions->editRecord(entity, id); });
    QAction* remove = menu.addAction(tr("Delete…"));
    remove->setEnabled(id != 0);
    connect(remove, &QAction::triggered, this, [this, &entity, id] { m_actions->deleteRecord(entity, id); });
    menu.addSeparator();
    connect(menu.addAction(tr("New %1…").arg(entity.translatedLabel().toLower())), &QAction::triggered, this,
            [this, &entity] { m_actions->addRecord(entity); });
    menu.addMenu(page->columnsMenu());
    menu.exec(globalPos);
}

RecordListPage* Workspace::currentList() const {
    QWidget* page = m_stack->currentWidget();
    if (page == m_activities)
        return static_cast<RecordListPage*>(m_activities->currentWidget());
    if (RecordListPage* list = m_sales->currentList(page))
        return list;
    if (RecordListPage* list = m_automation->currentList(page))
        return list;
    return qobject_cast<RecordListPage*>(page);
}

QString Workspace::statusText() const {
    if (RecordListPage* list = currentList())
        return list->countText();
    if (m_stack->currentWidget() == m_customerView)
        return m_customers->countText();
    return {};
}

void Workspace::showArea(int area) {
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(area);
    }
    if (area == m_analyticsRow) {
        m_stack->setCurrentWidget(m_analytics);
        m_analytics->ensureComputed();
        emit statusChanged();
        return;
    }
    if (area == m_alertsRow) {
        m_stack->setCurrentWidget(m_alerts);
        emit statusChanged();
        return;
    }
    if (area == m_syncRow) {
        m_sync->refresh();
        m_stack->setCurrentWidget(m_sync);
        emit statusChanged();
        return;
    }
    switch (area) {
    case Contacts:
        m_stack->setCurrentWidget(m_contacts);
        break;
    case Activities:
        m_stack->setCurrentWidget(m_activities);
        break;
    default:
        if (area >= m_salesRow && area - m_salesRow < m_sales->pages().size()) {
            m_stack->setCurrentWidget(m_sales->pages().at(area - m_salesRow).widget);
            m_sales->pageShown(m_stack->currentWidget());
            break;
        }
        if (area >= m_marketingRow && area - m_marketingRow < m_marketing->pages().size()) {
            m_stack->setCurrentWidget(m_marketing->pages().at(area - m_marketingRow).widget);
            m_marketing->pageShown(m_stack->currentWidget());
            break;
        }
        if (area >= m_automationRow && area - m_automationRow < m_automation->pages().size()) {
            m_stack->setCurrentWidget(m_automation->pages().at(area - m_automationRow).widget);
            break;
        }
        m_stack->setCurrentWidget(RecordStore(m_db).isEmpty(EntityCatalog::customer())
                                      ? static_cast<QWidget*>(m_welcome)
                                      : m_customers);
        break;
    }
    emit statusChanged();
}

void Workspace::showCustomer(qint64 id) {
    m_customerView->showCustomer(id);
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(Customers);
    }
    m_stack->setCurrentWidget(m_customerView);
    emit statusChanged();
}

void Workspace::newRecord() {
    QWidget* page = m_stack->currentWidget();
    if (page == m_contacts)
        m_actions->addRecord(EntityCatalog::contact());
    else if (page == m_activities || m_sales->currentList(page) || m_automation->currentList(page))
        m_actions->addRecord(currentList()->entity());
    else
        m_actions->addRecord(EntityCatalog::customer());
}

void Workspace::editCurrent() {
    if (m_stack->currentWidget() == m_customerView) {
        if (m_customerView->customerId())
            m_actions->editRecord(EntityCatalog::customer(), m_customerView->customerId());
        return;
    }
    if (RecordListPage* list = currentList(); list && list->currentId())
        m_actions->editRecord(list->entity(), list->currentId());
}

void Workspace::deleteCurrent() {
    if (m_stack->currentWidget() == m_customerView) {
        m_actions->deleteRecord(EntityCatalog::customer(), m_customerView->customerId());
        return;
    }
    if (RecordListPage* list = currentList(); list && list->currentId())
        m_actions->deleteRecord(list->entity(), list->currentId());
}

void Workspace::focusSearch() {
    if (!currentList())
        showArea(m_sidebar->currentRow() < 0 ? Customers : m_sidebar->currentRow());
    if (RecordListPage* list = currentList())
        list->focusSearch();
}

void Workspace::popupColumnsMenu() {
    if (RecordListPage* list = currentList())
        list->columnsMenu()->popup(QCursor::pos());
}

void Workspace::recordsChanged(const QString& entityName) {
    if (entityName.isEmpty() || entityName.startsWith(QLatin1String("quote")) ||
        entityName == QLatin1String("product") || entityName == EntityCatalog::customer().name)
        m_customerView->suggestions()->invalidateRules();
    for (RecordListPage* page : {m_customers, m_contacts, m_interactions, m_tasks})
        page->refresh();
    m_sales->refresh();
    m_automation->refresh();
    if (entityName != u"rule_firing")
        m_automation->dataChanged();
    m_marketing->refresh();
    m_alerts->scheduleRefresh();
    if (m_customerView->customerId())
        m_customerView->reload();
    if (m_stack->currentWidget() == m_customerView &&
        !RecordStore(m_db).exists(EntityCatalog::customer(), m_customerView->customerId()))
        showArea(Customers);
    if (m_stack->currentWidget() == m_welcome && RecordStore(m_db).count(EntityCatalog::customer()) > 0)
        m_stack->setCurrentWidget(m_customers);
    emit statusChanged();
}

void Workspace::loadSampleData() {
    if (!m_loader)
        m_loader = new SampleDataLoader(this);
    if (m_loader->isRunning())
        return;
    auto* progress =
        new QProgressDialog(tr("Creating sample customers…"), tr("Cancel"), 0, int(sampleCustomers), this);
    progress->setObjectName(QStringLiteral("sampleDataProgress"));
    progress->setWindowTitle(tr("Load sample data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_loader, &SampleDataLoader::cancel);
    connect(m_loader, &SampleDataLoader::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(done));
    });
    connect(
        m_loader, &SampleDataLoader::finished, this,
        [this, progress](const QString& message, bool cancelled) {
            progress->deleteLater();
            m_loader->disconnect(progress);
            if (!message.isEmpty() && !cancelled)
                m_prompts->warn(tr("Load sample data"), message);
            recordsChanged(EntityCatalog::customer().name);
        },
        Qt::SingleShotConnection);
    m_loader->start(m_db.path(), sampleCustomers);
}

} // namespace rapport
