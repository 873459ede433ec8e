#pragma once

#include "importer/ImportTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

class CsvReader;
class VCardReader;

// Where imported rows come from: a CSV file (streamed, UTF-8 views) or a vCard file (each card turned into a
// row whose headers are the contact field names).
class ImportSource final {
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
public:
    ImportSource(const QString& path, const ImportOptions& options);
    ~ImportSource();

    // Opens the file and reads the header. False with errorString() when the file cannot be read.
    bool open();
    const QStringList& headers() const { return m_headers; }
    bool next(std::vector<std::string_view>& cells);
    qint64 line() const;
    qint64 bytesConsumed() const;
    qint64 totalBytes() const;
    bool hasError() const;
    QString errorString() const;
    qint64 errorLine() const;
    char delimiter() const;
    QByteArray encoding() const;

private:
    QString m_path;
    ImportOptions m_options;
    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<VCardReader> m_vcard;
    QStringList m_headers;
    std::vector<std::string> m_cardCells;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace rapport
