#include "automation/AutomationArea.h"

#include "RecordActions.h"
#include "automation/PartnerView.h"
#include "automation/RuleRunner.h"
#include "automation/RulesPage.h"
#include "models/RecordListModel.h"
#include "pages/RecordListPage.h"
#include "storage/Database.h"

#include <QItemSelectionModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace rapport {

AutomationArea::AutomationArea(Database& db, RecordActions* actions, const Prompts* prompts, QObject* parent)
    : QObject(parent), m_db(db), m_actions(actions), m_prompts(prompts) {
    m_runner = new RuleRunner(db.path(), this);
    m_rules = new RulesPage(db, m_runner);
    connect(m_rules, &RulesPage::changed, this, [this] {
        emit changed(QStringLiteral("rule"));
        m_runner->schedule();
    });
    connect(m_runner, &RuleRunner::finished, this,
            [this](const QList<RuleFiring>& firings, const QStringList& problems, const QString& error) {
                m_rules->showRun(int(firings.size()), problems, error);
                if (!firings.isEmpty())
                    emit changed(QStringLiteral("rule_firing"));
            });
    m_cases = list("case");
    m_pages = {{tr("Cases"), m_cases},
               {tr("Rules"), m_rules},
               {tr("Promotions"), tabs({QStringLiteral("promotion"), QStringLiteral("promotion_product")})},
               {tr("Partners"), partnersPage()}};
    m_runner->schedule(); // start-up
}

RecordListPage* AutomationArea::list(const char* name) {
    const EntityDescriptor* entity = EntityCatalog::find(QString::fromLatin1(name));
    auto* page = new RecordListPage(m_db, *entity);
    m_lists << page;
    connect(page, &RecordListPage::activated, this,
            [this, entity](qint64 id) { m_actions->editRecord(*entity, id); });
    return page;
}

QWidget* AutomationArea::tabs(const QStringList& entities) {
    auto* tabWidget = new QTabWidget;
    tabWidget->setDocumentMode(true);
    for (const QString& name : entities)
        tabWidget->addTab(list(name.toLatin1().constData()),
                          EntityCatalog::find(name)->translatedPluralLabel());
    return tabWidget;
}

QWidget* AutomationArea::partnersPage() {
    m_partners = list("partner");
    m_partnerView = new PartnerView(m_db);
    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("partnersPage"));
    splitter->addWidget(m_partners);
    splitter->addWidget(m_partnerView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The current row moves before the selection does (QTableView::selectRow): follow the selection.
    connect(m_partners->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_partnerView,
            [this] { m_partnerView->showPartner(m_partners->currentId()); });
    connect(m_partners->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_partnerView->showPartner(m_partners->currentId()); });
    return splitter;
}

RecordListPage* AutomationArea::currentList(QWidget* page) const {
    for (const Page& p : m_pages) {
        if (p.widget != page)
            continue;
        if (auto* tabWidget = qobject_cast<QTabWidget*>(page))
            page = tabWidget->currentWidget();
        if (auto* list = qobject_cast<RecordListPage*>(page))
            return list;
        if (page == m_rules)
            return m_rules->tabs()->currentWidget() == m_rules->firingLog() ? m_rules->firingLog() : nullptr;
        const QList<RecordListPage*> inside = page->findChildren<RecordListPage*>();
        return inside.size() == 1 ? inside.first() : nullptr;
    }
    return nullptr;
}

void AutomationArea::refresh() {
    for (RecordListPage* page : std::as_const(m_lists))
        page->refresh();
    m_rules->reload();
    m_partnerView->showPartner(m_partnerView->partnerId());
}

void AutomationArea::dataChanged() {
    m_runner->schedule();
}

} // namespace rapport
