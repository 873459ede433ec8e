#include "automation/RuleEditor.h"

#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

enum ConditionColumn { CondField, CondOperator, CondValue };
enum ActionColumn { ActKind, ActField, ActValue, ActDays, ActUser, ActCampaign };

QComboBox* comboAt(const QTableWidget* table, int row, int column) {
    return qobject_cast<QComboBox*>(table->cellWidget(row, column));
}

QString textAt(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget* makeTable(const QStringList& headers, const char* objectName) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(110);
    return table;
}

QWidget* withButtons(QTableWidget* table, QPushButton* add, QPushButton* remove) {
    auto* box = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}

} // namespace

RuleEditor::RuleEditor(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("ruleEditor"));
    for (const Record& user : RecordStore(db).list(EntityCatalog::user(), {}, 0))
        m_users << std::pair{user.text(QStringLiteral("name")), user.id};
    for (const Record& campaign :
         RecordStore(db).list(*EntityCatalog::find(QStringLiteral("campaign")), {}, 500))
        m_campaigns << std::pair{campaign.text(QStringLiteral("name")), campaign.id};

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_active = new QCheckBox(tr("Active"));
    m_active->setChecked(true);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_active);

    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("ruleEvent"));
    for (const QString& event : RuleStore::events())
        m_event->addItem(RuleStore::eventLabel(event), event);
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("ruleDays"));
    m_days->setRange(0, 3660);
    m_threshold = new QSpinBox;
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_threshold->setRange(-100000, 100000);
    m_category = new QLineEdit;
    m_category->setObjectName(QStringLiteral("ruleCategory"));
    m_category->setPlaceholderText(tr("any category"));
    m_since = new QLineEdit;
    m_since->setPlaceholderText(tr("YYYY-MM-DD (empty: from the day the rule was made)"));
    m_eventHelp = new QLabel;
    m_eventHelp->setWordWrap(true);
    m_eventHelp->setStyleSheet(QStringLiteral("color: palette(mid)"));
    auto* when = new QGroupBox(tr("When"));
    auto* whenForm = new QFormLayout(when);
    whenForm->addRow(tr("Event:"), m_event);
    whenForm->addRow(tr("Days:"), m_days);
    whenForm->addRow(tr("Score reached:"), m_threshold);
    whenForm->addRow(tr("Case category:"), m_category);
    whenForm->addRow(tr("Events from:"), m_since);
    whenForm->addRow(m_eventHelp);
    connect(m_event, &QComboBox::currentIndexChanged, this, &RuleEditor::eventChanged);

    m_conditions = makeTable({tr("Field"), tr("Operator"), tr("Value")}, "ruleConditions");
    auto* addCond = new QPushButton(tr("Add condition"));
    addCond->setObjectName(QStringLiteral("addConditionButton"));
    auto* removeCond = new QPushButton(tr("Remove"));
    connect(addCond, &QPushButton::clicked, this, [this] {
        addCondition();
        m_conditions->setCurrentCell(m_conditions->rowCount() - 1, CondValue);
    });
    connect(removeCond, &QPushButton::clicked, this,
            [this] { m_conditions->removeRow(m_conditions->currentRow()); });
    m_conditions->setColumnWidth(CondField, 240);
    m_conditions->setColumnWidth(CondOperator, 190);
    auto* conditionsBox = new QGroupBox(tr("If every condition holds (money in cents, dates YYYY-MM-DD)"));
    (new QVBoxLayout(conditionsBox))->addWidget(withButtons(m_conditions, addCond, removeCond));

    m_actions =
        makeTable({tr("Action"), tr("Field"), tr("Value or title"), tr("Days"), tr("User"), tr("Campaign")},
                  "ruleActions");
    auto* addAct = new QPushButton(tr("Add action"));
    addAct->setObjectName(QStringLiteral("addActionButton"));
    auto* removeAct = new QPushButton(tr("Remove"));
    connect(addAct, &QPushButton::clicked, this, [this] {
        addAction();
        m_actions->setCurrentCell(m_actions->rowCount() - 1, ActValue);
    });
    connect(removeAct, &QPushButton::clicked, this,
            [this] { m_actions->removeRow(m_actions->currentRow()); });
    for (const auto& [column, width] :
         {std::pair{ActKind, 200}, std::pair{ActField, 100}, std::pair{ActValue, 220}, std::pair{ActDays, 50},
          std::pair{ActUser, 170}})
        m_actions->setColumnWidth(column, width);
    auto* actionsBox = new QGroupBox(tr("Then"));
    (new QVBoxLayout(actionsBox))->addWidget(withButtons(m_actions, addAct, removeAct));

    auto* layout = new QVBoxLayout(this);
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Rule:"), nameRow);
    layout->addLayout(nameForm);
    layout->addWidget(when);
    layout->addWidget(conditionsBox, 1);
    layout->addWidget(actionsBox, 1);
    eventChanged();
}

QStringList RuleEditor::fieldChoices() const {
    const QString entity = RuleStore::eventEntity(m_event->currentData().toString());
    QStringList fields = EntityCatalog::find(entity)->fieldNames();
    for (const QString& f : EntityCatalog::customer().fieldNames())
        fields << QStringLiteral("customer.") + f;
    return fields;
}

