#include "sales/SalesArea.h"

#include "RecordActions.h"
#include "dialogs/ReferenceCombo.h"
#include "pages/RecordListPage.h"
#include "repository/RecordStore.h"
#include "sales/KanbanBoard.h"
#include "sales/LeadService.h"
#include "sales/LedgerView.h"
#include "sales/MyWorkPage.h"
#include "sales/PipelineService.h"
#include "sales/QuoteDialog.h"
#include "sales/Quotes.h"
#include "sales/SalesTeam.h"
#include "sales/TeamPage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

const EntityDescriptor& entity(const char* name) {
    return *EntityCatalog::find(QString::fromLatin1(name));
}

QWidget* withBar(QWidget* content, const QList<QWidget*>& tools) {
    auto* page = new QWidget;
    auto* bar = new QHBoxLayout;
    for (QWidget* tool : tools)
        bar->addWidget(tool);
    bar->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(content, 1);
    return page;
}

} // namespace

SalesArea::SalesArea(Database& db, RecordActions* actions, const Prompts* prompts, QWidget* dialogParent,
                     QObject* parent)
    : QObject(parent), m_db(db), m_actions(actions), m_prompts(prompts), m_dialogParent(dialogParent) {
    inform = [this](const QString& text) {
        QMessageBox::information(m_dialogParent, tr("Rapport"), text);
    };
    chooseRep = [this](qsizetype count) -> qint64 {
        QStringList names;
        QList<qint64> ids;
        for (const TeamMember& member : SalesTeam(m_db).members()) {
            names << (member.team.isEmpty() ? member.name : tr("%1 (%2)").arg(member.name, member.team));
            ids << member.userId;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(
            m_dialogParent, tr("Reassign leads"), tr("Give the %n selected lead(s) to:", nullptr, int(count)),
            names, 0, false, &ok);
        return ok ? ids.value(names.indexOf(name)) : 0;
    };
    PipelineService(db).ensureDefaultPipelines();
    m_board = new KanbanBoard(db);
    m_board->setUndoStack(&m_actions->undoStack());
    m_board->offerFollowUp = [this](qint64 id) {
        followUp(id);
    };
    connect(m_board, &KanbanBoard::changed, this, [this] { emit changed(QStringLiteral("opportunity")); });
    connect(m_board, &KanbanBoard::failed, this,
            [this](const QString& message) { m_prompts->warn(tr("Move"), message); });
    connect(m_board, &KanbanBoard::opportunityActivated, this,
            [this](qint64 id) { m_actions->editRecord(entity("opportunity"), id); });
    m_ledger = new LedgerView(db);
    m_myWork = new MyWorkPage(db);
    connect(m_myWork, &MyWorkPage::leadActivated, this,
            [this](qint64 id) { m_actions->editRecord(entity("lead"), id); });
    m_pages = {{tr("Leads"), leadsPage()},
               {tr("Opportunities"), opportunitiesPage()},
               {tr("Products"), tabs({QStringLiteral("product"), QStringLiteral("price_list"),
                                      QStringLiteral("price_list_item"), QStringLiteral("product_option"),
                                      QStringLiteral("config_rule")})},
               {tr("Quotes"), quotesPage()},
               {tr("Accounts"),
                [this] {
                    auto* tabWidget = new QTabWidget;
                    tabWidget->setDocumentMode(true);
                    tabWidget->addTab(m_ledger, tr("Ledger"));
                    for (const char* name : {"ledger_entry", "customer_account"})
                        tabWidget->addTab(list(name), entity(name).translatedPluralLabel());
                    return tabWidget;
                }()},
               {tr("My work"), m_myWork},
               {tr("Sales settings"), [this] {
                    QWidget* settings = tabs(
                        {QStringLiteral("scoring_rule"), QStringLiteral("assignment_rule"),
                         QStringLiteral("sales_rep"), QStringLiteral("pipeline"), QStringLiteral("stage"),
                         QStringLiteral("appointment"), QStringLiteral("lead_activity")});
                    // The users with their team, territory, skills and quota come first.
                    m_team = new TeamPage(m_db, m_actions);
                    static_cast<QTabWidget*>(settings)->insertTab(0, m_team, tr("Users"));
                    static_cast<QTabWidget*>(settings)->setCurrentIndex(0);
                    return settings;
                }()}};
}

RecordListPage* SalesArea::list(const char* name) {
    auto* page = new RecordListPage(m_db, entity(name));
    m_lists << page;
    const EntityDescriptor* descriptor = &entity(name);
    connect(page, &RecordListPage::activated, this, [this, descriptor](qint64 id) {
        if (descriptor->name == u"quote")
            openQuote(id);
        else
            m_actions->editRecord(*descriptor, id);
    });
    return page;
}

QWidget* SalesArea::tabs(const QStringList& entities) {
    auto* tabWidget = new QTabWidget;
    tabWidget->setDocumentMode(true);
    for (const QString& name : entities)
        tabWidget->addTab(list(name.toLatin1().constData()),
                          entity(name.toLatin1().constData()).translatedPluralLabel());
    return tabWidget;
}

QWidget* SalesArea::leadsPage() {
    RecordListPage* leads = list("lead");
    auto* assign = new QPushButton(tr("Assign new leads"));
    auto* convert = new QPushButton(tr("Convert…"));
    convert->setObjectName(QStringLiteral("convertLeadButton"));
    auto* reassign = new QPushButton(tr("Reassign to…"));
    connect(assign, &QPushButton::clicked, this, [this] {
        Status status;
        const int count = LeadService(m_db).assignUnassigned(&status);
        if (!status)
            m_prompts->warn(tr("Assign leads"), status.message());
        else
            inform(tr("%n lead(s) assigned by the assignment rules.", nullptr, count));
        emit changed(QStringLiteral("lead"));
    });
    connect(convert, &QPushButton::clicked, this, [this, leads] {
        if (leads->currentId())
            convertLead(leads->currentId());
    });
    reassign->setObjectName(QStringLiteral("reassignLeadsButton"));
    reassign->setToolTip(tr("Gives the selected leads (Ctrl- or Shift-click to select several) to another "
                            "rep, with a task for each."));
    leads->setMultiSelection(true);
    connect(reassign, &QPushButton::clicked, this, [this, leads] { reassignLeads(leads->selectedIds()); });
    return withBar(leads, {assign, convert, reassign});
}

QWidget* SalesArea::opportunitiesPage() {
    auto* tabWidget = new QTabWidget;
    tabWidget->setDocumentMode(true);
    auto* quote = new QPushButton(tr("New quote for the selected opportunity"));
    auto* follow = new QPushButton(tr("Follow-up…"));
    connect(quote, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedOpportunity();
        const std::optional<Record> o = id ? RecordStore(m_db).get(entity("opportunity"), id) : std::nullopt;
        if (!o || o->value(QStringLiteral("customer_id")).isNull()) {
            m_prompts->warn(tr("New quote"), tr("Select an opportunity with a customer first."));
            return;
        }
        const WriteResult created =
            QuoteService(m_db).create(o->value(QStringLiteral("customer_id")).toLongLong(), id);
        if (!created.ok()) {
            m_prompts->warn(tr("New quote"), created.message());
            return;
        }
        emit changed(QStringLiteral("quote"));
        openQuote(created.id);
    });
    connect(follow, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedOpportunity())
            followUp(id);
    });
    tabWidget->addTab(withBar(m_board, {quote, follow}), tr("Board"));
    tabWidget->addTab(list("opportunity"), tr("Table"));
    return tabWidget;
}

