#include "CampaignLettersPdf.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace rapport {
namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString CampaignLettersPdf::letterHtml(const CampaignMessages& campaign, const MemberMessage& m) {
    auto v = [&m](const char* key) {
        return m.values.value(QString::fromLatin1(key));
    };
    QString h = QStringLiteral(
        "<html><head><style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; }"
        ".sender { font-size: 7.5pt; color: #555; } .subject { font-weight: bold; font-size: 11pt; }"
        "</style></head><body>");
    h += QStringLiteral("<p class='sender'>%1</p>").arg(esc(campaign.senderName));
    QStringList address;
    const QString person = (v("first_name") + QLatin1Char(' ') + v("last_name")).trimmed();
    if (!v("company").isEmpty())
        address << v("company");
    if (!person.isEmpty() && person != v("company"))
        address << person;
    if (!v("street").isEmpty())
        address << v("street");
    const QString town = (v("postcode") + QLatin1Char(' ') + v("city")).trimmed();
    if (!town.isEmpty())
        address << town;
    if (!v("country").isEmpty())
        address << v("country");
    h += QStringLiteral("<p>%1</p><br><br>").arg(esc(address.join(QLatin1Char('\n'))));
    h += QStringLiteral("<p align='right'>%1</p><br>").arg(esc(v("date")));
    if (!m.subject.isEmpty())
        h += QStringLiteral("<p class='subject'>%1</p>").arg(esc(m.subject));
    for (const QString& paragraph : m.body.split(QStringLiteral("\n\n")))
        h += QStringLiteral("<p>%1</p>").arg(esc(paragraph));
    h += QStringLiteral("</body></html>");
    return h;
}

Status CampaignLettersPdf::write(const CampaignMessages& campaign, const QString& path,
                                 const ExportProgress& progress, qint64* written) {
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Status::failure(tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(25, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Letters: %1").arg(campaign.campaignName));
    writer.setCreator(QStringLiteral("Rapport"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(tr("Cannot write %1.").arg(path));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    qint64 pages = 0;
    const qint64 total = campaign.messages.size();
    for (const MemberMessage& m : campaign.messages) {
        if (progress && !progress(pages, total)) {
            painter.end();
            QFile::remove(path);
            return Status::failure(tr("Cancelled."));
        }
        if (pages > 0)
            writer.newPage();
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        document.setPageSize(QSizeF(page.width() / (writer.resolution() / 96.0),
                                    page.height() / (writer.resolution() / 96.0)));
        document.setHtml(letterHtml(campaign, m));
        painter.save();
        painter.scale(writer.resolution() / 96.0, writer.resolution() / 96.0);
        document.drawContents(&painter);
        painter.restore();
        ++pages;
    }
    painter.end();
    if (written)
        *written = pages;
    return Status::success();
}

CampaignExportResult CampaignLettersPdf::exportLetters(Database& db, qint64 campaignId,
                                                       const QString& directory,
                                                       const ExportProgress& progress) {
    CampaignExportResult result;
    CampaignExport exporter(db);
    const CampaignMessages campaign = exporter.messages(campaignId, progress);
    if (!campaign.status) {
        result.status = campaign.status;
        return result;
    }
    if (!QDir().mkpath(directory)) {
        result.status = Status::failure(tr("Cannot create the folder %1.").arg(directory));
        return result;
    }
    const QString path = QDir(directory).filePath(QStringLiteral("letters.pdf"));
    result.status = write(campaign, path, progress, &result.written);
    if (!result.status) {
        result.cancelled = result.status.message() == tr("Cancelled.");
        return result;
    }
    result.files << path;
    result.status = exporter.markSent(campaignId, campaign.messages, &result.markedSent);
    return result;
}

} // namespace rapport
