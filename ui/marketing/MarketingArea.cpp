#include "marketing/MarketingArea.h"

#include "marketing/CampaignView.h"
#include "marketing/CampaignsPage.h"
#include "marketing/SegmentsPage.h"
#include "pages/RecordListPage.h"

namespace rapport {

MarketingArea::MarketingArea(Database& db, RecordActions* actions, const Prompts* prompts, QObject* parent)
    : QObject(parent) {
    m_segments = new SegmentsPage(db, prompts);
    m_campaigns = new CampaignsPage(db, actions, prompts);
    m_suppression = new RecordListPage(db, *EntityCatalog::find(QStringLiteral("suppression")));
    m_pages = {{tr("Segments"), m_segments},
               {tr("Campaigns"), m_campaigns},
               {tr("Suppression list"), m_suppression}};
    connect(m_segments, &SegmentsPage::segmentsChanged, m_campaigns->view(), &CampaignView::refreshSegments);
    connect(m_campaigns->view(), &CampaignView::changed, this, [this] {
        m_suppression->refresh();
        emit changed(QStringLiteral("campaign"));
    });
}

void MarketingArea::refresh() {
    m_campaigns->refresh();
    m_suppression->refresh();
}

void MarketingArea::pageShown(QWidget* page) {
    if (page == m_campaigns)
        m_campaigns->refresh();
    else if (page == m_segments)
        m_segments->refresh();
}

} // namespace rapport
