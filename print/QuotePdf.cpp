#include "QuotePdf.h"

#include "sales/Money.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace rapport {
namespace {

// The letterhead's logo, added to the document as an image resource under this name.
constexpr const char* logoUrl = "rapport-logo";

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate& d) {
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

} // namespace

QString QuotePdf::html(const QuoteDocument& q) {
    const QString money = QStringLiteral("%1");
    auto amount = [&money](qint64 minor) {
        return money.arg(money::formatPlain(minor));
    };
    QString h;
    h += QStringLiteral(
        "<html><head><style>"
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #222; }"
        "h1 { font-size: 20pt; color: #1f3b5c; margin: 0; }"
        ".seller { font-size: 8pt; color: #555; }"
        ".company { font-size: 13pt; font-weight: bold; color: #1f3b5c; }"
        "table.lines { border-collapse: collapse; }"
        "table.lines th { background-color: #1f3b5c; color: white; padding: 4px; font-weight: bold; }"
        "table.lines td { padding: 4px; border-bottom: 1px solid #cccccc; }"
        ".num { text-align: right; }"
        ".total { font-weight: bold; font-size: 11pt; }"
        ".small { font-size: 7.5pt; color: #555; }"
        "</style></head><body>");
    // Letterhead: company left, document title right.
    h += QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='60%' valign='top'>");
    if (!q.logo.isEmpty())
        h += QStringLiteral("<img src='%1' height='56'><br>").arg(QLatin1String(logoUrl));
    h += QStringLiteral("<div class='company'>%1</div><div class='seller'>").arg(esc(q.sellerLines.value(0)));
    h += esc(q.sellerLines.mid(1).join(QLatin1Char('\n')));
    h += QStringLiteral("</div></td><td width='40%' align='right' valign='top'><h1>%1</h1></td></tr></table>")
             .arg(esc(tr("Quotation")));
    h += QStringLiteral("<hr>");
    // Address block and reference table.
    h += QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='55%' valign='top'>");
    h += QStringLiteral("<span class='small'>%1</span><br>").arg(esc(q.sellerLines.value(0)));
    h += QStringLiteral("<b>%1</b><br>").arg(esc(q.customerLines.value(0)));
    if (!q.contactName.isEmpty())
        h += esc(tr("Attn. %1").arg(q.contactName)) + QStringLiteral("<br>");
    h += esc(q.customerLines.mid(1).join(QLatin1Char('\n')));
    h += QStringLiteral(
        "</td><td width='45%' valign='top'><table cellspacing='0' cellpadding='2' align='right'>");
    auto reference = [&h](const QString& label, const QString& value) {
        if (!value.isEmpty())
            h += QStringLiteral("<tr><td class='small'>%1</td><td align='right' style='white-space: "
                                "nowrap'><b>%2</b></td></tr>")
                     .arg(esc(label), esc(value));
    };
    reference(tr("Quote number"), q.number);
    reference(tr("Revision"), QString::number(q.revision));
    reference(tr("Date"), date(q.issueDate));
    reference(tr("Valid until"), date(q.validUntil));
    reference(tr("Currency"), q.currency);
    reference(tr("Delivery date"), date(q.deliveryDate));
    h += QStringLiteral("</table></td></tr></table><br><br>");
    // Lines.
    h += QStringLiteral("<table class='lines' width='100%' cellspacing='0'><tr><th align='left'>%1</th>"
                        "<th align='left'>%2</th><th align='left'>%3</th><th class='num' "
                        "align='right'>%4</th>"
                        "<th align='left'>%5</th><th align='right' style='white-space: nowrap'>%6</th>"
                        "<th align='right' style='white-space: nowrap'>%7</th><th align='right' "
                        "style='white-space: nowrap'>%8</th>"
                        "<th align='right' style='white-space: nowrap'>%9</th></tr>")
             .arg(esc(tr("Pos.")), esc(tr("Code")), esc(tr("Description")), esc(tr("Qty")), esc(tr("Unit")),
                  esc(tr("Unit price")), esc(tr("Disc.")), esc(tr("Tax")), esc(tr("Amount")));
    int position = 1;
    for (const QuoteLine& line : q.lines) {
        h += QStringLiteral("<tr><td>%1</td><td style='white-space: nowrap; border-bottom: 1px solid "
                            "#cccccc'>%2</td><td>%3</td><td align='right' "
                            "style='white-space: nowrap'>%4</td><td>%5</td>"
                            "<td align='right' style='white-space: nowrap; border-bottom: 1px solid "
                            "#cccccc'>%6</td><td align='right' style='white-space: "
                            "nowrap'>%7</td><td align='right' style='white-space: nowrap; border-bottom: 1px "
                            "solid #cccccc'>%8</td>"
                            "<td align='right' style='white-space: nowrap; border-bottom: 1px solid "
                            "#cccccc'>%9</td></tr>")
                 .arg(position++)
                 .arg(esc(line.code),
                      line.promotionId ? esc(line.description) + QStringLiteral("<br><i>") +
                                             esc(tr("Promotion: −%1").arg(amount(line.promotionMinor()))) +
                                             QStringLiteral("</i>")
                                       : esc(line.description),
                      money::formatQuantity(line.quantityMilli), esc(line.unit), amount(line.unitPriceMinor),
                      line.discountBp ? money::formatRate(line.discountBp) : QString(),
                      money::formatRate(line.taxRateBp), amount(line.netMinor()));
    }
    h += QStringLiteral("</table><br>");
    // Totals with the tax summary.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='50%'></td>"
                        "<td width='50%'><table width='100%' cellspacing='0' cellpadding='3'>");
    h += QStringLiteral("<tr><td>%1</td><td align='right' style='white-space: nowrap; border-bottom: 1px "
                        "solid #cccccc'>%2 %3</td></tr>")
             .arg(esc(tr("Net total")), amount(q.totals.netMinor), q.currency);
    for (const TaxBand& band : q.totals.bands)
        h += QStringLiteral("<tr><td>%1</td><td align='right' style='white-space: nowrap; border-bottom: 1px "
                            "solid #cccccc'>%2 %3</td></tr>")
                 .arg(esc(tr("Tax %1 on %2").arg(money::formatRate(band.rateBp), amount(band.netMinor))),
                      amount(band.taxMinor), q.currency);
    h += QStringLiteral("<tr><td class='total' style='border-top: 2px solid #1f3b5c'>%1</td>"
                        "<td class='total' align='right' style='border-top: 2px solid #1f3b5c; white-space: "
                        "nowrap'>%2 %3</td></tr>")
             .arg(esc(tr("Total")), amount(q.totals.totalMinor), q.currency);
    h += QStringLiteral("</table></td></tr></table><br>");
    if (!q.deliveryTerms.isEmpty())
        h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(tr("Delivery")), esc(q.deliveryTerms));
    if (!q.notes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(q.notes));
    if (!q.terms.isEmpty())
        h += QStringLiteral("<p class='small'><b>%1</b><br>%2</p>")
                 .arg(esc(tr("Terms and conditions")), esc(q.terms));
    h += QStringLiteral("<p>%1</p><br><br><table width='100%'><tr><td width='50%'>______________________<br>"
                        "<span class='small'>%2</span></td><td width='50%'>______________________<br>"
                        "<span class='small'>%3</span></td></tr></table>")
             .arg(esc(tr("We look forward to working with you.")),
                  esc(tr("For %1").arg(q.sellerLines.value(0))),
                  esc(tr("Accepted by (name, date, signature)")));
    h += QStringLiteral("</body></html>");
    return h;
}

Status QuotePdf::write(const QuoteDocument& quote, const QString& path) {
    if (quote.number.isEmpty())
        return Status::failure(tr("There is no such quote."));
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Status::failure(tr("Cannot write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Quotation %1").arg(quote.number));
    writer.setCreator(QStringLiteral("Rapport"));
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    if (!quote.logo.isEmpty()) {
        const QImage logo = QImage::fromData(quote.logo);
        if (logo.isNull())
            return Status::failure(tr("The letterhead's logo is not an image Rapport can read."));
        document.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(logoUrl)), logo);
    }
    document.setHtml(html(quote));
    document.print(&writer);
    return Status::success();
}

std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv) {
    bool draws = false;
    for (int i = 1; i + 1 < argc; ++i)
        if ((qstrcmp(argv[i], "quote") == 0 && qstrcmp(argv[i + 1], "pdf") == 0) ||
            (qstrcmp(argv[i], "campaign") == 0 && qstrcmp(argv[i + 1], "export") == 0))
            draws = true;
    if (!draws)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace rapport
