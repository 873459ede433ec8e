#pragma once

#include "Prompts.h"

#include <QObject>

class QWidget;

namespace rapport {

class CampaignsPage;
class Database;
class RecordActions;
class RecordListPage;
class SegmentsPage;

// The Marketing pages of the workspace (Segments, Campaigns, Suppression list): built here and handed to the
// Workspace, which adds them to its sidebar and page stack.
class MarketingArea final : public QObject {
    Q_OBJECT
public:
    MarketingArea(Database& db, RecordActions* actions, const Prompts* prompts, QObject* parent = nullptr);

    struct Page {
        QString title;
        QWidget* widget;
    };
    const QList<Page>& pages() const { return m_pages; }
    SegmentsPage* segments() const { return m_segments; }
    CampaignsPage* campaigns() const { return m_campaigns; }
    RecordListPage* suppressionList() const { return m_suppression; }

public slots:
    void refresh();
    void pageShown(QWidget* page);

signals:
    void changed(const QString& entityName);

private:
    QList<Page> m_pages;
    SegmentsPage* m_segments;
    CampaignsPage* m_campaigns;
    RecordListPage* m_suppression;
};

} // namespace rapport
