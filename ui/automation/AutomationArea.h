#pragma once

#include "Prompts.h"

#include <QObject>

class QWidget;

namespace rapport {

class Database;
class PartnerView;
class RecordActions;
class RecordListPage;
class RuleRunner;
class RulesPage;

// The service and trigger-marketing pages of the workspace (Cases, Rules, Promotions, Partners), built here
// and handed to the Workspace like the sales pages; owns the runner that evaluates the event rules a moment
// after data changes, at start-up and daily.
class AutomationArea final : public QObject {
    Q_OBJECT
public:
    AutomationArea(Database& db, RecordActions* actions, const Prompts* prompts, QObject* parent = nullptr);

    struct Page {
        QString title;
        QWidget* widget;
    };
    const QList<Page>& pages() const { return m_pages; }
    QList<RecordListPage*> lists() const { return m_lists; }
    RecordListPage* currentList(QWidget* page) const;
    RulesPage* rules() const { return m_rules; }
    PartnerView* partnerView() const { return m_partnerView; }
    RecordListPage* partners() const { return m_partners; }
    RecordListPage* cases() const { return m_cases; }
    RuleRunner* runner() const { return m_runner; }

public slots:
    void refresh();
    // Data changed somewhere: the rules run a moment later.
    void dataChanged();

signals:
    void changed(const QString& entityName);

private:
    RecordListPage* list(const char* entity);
    QWidget* tabs(const QStringList& entities);
    QWidget* partnersPage();
    Database& m_db;
    RecordActions* m_actions;
    const Prompts* m_prompts;
    QList<Page> m_pages;
    QList<RecordListPage*> m_lists;
    RecordListPage* m_cases = nullptr;
    RecordListPage* m_partners = nullptr;
    PartnerView* m_partnerView = nullptr;
    RulesPage* m_rules = nullptr;
    RuleRunner* m_runner = nullptr;
};

} // namespace rapport
