#include "automation/RulesPage.h"

#include "automation/RuleEditor.h"
#include "automation/RuleRunner.h"
#include "automation/Rules.h"
#include "pages/RecordListPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {

RulesPage::RulesPage(Database& db, RuleRunner* runner, QWidget* parent)
    : QWidget(parent), m_db(db), m_runner(runner) {
    setObjectName(QStringLiteral("rulesPage"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("rulesList"));
    auto* create = new QPushButton(tr("New rule"));
    create->setObjectName(QStringLiteral("newRuleButton"));
    m_delete = new QPushButton(tr("Delete"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(create);
    leftButtons->addWidget(m_delete);
    leftLayout->addLayout(leftButtons);

    m_editor = new RuleEditor(db);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* save = new QPushButton(tr("Save rule"));
    save->setObjectName(QStringLiteral("saveRuleButton"));
    auto* run = new QPushButton(tr("Run rules now"));
    run->setObjectName(QStringLiteral("runRulesButton"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    auto* rightButtons = new QHBoxLayout;
    rightButtons->addWidget(m_message, 1);
    rightButtons->addWidget(run);
    rightButtons->addWidget(save);
    rightLayout->addLayout(rightButtons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});

    m_log = new RecordListPage(db, *EntityCatalog::find(QStringLiteral("rule_firing")));
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Rules"));
    m_tabs->addTab(m_log, tr("Firing log"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(create, &QPushButton::clicked, this, &RulesPage::newRule);
    connect(save, &QPushButton::clicked, this, &RulesPage::saveRule);
    connect(m_delete, &QPushButton::clicked, this, &RulesPage::deleteRule);
    connect(run, &QPushButton::clicked, this, [this] {
        m_message->setText(tr("Running the rules…"));
        if (m_runner)
            m_runner->runNow();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showRule(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newRule();
}

void RulesPage::reload() {
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Rule& rule : RuleStore(m_db).all()) {
        auto* item = new QListWidgetItem(rule.active ? rule.name : tr("%1 (off)").arg(rule.name));
        item->setData(Qt::UserRole, rule.id);
        item->setToolTip(RuleStore::eventLabel(rule.event));
        m_list->addItem(item);
        if (rule.id == current)
            m_list->setCurrentItem(item);
    }
    m_log->refresh();
}

void RulesPage::showRule(qint64 id) {
    if (const std::optional<Rule> rule = RuleStore(m_db).get(id))
        m_editor->setRule(*rule);
    m_message->clear();
}

void RulesPage::newRule() {
    Rule rule;
    rule.name = tr("New rule");
    rule.days = 30;
    rule.actions << RuleAction{};
    m_list->setCurrentRow(-1);
    m_editor->setRule(rule);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

bool RulesPage::saveRule() {
    Rule rule = m_editor->rule();
    if (const Status saved = RuleStore(m_db).save(rule); !saved) {
        m_message->setText(
            QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(saved.message().toHtmlEscaped()));
        return false;
    }
    m_editor->setRule(*RuleStore(m_db).get(rule.id));
    reload();
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == rule.id) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
        }
    m_message->setText(
        tr("Saved. The rule runs with the others a moment after data changes, at start-up and daily."));
    emit changed();
    return true;
}

void RulesPage::deleteRule() {
    if (!m_list->currentItem())
        return;
    if (const Status done = RuleStore(m_db).remove(m_list->currentItem()->data(Qt::UserRole).toLongLong());
        !done) {
        m_message->setText(done.message());
        return;
    }
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newRule();
    emit changed();
}

void RulesPage::showRun(int firings, const QStringList& problems, const QString& error) {
    if (!error.isEmpty())
        m_message->setText(tr("The rules could not run: %1").arg(error));
    else
        m_message->setText(
            tr("%n rule firing(s).", nullptr, firings) +
            (problems.isEmpty() ? QString() : QLatin1Char(' ') + problems.join(QLatin1Char(' '))));
    m_log->refresh();
}

} // namespace rapport
