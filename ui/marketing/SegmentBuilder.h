#pragma once

#include "marketing/SegmentCriteria.h"

#include <QFrame>
#include <QJsonObject>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

namespace rapport {

class Database;
class SegmentGroupBox;

// One rule: field, operator and the value editor(s) that suit the field's type.
class SegmentRuleRow final : public QWidget {
    Q_OBJECT
public:
    SegmentRuleRow(Database& db, const QList<SegmentField>& fields, QWidget* parent = nullptr);
    QJsonObject toJson() const;
    void setJson(const QJsonObject& rule);
    QComboBox* fieldBox() const { return m_field; }
    QComboBox* operatorBox() const { return m_operator; }
    // The first and second value editors (nullptr when the operator takes none).
    QWidget* valueEditor(int index = 0) const { return index == 0 ? m_value : m_value2; }

signals:
    void changed();
    void removeRequested(SegmentRuleRow* row);

private:
    void fieldChosen();
    void operatorChosen();
    QWidget* makeEditor(const SegmentField& field, const QString& op);
    static QJsonValue editorValue(const SegmentField& field, const QString& op, QWidget* editor);
    static void setEditorValue(const SegmentField& field, QWidget* editor, const QJsonValue& value);
    const SegmentField* currentField() const;

    Database& m_db;
    QList<SegmentField> m_fields;
    QComboBox* m_field;
    QComboBox* m_operator;
    QHBoxLayout* m_values;
    QWidget* m_value = nullptr;
    QWidget* m_value2 = nullptr;
};

// A group of rules and nested groups joined by "all of" (AND) or "any of" (OR).
class SegmentGroupBox final : public QFrame {
    Q_OBJECT
public:
    SegmentGroupBox(Database& db, const QList<SegmentField>& fields, bool nested, QWidget* parent = nullptr);
    QJsonObject toJson() const;
    void setJson(const QJsonObject& group);
    SegmentRuleRow* addRule();
    SegmentGroupBox* addGroup();
    QList<SegmentRuleRow*> rules() const;
    QList<SegmentGroupBox*> groups() const;
    QComboBox* joinBox() const { return m_join; }

signals:
    void changed();
    void removeRequested(SegmentGroupBox* group);

private:
    Database& m_db;
    QList<SegmentField> m_fields;
    QComboBox* m_join;
    QVBoxLayout* m_items;
};

// The criteria builder: the entity chosen above and one root group. changed() after every edit.
class SegmentBuilder final : public QWidget {
    Q_OBJECT
public:
    explicit SegmentBuilder(Database& db, QWidget* parent = nullptr);
    QString entity() const { return m_entity; }
    void setEntity(const QString& entity); // clears the rules
    QJsonObject criteria() const;
    void setCriteria(const QJsonObject& criteria);
    SegmentGroupBox* root() const { return m_root; }

signals:
    void changed();

private:
    Database& m_db;
    QString m_entity = QStringLiteral("contact");
    QVBoxLayout* m_layout;
    SegmentGroupBox* m_root = nullptr;
};

} // namespace rapport
