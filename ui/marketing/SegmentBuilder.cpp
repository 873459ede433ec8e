#include "marketing/SegmentBuilder.h"

#include "ChoiceText.h"
#include "dialogs/ReferenceCombo.h"
#include "sales/Money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {
namespace {

bool isDayCount(const QString& op) {
    return op == u"within_last_days" || op == u"more_than_days_ago";
}

} // namespace

SegmentRuleRow::SegmentRuleRow(Database& db, const QList<SegmentField>& fields, QWidget* parent)
    : QWidget(parent), m_db(db), m_fields(fields) {
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("ruleField"));
    for (const SegmentField& f : m_fields)
        m_field->addItem(f.derived ? f.label + QStringLiteral(" ★") : f.label, f.name);
    m_field->setMaxVisibleItems(20);
    m_operator = new QComboBox;
    m_operator->setObjectName(QStringLiteral("ruleOperator"));
    m_values = new QHBoxLayout;
    m_values->setContentsMargins(0, 0, 0, 0);
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("ruleRemove"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_operator, 1);
    layout->addLayout(m_values, 2);
    layout->addWidget(remove);
    connect(m_field, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::fieldChosen);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::operatorChosen);
    connect(remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
    fieldChosen();
}

const SegmentField* SegmentRuleRow::currentField() const {
    return SegmentCriteria::findField(m_fields, m_field->currentData().toString());
}

void SegmentRuleRow::fieldChosen() {
    const SegmentField* field = currentField();
    const QSignalBlocker blocker(m_operator);
    m_operator->clear();
    if (field) {
        for (const QString& op : segmentOperators(field->type))
            m_operator->addItem(segmentOperatorLabel(op), op);
    }
    operatorChosen();
}

void SegmentRuleRow::operatorChosen() {
    delete m_value;
    delete m_value2;
    m_value = m_value2 = nullptr;
    const SegmentField* field = currentField();
    const QString op = m_operator->currentData().toString();
    if (field && !segmentOperatorTakesNoValue(op)) {
        m_value = makeEditor(*field, op);
        m_values->addWidget(m_value);
        if (segmentOperatorTakesTwoValues(op)) {
            m_value2 = makeEditor(*field, op);
            m_values->addWidget(m_value2);
        }
    }
    emit changed();
}

QWidget* SegmentRuleRow::makeEditor(const SegmentField& field, const QString& op) {
    QWidget* editor = nullptr;
    if (isDayCount(op)) {
        auto* days = new QSpinBox;
        days->setRange(0, 36500);
        days->setValue(30);
        days->setSuffix(tr(" days"));
        connect(days, &QSpinBox::valueChanged, this, &SegmentRuleRow::changed);
        editor = days;
    } else if (field.type == FieldType::Date || field.type == FieldType::DateTime) {
        auto* date = new QDateEdit(QDate::currentDate());
        date->setCalendarPopup(true);
        connect(date, &QDateEdit::dateChanged, this, &SegmentRuleRow::changed);
        editor = date;
    } else if (field.type == FieldType::Choice && op != u"in") {
        auto* choice = new QComboBox;
        for (const QString& key : field.choices)
            choice->addItem(choiceText(key), key);
        connect(choice, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::changed);
        editor = choice;
    } else if (field.type == FieldType::Reference) {
        FieldDescriptor descriptor;
        descriptor.name = field.name;
        descriptor.type = FieldType::Reference;
        descriptor.reference = field.reference;
        auto* reference = new ReferenceCombo(m_db, descriptor);
        connect(reference, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::changed);
        editor = reference;
    } else {
        auto* line = new QLineEdit;
        if (field.type == FieldType::Choice)
            line->setPlaceholderText(field.choices.join(QStringLiteral(", ")));
        else if (field.type == FieldType::Money)
            line->setPlaceholderText(money::formatLocalized(100000, QLocale()));
        connect(line, &QLineEdit::textChanged, this, &SegmentRuleRow::changed);
        editor = line;
    }
    editor->setObjectName(QStringLiteral("ruleValue"));
    return editor;
}

