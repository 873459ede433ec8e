#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace rapport {

class TextDecoder;

// Streaming RFC 4180 CSV reader over a QIODevice: the file is read in 1 MiB blocks, so memory stays flat
// however large it is.
//
// Understands quoted fields, doubled quotes, delimiters and line breaks inside quotes, CRLF/LF/CR line ends
// (mixed too), a last line without a line end, and a byte-order mark. Blank lines are skipped. A quote in the
// middle of an unquoted field is taken literally. Text that is not UTF-8 is converted to UTF-8 block by block
// through TextDecoder; UTF-8 is parsed on the bytes directly and only the fields are decoded, which is what
// makes it fast.
//
//     CsvReader reader(&file);            // encoding and delimiter are detected from the first 64 KiB
//     QStringList header, fields;
//     reader.next(header);
//     while (reader.next(fields))
//         ... reader.recordLine() is the line the record started on, for messages ...
//     if (reader.hasError())
//         ... reader.errorString() ...
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(QIODevice* device);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Both may be set before the first record is read; otherwise they are detected from the first block.
    void setDelimiter(char delimiter);
    void setEncoding(const QByteArray& encoding);
    // The delimiter and encoding in use (detected ones are known after the first next()).
    char delimiter() const { return m_delimiter; }
    QByteArray encoding() const { return m_encoding; }

    // Reads the next record. Returns false at the end of the input or on an error (see hasError()).
    bool next(QStringList& fields);
    // The same, without decoding: UTF-8 views into an internal buffer that stay valid until the next call.
    // This is the fast path for importers that parse numbers or copy bytes straight into the database.
    bool nextUtf8(std::vector<std::string_view>& fields);

    // 1-based physical line on which the last record returned began (quoted fields may span lines).
    qint64 recordLine() const { return m_recordLine; }
    // Number of records returned so far (the header counts as one).
    qint64 recordCount() const { return m_recordCount; }
    // Bytes of the device consumed so far and its size (0 when unknown), for a progress bar.
    qint64 bytesConsumed() const;
    qint64 totalBytes() const;

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Line the error refers to: where an unterminated quote opened, or where binary data appeared.
    qint64 errorLine() const { return m_errorLine; }

    // Picks the delimiter among , ; TAB | that splits the sample's lines most consistently into more than
    // one column (quotes respected). Falls back to a comma.
    static char detectDelimiter(QByteArrayView sample);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool start();
    bool fill();
    bool fillInto(QByteArray& target);
    void fail(qint64 line, const QString& message);
    void endField();

    QIODevice* m_device;
    char m_delimiter = 0;
    QByteArray m_encoding;
    std::unique_ptr<TextDecoder> m_decoder;

    QByteArray m_raw;    // last block read from the device
    QByteArray m_buffer; // UTF-8 bytes being parsed
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_skipLf = false; // a CR ended the previous line; a following LF belongs to it

    State m_state = State::FieldStart;
    std::string m_fieldData;                          // bytes of the current record's fields
    std::vector<std::pair<size_t, size_t>> m_offsets; // (start, length) per field in m_fieldData
    size_t m_fieldStart = 0;

    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;
    qint64 m_recordCount = 0;
    qint64 m_consumedBeforeBuffer = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace rapport
