#pragma once

#include "automation/Rules.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace rapport {

class Database;

// Edits one rule as WHEN (the event and its days, score or category) / IF (conditions: field, operator,
// value) / THEN (actions). Field lists follow the event's record and its customer; users come from the
// database. rule() reads back what is shown; RuleStore checks it when it is saved.
class RuleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RuleEditor(Database& db, QWidget* parent = nullptr);

    void setRule(const Rule& rule);
    Rule rule() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* eventCombo() const { return m_event; }
    QSpinBox* daysSpin() const { return m_days; }
    QSpinBox* thresholdSpin() const { return m_threshold; }
    QLineEdit* categoryEdit() const { return m_category; }
    QTableWidget* conditions() const { return m_conditions; }
    QTableWidget* actions() const { return m_actions; }

public slots:
    void addCondition(const RuleCondition& condition = {});
    void addAction(const RuleAction& action = {});

private:
    void eventChanged();
    QStringList fieldChoices() const;
    Database& m_db;
    qint64 m_id = 0;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_active = nullptr;
    QComboBox* m_event = nullptr;
    QSpinBox* m_days = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLineEdit* m_category = nullptr;
    QLineEdit* m_since = nullptr;
    QLabel* m_eventHelp = nullptr;
    QTableWidget* m_conditions = nullptr;
    QTableWidget* m_actions = nullptr;
    QList<std::pair<QString, qint64>> m_users;
    QList<std::pair<QString, qint64>> m_campaigns;
};

} // namespace rapport
