#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace rapport {

class Database;
class RecordListPage;
class RuleEditor;
class RuleRunner;

// The Rules page: the rules on the left, the WHEN/IF/THEN editor on the right (New, Save, Delete, Run now),
// and the firing log (every firing with its rule, record, occurrence and what was done) as a filterable list.
class RulesPage final : public QWidget {
    Q_OBJECT
public:
    RulesPage(Database& db, RuleRunner* runner, QWidget* parent = nullptr);

    QListWidget* rulesList() const { return m_list; }
    RuleEditor* editor() const { return m_editor; }
    RecordListPage* firingLog() const { return m_log; }
    QLabel* message() const { return m_message; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void reload();
    void newRule();
    bool saveRule();
    void deleteRule();
    void showRun(int firings, const QStringList& problems, const QString& error);

signals:
    void changed();

private:
    void showRule(qint64 id);
    Database& m_db;
    RuleRunner* m_runner;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_list = nullptr;
    RuleEditor* m_editor = nullptr;
    RecordListPage* m_log = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace rapport