qint64 SalesArea::selectedOpportunity() const {
    for (StageList* column : m_board->findChildren<StageList*>())
        if (!column->selectedItems().isEmpty())
            return column->selectedItems().first()->data(Qt::UserRole + 1).toLongLong();
    return 0;
}

QWidget* SalesArea::quotesPage() {
    RecordListPage* quotes = list("quote");
    FieldDescriptor field;
    field.name = QStringLiteral("customer_id");
    field.label = QT_TRANSLATE_NOOP("Field", "Customer");
    field.type = FieldType::Reference;
    field.reference = QStringLiteral("customer");
    auto* customer = new ReferenceCombo(m_db, field);
    customer->setMinimumWidth(260);
    auto* create = new QPushButton(tr("New quote"));
    auto* open = new QPushButton(tr("Open…"));
    connect(create, &QPushButton::clicked, this, [this, customer] {
        if (!customer->id()) {
            m_prompts->warn(tr("New quote"), tr("Choose the customer first."));
            return;
        }
        const WriteResult created = QuoteService(m_db).create(customer->id());
        if (!created.ok()) {
            m_prompts->warn(tr("New quote"), created.message());
            return;
        }
        emit changed(QStringLiteral("quote"));
        openQuote(created.id);
    });
    connect(open, &QPushButton::clicked, this, [this, quotes] {
        if (quotes->currentId())
            openQuote(quotes->currentId());
    });
    return withBar(quotes, {new QLabel(tr("Customer:")), customer, create, open});
}

