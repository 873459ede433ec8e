#pragma once

#include "marketing/CampaignExport.h"
#include "util/Status.h"

#include <QCoreApplication>

namespace rapport {

// A campaign's letters as one printable A4 PDF, one letter per page: sender line, the member's address
// block, the date, the rendered subject as the heading and the body (which signs itself, with {owner}).
class CampaignLettersPdf final {
    Q_DECLARE_TR_FUNCTIONS(CampaignLettersPdf)
public:
    static QString letterHtml(const CampaignMessages& campaign, const MemberMessage& message);
    // Writes every message (cancel through progress); `written` gets the number of pages.
    static Status write(const CampaignMessages& campaign, const QString& path,
                        const ExportProgress& progress = {}, qint64* written = nullptr);
    // Renders and writes the letters of a campaign into directory/letters.pdf and marks them sent.
    static CampaignExportResult exportLetters(Database& db, qint64 campaignId, const QString& directory,
                                              const ExportProgress& progress = {});
};

} // namespace rapport
