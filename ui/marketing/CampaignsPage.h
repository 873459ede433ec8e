#pragma once

#include "Prompts.h"

#include <QWidget>

class QTableWidget;

namespace rapport {

class CampaignView;
class Database;
class RecordActions;

// Marketing > Campaigns: every campaign side by side with its figures (audience, sent, responses, response
// rate, conversions, cost, revenue, ROI) above, the chosen campaign's page below.
class CampaignsPage final : public QWidget {
    Q_OBJECT
public:
    CampaignsPage(Database& db, RecordActions* actions, const Prompts* prompts, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    CampaignView* view() const { return m_view; }
    qint64 selectedCampaign() const;
    void selectCampaign(qint64 id);

public slots:
    void refresh();

private:
    Database& m_db;
    RecordActions* m_actions;
    QTableWidget* m_table;
    CampaignView* m_view;
};

} // namespace rapport