RecordListPage* SalesArea::currentList(QWidget* page) const {
    for (const Page& p : m_pages) {
        if (p.widget != page)
            continue;
        if (auto* tabWidget = qobject_cast<QTabWidget*>(page))
            page = tabWidget->currentWidget();
        if (auto* list = qobject_cast<RecordListPage*>(page))
            return list;
        const QList<RecordListPage*> inside = page->findChildren<RecordListPage*>();
        return inside.size() == 1 ? inside.first() : nullptr;
    }
    return nullptr;
}

void SalesArea::refresh() {
    for (RecordListPage* page : std::as_const(m_lists))
        page->refresh();
    if (m_board->isVisible())
        m_board->reload();
    if (m_ledger->isVisible())
        m_ledger->reload();
    if (m_myWork->isVisible())
        m_myWork->reload();
}

void SalesArea::pageShown(QWidget* page) {
    if (page == m_pages.value(1).widget)
        m_board->reload();
    else if (page == m_pages.value(4).widget)
        m_ledger->reload();
    else if (page == m_myWork)
        m_myWork->reload();
}

void SalesArea::openQuote(qint64 quoteId) {
    auto* dialog = new QuoteDialog(m_db, quoteId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QuoteDialog::changed, this, [this] { emit changed(QStringLiteral("quote")); });
    dialog->show();
}

void SalesArea::reassignLeads(const QList<qint64>& leadIds) {
    if (leadIds.isEmpty()) {
        m_prompts->warn(tr("Reassign leads"), tr("Select the leads to reassign first."));
        return;
    }
    const qint64 userId = chooseRep(leadIds.size());
    if (!userId)
        return;
    if (const Status done = LeadService(m_db).reassign(leadIds, userId); !done)
        m_prompts->warn(tr("Reassign leads"), done.message());
    else
        inform(tr("%n lead(s) given to %1, each with a task.", nullptr, int(leadIds.size()))
                   .arg(RecordStore(m_db).displayName(EntityCatalog::user(), userId)));
    emit changed(QStringLiteral("lead"));
}

void SalesArea::convertLead(qint64 leadId) {
    const Conversion done = LeadService(m_db).convert(leadId);
    if (!done.status) {
        m_prompts->warn(tr("Convert lead"), done.status.message());
        return;
    }
    RecordStore store(m_db);
    inform(tr("The lead is now customer “%1” (%2), with opportunity “%3”.")
               .arg(store.displayName(EntityCatalog::customer(), done.customerId),
                    done.matchedCustomer ? tr("an existing customer") : tr("new"),
                    store.displayName(entity("opportunity"), done.opportunityId)));
    emit changed(QStringLiteral("lead"));
}

void SalesArea::followUp(qint64 opportunityId) {
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Follow-up after the win"));
    auto* tasks = new QPlainTextEdit(tr("Kick-off call\nOnboarding workshop\nCheck-in after 30 days"));
    auto* renewal = new QCheckBox(tr("Create a renewal opportunity closing on"));
    renewal->setChecked(true);
    auto* date = new QDateEdit(QDate::currentDate().addYears(1));
    date->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Onboarding tasks for the owner, one per line:")));
    layout->addWidget(tasks);
    auto* row = new QHBoxLayout;
    row->addWidget(renewal);
    row->addWidget(date);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList titles = tasks->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (const Status done = PipelineService(m_db).followUp(opportunityId, titles,
                                                           renewal->isChecked() ? date->date() : QDate());
        !done)
        m_prompts->warn(tr("Follow-up"), done.message());
    emit changed(QStringLiteral("task"));
}

} // namespace rapport
