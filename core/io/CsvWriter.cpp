#include "io/CsvWriter.h"

#include <QIODevice>

namespace rapport {

namespace {
constexpr qsizetype flushThreshold = 256 * 1024;
}

CsvWriter::CsvWriter(QIODevice* device) : m_device(device) {
    m_buffer.reserve(flushThreshold + 4096);
}

CsvWriter::~CsvWriter() {
    flush();
}

void CsvWriter::appendField(QByteArray& out, std::string_view utf8, char delimiter) {
    bool needsQuotes = false;
    for (const char c : utf8)
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            needsQuotes = true;
            break;
        }
    if (!needsQuotes) {
        out.append(utf8.data(), qsizetype(utf8.size()));
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void CsvWriter::beginRecord() {
    if (!m_started) {
        m_started = true;
        if (m_bom)
            m_buffer.append("\xEF\xBB\xBF");
    }
}

void CsvWriter::endRecord() {
    m_buffer.append(m_lineEnding == LineEnding::CrLf ? "\r\n" : "\n");
    if (m_buffer.size() >= flushThreshold)
        flush();
}

void CsvWriter::writeRecord(const QStringList& fields) {
    beginRecord();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_buffer.append(m_delimiter);
        const QByteArray utf8 = fields[i].toUtf8();
        appendField(m_buffer, std::string_view(utf8.constData(), size_t(utf8.size())), m_delimiter);
    }
    endRecord();
}

void CsvWriter::writeRecordUtf8(const std::vector<std::string_view>& fields) {
    beginRecord();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            m_buffer.append(m_delimiter);
        appendField(m_buffer, fields[i], m_delimiter);
    }
    endRecord();
}

bool CsvWriter::flush() {
    if (m_buffer.isEmpty() || hasError())
        return !hasError();
    if (!m_device || !m_device->isWritable()) {
        m_error = tr("The file is not open for writing.");
        return false;
    }
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = tr("The file could not be written: %1").arg(m_device->errorString());
        return false;
    }
    m_buffer.resize(0);
    return true;
}

} // namespace rapport