QJsonValue SegmentRuleRow::editorValue(const SegmentField& field, const QString& op, QWidget* editor) {
    if (auto* days = qobject_cast<QSpinBox*>(editor))
        return days->value();
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        return date->date().toString(Qt::ISODate);
    if (auto* reference = qobject_cast<ReferenceCombo*>(editor))
        return reference->id() ? QJsonValue(QString::number(reference->id())) : QJsonValue();
    if (auto* choice = qobject_cast<QComboBox*>(editor))
        return choice->currentData().toString();
    const QString text = static_cast<QLineEdit*>(editor)->text().trimmed();
    if (op == u"in") {
        QJsonArray items;
        for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
        return items;
    }
    if (field.type == FieldType::Money) {
        qint64 minor = 0;
        if (money::parseLocalized(text, QLocale(), &minor))
            return minor;
    }
    if (field.type == FieldType::Integer) {
        bool ok = false;
        const qint64 n = QLocale().toLongLong(text, &ok);
        if (ok)
            return n;
    }
    return text; // as typed: the core says what is wrong with it
}

void SegmentRuleRow::setEditorValue(const SegmentField& field, QWidget* editor, const QJsonValue& value) {
    if (auto* days = qobject_cast<QSpinBox*>(editor))
        days->setValue(value.toInt());
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        date->setDate(QDate::fromString(value.toString(), Qt::ISODate));
    else if (auto* reference = qobject_cast<ReferenceCombo*>(editor))
        reference->setId(value.toVariant().toLongLong());
    else if (auto* choice = qobject_cast<QComboBox*>(editor))
        choice->setCurrentIndex(std::max(0, choice->findData(value.toString())));
    else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue& item : value.toArray())
                items << item.toString();
            line->setText(items.join(QStringLiteral(", ")));
        } else if (field.type == FieldType::Money && value.isDouble()) {
            line->setText(money::formatLocalized(static_cast<qint64>(value.toDouble()), QLocale(), false));
        } else {
            line->setText(value.toVariant().toString());
        }
    }
}

QJsonObject SegmentRuleRow::toJson() const {
    QJsonObject rule{{QStringLiteral("field"), m_field->currentData().toString()},
                     {QStringLiteral("operator"), m_operator->currentData().toString()}};
    const SegmentField* field = currentField();
    const QString op = m_operator->currentData().toString();
    if (field && m_value)
        rule.insert(QStringLiteral("value"), editorValue(*field, op, m_value));
    if (field && m_value2)
        rule.insert(QStringLiteral("value2"), editorValue(*field, op, m_value2));
    return rule;
}

void SegmentRuleRow::setJson(const QJsonObject& rule) {
    m_field->setCurrentIndex(std::max(0, m_field->findData(rule.value(QStringLiteral("field")).toString())));
    m_operator->setCurrentIndex(
        std::max(0, m_operator->findData(rule.value(QStringLiteral("operator")).toString())));
    const SegmentField* field = currentField();
    if (field && m_value)
        setEditorValue(*field, m_value, rule.value(QStringLiteral("value")));
    if (field && m_value2)
        setEditorValue(*field, m_value2, rule.value(QStringLiteral("value2")));
}

SegmentGroupBox::SegmentGroupBox(Database& db, const QList<SegmentField>& fields, bool nested,
                                 QWidget* parent)
    : QFrame(parent), m_db(db), m_fields(fields) {
    setObjectName(nested ? QStringLiteral("segmentGroup") : QStringLiteral("segmentRoot"));
    setFrameShape(QFrame::StyledPanel);
    m_join = new QComboBox;
    m_join->setObjectName(QStringLiteral("groupJoin"));
    m_join->addItem(tr("All of these (AND)"), QStringLiteral("and"));
    m_join->addItem(tr("Any of these (OR)"), QStringLiteral("or"));
    auto* addRuleButton = new QPushButton(tr("Add rule"));
    addRuleButton->setObjectName(QStringLiteral("addRule"));
    auto* addGroupButton = new QPushButton(tr("Add group"));
    addGroupButton->setObjectName(QStringLiteral("addGroup"));
    auto* head = new QHBoxLayout;
    head->addWidget(m_join);
    head->addStretch();
    head->addWidget(addRuleButton);
    head->addWidget(addGroupButton);
    if (nested) {
        auto* remove = new QPushButton(tr("Remove group"));
        head->addWidget(remove);
        connect(remove, &QPushButton::clicked, this, [this] { emit removeRequested(this); });
    }
    m_items = new QVBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(m_items);
    connect(m_join, &QComboBox::currentIndexChanged, this, &SegmentGroupBox::changed);
    connect(addRuleButton, &QPushButton::clicked, this, [this] { addRule(); });
    connect(addGroupButton, &QPushButton::clicked, this, [this] { addGroup(); });
}

