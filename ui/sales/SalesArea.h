#pragma once

#include "Prompts.h"

#include <QObject>
#include <QVariantMap>
#include <functional>

class QWidget;

namespace rapport {

class Database;
class KanbanBoard;
class LedgerView;
class MyWorkPage;
class RecordActions;
class RecordListPage;
class TeamPage;

// The sales pages of the workspace (Leads, Opportunities, Products, Quotes, Accounts, My work, Sales
// settings): built here and handed to the Workspace, which only adds them to its sidebar and page stack.
class SalesArea final : public QObject {
    Q_OBJECT
public:
    SalesArea(Database& db, RecordActions* actions, const Prompts* prompts, QWidget* dialogParent,
              QObject* parent = nullptr);

    struct Page {
        QString title;
        QWidget* widget;
    };
    const QList<Page>& pages() const { return m_pages; }
    QList<RecordListPage*> lists() const { return m_lists; }
    // The list shown inside one of the sales pages, or nullptr.
    RecordListPage* currentList(QWidget* page) const;
    KanbanBoard* board() const { return m_board; }
    LedgerView* ledger() const { return m_ledger; }
    MyWorkPage* myWork() const { return m_myWork; }
    TeamPage* team() const { return m_team; }
    // Replaceable for tests: an information message.
    std::function<void(const QString& text)> inform;
    // Replaceable for tests: the rep to give `count` leads to (0: cancelled).
    std::function<qint64(qsizetype count)> chooseRep;

public slots:
    void refresh();
    void pageShown(QWidget* page);
    void openQuote(qint64 quoteId);
    void convertLead(qint64 leadId);
    // Bulk reassignment: the leads go to the rep chooseRep names, each with a task.
    void reassignLeads(const QList<qint64>& leadIds);
    void followUp(qint64 opportunityId);

signals:
    void changed(const QString& entityName);

private:
    QWidget* leadsPage();
    QWidget* opportunitiesPage();
    QWidget* quotesPage();
    QWidget* tabs(const QStringList& entities);
    RecordListPage* list(const char* entity);
    qint64 selectedOpportunity() const;

    Database& m_db;
    RecordActions* m_actions;
    const Prompts* m_prompts;
    QWidget* m_dialogParent;
    QList<Page> m_pages;
    QList<RecordListPage*> m_lists;
    KanbanBoard* m_board = nullptr;
    LedgerView* m_ledger = nullptr;
    MyWorkPage* m_myWork = nullptr;
    TeamPage* m_team = nullptr;
};

} // namespace rapport
