#pragma once

#include "sales/Quotes.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace rapport {

// Lays out a quote as a business document (letterhead, address block, reference table, line table, tax
// summary and totals, delivery and terms) and writes it as an A4 PDF with Qt's own PDF writer.
class QuotePdf final {
    Q_DECLARE_TR_FUNCTIONS(QuotePdf)
public:
    static QString html(const QuoteDocument& quote);
    static Status write(const QuoteDocument& quote, const QString& path);
};

// The CLI's application object: a QGuiApplication on the offscreen platform when the command line asks for a
// command that draws (quote pdf), else a plain QCoreApplication.
std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv);

} // namespace rapport