SegmentRuleRow* SegmentGroupBox::addRule() {
    auto* row = new SegmentRuleRow(m_db, m_fields);
    m_items->addWidget(row);
    connect(row, &SegmentRuleRow::changed, this, &SegmentGroupBox::changed);
    connect(row, &SegmentRuleRow::removeRequested, this, [this](SegmentRuleRow* gone) {
        gone->deleteLater();
        gone->hide();
        m_items->removeWidget(gone);
        emit changed();
    });
    emit changed();
    return row;
}

SegmentGroupBox* SegmentGroupBox::addGroup() {
    auto* group = new SegmentGroupBox(m_db, m_fields, true);
    m_items->addWidget(group);
    connect(group, &SegmentGroupBox::changed, this, &SegmentGroupBox::changed);
    connect(group, &SegmentGroupBox::removeRequested, this, [this](SegmentGroupBox* gone) {
        gone->deleteLater();
        gone->hide();
        m_items->removeWidget(gone);
        emit changed();
    });
    group->addRule();
    emit changed();
    return group;
}

QList<SegmentRuleRow*> SegmentGroupBox::rules() const {
    QList<SegmentRuleRow*> result;
    for (int i = 0; i < m_items->count(); ++i) {
        if (auto* row = qobject_cast<SegmentRuleRow*>(m_items->itemAt(i)->widget()))
            result << row;
    }
    return result;
}

QList<SegmentGroupBox*> SegmentGroupBox::groups() const {
    QList<SegmentGroupBox*> result;
    for (int i = 0; i < m_items->count(); ++i) {
        if (auto* group = qobject_cast<SegmentGroupBox*>(m_items->itemAt(i)->widget()))
            result << group;
    }
    return result;
}

QJsonObject SegmentGroupBox::toJson() const {
    QJsonArray items;
    for (int i = 0; i < m_items->count(); ++i) {
        QWidget* widget = m_items->itemAt(i)->widget();
        if (auto* row = qobject_cast<SegmentRuleRow*>(widget))
            items.append(row->toJson());
        else if (auto* group = qobject_cast<SegmentGroupBox*>(widget))
            items.append(group->toJson());
    }
    return {{QStringLiteral("op"), m_join->currentData().toString()}, {QStringLiteral("rules"), items}};
}

void SegmentGroupBox::setJson(const QJsonObject& group) {
    const QSignalBlocker blocker(this);
    m_join->setCurrentIndex(group.value(QStringLiteral("op")).toString() == u"or" ? 1 : 0);
    for (const QJsonValue& item : group.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject object = item.toObject();
        if (object.contains(QStringLiteral("rules"))) {
            SegmentGroupBox* child = addGroup();
            for (SegmentRuleRow* row : child->rules()) {
                child->m_items->removeWidget(row);
                delete row;
            }
            child->setJson(object);
        } else {
            addRule()->setJson(object);
        }
    }
}

SegmentBuilder::SegmentBuilder(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("segmentBuilder"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setEntity(m_entity);
}

void SegmentBuilder::setEntity(const QString& entity) {
    m_entity = entity;
    delete m_root;
    m_root = new SegmentGroupBox(m_db, SegmentCriteria::fields(entity), false);
    m_layout->insertWidget(0, m_root);
    connect(m_root, &SegmentGroupBox::changed, this, &SegmentBuilder::changed);
    emit changed();
}

QJsonObject SegmentBuilder::criteria() const {
    return m_root->toJson();
}

void SegmentBuilder::setCriteria(const QJsonObject& criteria) {
    setEntity(m_entity);
    m_root->setJson(criteria);
    emit changed();
}

} // namespace rapport