void RuleEditor::eventChanged() {
    const QString event = m_event->currentData().toString();
    m_days->setEnabled(event == u"no_interaction" || event == u"birthday" || event == u"anniversary" ||
                       event == u"quote_expiring");
    m_threshold->setEnabled(event == u"lead_score");
    m_category->setEnabled(event == u"case_opened");
    m_since->setEnabled(event == u"opportunity_lost" || event == u"case_opened");
    m_eventHelp->setText(
        tr("The rule looks at each %1; it fires once per event (a birthday once a year, a "
           "silence once until the next interaction).")
            .arg(EntityCatalog::find(RuleStore::eventEntity(event))->translatedLabel().toLower()));
    const QStringList fields = fieldChoices();
    for (int row = 0; row < m_conditions->rowCount(); ++row)
        if (QComboBox* combo = comboAt(m_conditions, row, CondField)) {
            const QString current = combo->currentText();
            combo->clear();
            combo->addItems(fields);
            combo->setCurrentText(current);
        }
}

void RuleEditor::addCondition(const RuleCondition& condition) {
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto* field = new QComboBox;
    field->setEditable(true);
    field->addItems(fieldChoices());
    field->setCurrentText(condition.field.isEmpty() ? QStringLiteral("status") : condition.field);
    m_conditions->setCellWidget(row, CondField, field);
    auto* op = new QComboBox;
    for (const QString& o : RuleStore::operators())
        op->addItem(RuleStore::operatorLabel(o), o);
    op->setCurrentIndex(std::max(0, op->findData(condition.op)));
    m_conditions->setCellWidget(row, CondOperator, op);
    m_conditions->setItem(row, CondValue, new QTableWidgetItem(condition.value));
}

void RuleEditor::addAction(const RuleAction& action) {
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    auto* kind = new QComboBox;
    for (const QString& k : RuleStore::actionKinds())
        kind->addItem(RuleStore::actionLabel(k), k);
    kind->setCurrentIndex(std::max(0, kind->findData(action.kind)));
    m_actions->setCellWidget(row, ActKind, kind);
    m_actions->setItem(row, ActField, new QTableWidgetItem(action.field));
    m_actions->setItem(row, ActValue, new QTableWidgetItem(action.value));
    m_actions->setItem(row, ActDays, new QTableWidgetItem(QString::number(action.days)));
    auto* user = new QComboBox;
    user->addItem(tr("(the record's owner)"), 0);
    for (const auto& [name, id] : std::as_const(m_users))
        user->addItem(name, id);
    user->setCurrentIndex(std::max(0, user->findData(action.userId)));
    m_actions->setCellWidget(row, ActUser, user);
    auto* campaign = new QComboBox;
    campaign->addItem(tr("(none)"), 0);
    for (const auto& [name, id] : std::as_const(m_campaigns))
        campaign->addItem(name, id);
    campaign->setCurrentIndex(std::max(0, campaign->findData(action.campaignId)));
    m_actions->setCellWidget(row, ActCampaign, campaign);
}

void RuleEditor::setRule(const Rule& rule) {
    m_id = rule.id;
    m_name->setText(rule.name);
    m_active->setChecked(rule.active);
    m_event->setCurrentIndex(std::max(0, m_event->findData(rule.event)));
    m_days->setValue(rule.days);
    m_threshold->setValue(int(rule.threshold));
    m_category->setText(rule.value);
    m_since->setText(rule.since);
    m_conditions->setRowCount(0);
    for (const RuleCondition& c : rule.conditions)
        addCondition(c);
    m_actions->setRowCount(0);
    for (const RuleAction& a : rule.actions)
        addAction(a);
    eventChanged();
}

Rule RuleEditor::rule() const {
    Rule rule;
    rule.id = m_id;
    rule.name = m_name->text().trimmed();
    rule.active = m_active->isChecked();
    rule.event = m_event->currentData().toString();
    rule.days = m_days->value();
    rule.threshold = m_threshold->value();
    rule.value = m_category->isEnabled() ? m_category->text().trimmed() : QString();
    rule.since = m_since->isEnabled() ? m_since->text().trimmed() : QString();
    for (int row = 0; row < m_conditions->rowCount(); ++row)
        rule.conditions << RuleCondition{comboAt(m_conditions, row, CondField)->currentText().trimmed(),
                                         comboAt(m_conditions, row, CondOperator)->currentData().toString(),
                                         textAt(m_conditions, row, CondValue)};
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        RuleAction a;
        a.kind = comboAt(m_actions, row, ActKind)->currentData().toString();
        a.field = textAt(m_actions, row, ActField);
        a.value = textAt(m_actions, row, ActValue);
        a.days = textAt(m_actions, row, ActDays).toInt();
        a.userId = comboAt(m_actions, row, ActUser)->currentData().toLongLong();
        a.campaignId = comboAt(m_actions, row, ActCampaign)->currentData().toLongLong();
        rule.actions << a;
    }
    return rule;
}

} // namespace rapport
