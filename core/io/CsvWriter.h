#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string_view>
#include <vector>

class QIODevice;

namespace rapport {

// Writes RFC 4180 CSV as UTF-8 through a 256 KiB buffer. A field is quoted only when it has to be: when it
// contains the delimiter, a quote (doubled inside), a CR or an LF.
//
//     CsvWriter writer(&file);
//     writer.setWriteBom(true);               // for Excel on Windows
//     writer.writeRecord({"Name", "E-mail"});
//     ...
//     if (!writer.finish()) ... writer.errorString() ...
class CsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    enum class LineEnding { CrLf, Lf };

    explicit CsvWriter(QIODevice* device);
    ~CsvWriter(); // flushes, ignoring errors; call finish() to see them
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // Settings take effect for what is written after them; the BOM only before the first record.
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    void setWriteBom(bool bom) { m_bom = bom; }

    void writeRecord(const QStringList& fields);
    // The same for fields that are already UTF-8.
    void writeRecordUtf8(const std::vector<std::string_view>& fields);

    // Writes out the buffer. False (with errorString()) when the device refused the data.
    bool flush();
    // flush() and a final verdict on the whole output.
    bool finish() { return flush() && !hasError(); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Appends one field to `out`, quoted if needed.
    static void appendField(QByteArray& out, std::string_view utf8, char delimiter);

private:
    void beginRecord();
    void endRecord();

    QIODevice* m_device;
    QByteArray m_buffer;
    char m_delimiter = ',';
    LineEnding m_lineEnding = LineEnding::CrLf;
    bool m_bom = false;
    bool m_started = false;
    QString m_error;
};

} // namespace rapport
