#include "io/CsvReader.h"

#include "io/TextDecoder.h"
#include "io/TextEncoding.h"

#include <QIODevice>
#include <array>

namespace rapport {

namespace {

constexpr qsizetype blockSize = 1024 * 1024;

// Bytes that end a run of ordinary field content.
struct ByteClass {
    std::array<bool, 256> unquoted{}; // delimiter, CR, LF, NUL
    std::array<bool, 256> quoted{};   // quote, CR, LF, NUL

    explicit ByteClass(char delimiter) {
        for (const unsigned char c : {'\r', '\n', '\0'}) {
            unquoted[c] = true;
            quoted[c] = true;
        }
        unquoted[static_cast<unsigned char>(delimiter)] = true;
        quoted['"'] = true;
    }
};

const ByteClass& byteClass(char delimiter) {
    static const ByteClass comma(','), semicolon(';'), tab('\t'), pipe('|');
    switch (delimiter) {
    case ';':
        return semicolon;
    case '\t':
        return tab;
    case '|':
        return pipe;
    default:
        return comma;
    }
}

bool isSpreadsheetContainer(QByteArrayView sample) {
    return sample.startsWith("PK\x03\x04") || sample.startsWith("\xD0\xCF\x11\xE0");
}

} // namespace

CsvReader::CsvReader(QIODevice* device) : m_device(device) {}

CsvReader::~CsvReader() = default;

void CsvReader::setDelimiter(char delimiter) {
    if (delimiter == ',' || delimiter == ';' || delimiter == '\t' || delimiter == '|')
        m_delimiter = delimiter;
}

void CsvReader::setEncoding(const QByteArray& encoding) {
    m_encoding = TextEncoding::canonicalName(encoding);
}

qint64 CsvReader::bytesConsumed() const {
    if (m_decoder)
        return m_device ? m_device->pos() : 0;
    return m_consumedBeforeBuffer + m_pos;
}

qint64 CsvReader::totalBytes() const {
    return m_device && !m_device->isSequential() ? m_device->size() : 0;
}

void CsvReader::fail(qint64 line, const QString& message) {
    if (!hasError()) {
        m_error = message;
        m_errorLine = line;
    }
}

bool CsvReader::fillInto(QByteArray& target) {
    target.resize(blockSize);
    const qint64 got = m_device->read(target.data(), blockSize);
    if (got < 0) {
        target.clear();
        fail(m_line, tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    target.resize(got);
    return got > 0;
}

bool CsvReader::start() {
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(0, tr("The file is not open for reading."));
        return false;
    }
    if (!fillInto(m_raw)) {
        m_eof = true;
        return !hasError();
    }
    // Make sure the detection sample is a full 64 KiB when the device delivers less per read.
    while (m_raw.size() < TextEncoding::recommendedSampleSize) {
        const QByteArray more = m_device->read(TextEncoding::recommendedSampleSize - m_raw.size());
        if (more.isEmpty())
            break;
        m_raw += more;
    }
    const QByteArrayView sample =
        QByteArrayView(m_raw).first(std::min(m_raw.size(), TextEncoding::recommendedSampleSize));
    const TextEncoding::Detection detection = TextEncoding::detect(sample);
    if (detection.binary) {
        fail(1, isSpreadsheetContainer(sample)
                    ? tr("This is a spreadsheet workbook, not a CSV file. Save it as CSV (UTF-8) first.")
                    : tr("The file contains binary data, not text: it is not a CSV file."));
        return false;
    }
    if (m_encoding.isEmpty())
        m_encoding = detection.name;
    if (m_encoding == "UTF-8") {
        const int bom = TextEncoding::byteOrderMark(m_raw) == 3 ? 3 : 0;
        m_buffer = std::move(m_raw);
        m_raw = QByteArray();
        m_pos = bom;
        m_consumedBeforeBuffer = 0;
    } else {
        m_decoder = std::make_unique<TextDecoder>(m_encoding);
        if (!m_decoder->isValid()) {
            fail(0, tr("The encoding “%1” is not supported.").arg(QString::fromLatin1(m_encoding)));
            return false;
        }
        m_buffer = m_decoder->decodeToUtf8(m_raw);
    }
    if (!m_delimiter)
        m_delimiter = detectDelimiter(QByteArrayView(m_buffer).sliced(m_pos).first(
            std::min(m_buffer.size() - m_pos, TextEncoding::recommendedSampleSize)));
    return true;
}

bool CsvReader::fill() {
    if (m_eof || hasError())
        return false;
    m_consumedBeforeBuffer += m_buffer.size();
    m_pos = 0;
    m_buffer.resize(0);
    while (m_buffer.isEmpty()) {
        if (!m_decoder) {
            if (!fillInto(m_buffer)) {
                m_eof = true;
                return false;
            }
            continue;
        }
        if (fillInto(m_raw)) {
            m_buffer = m_decoder->decodeToUtf8(m_raw);
        } else {
            m_eof = true;
            m_buffer = m_decoder->finish().toUtf8();
            return !m_buffer.isEmpty() && !hasError();
        }
    }
    return true;
}

void CsvReader::endField() {
    m_offsets.emplace_back(m_fieldStart, m_fieldData.size() - m_fieldStart);
    m_fieldStart = m_fieldData.size();
}

bool CsvReader::nextUtf8(std::vector<std::string_view>& fields) {
    fields.clear();
    if (hasError())
        return false;
    if (!m_started && !start())
        return false;
    m_fieldData.clear();
    m_offsets.clear();
    m_fieldStart = 0;
    m_state = State::FieldStart;
    bool inRecord = false;
    const char delimiter = m_delimiter;
    const ByteClass& classes = byteClass(delimiter);
    const auto binaryFound = [this] {
        fail(m_line,
             tr("Line %1 contains binary data (a NUL byte): this is not a text CSV file.").arg(m_line));
        return false;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (hasError())
                return false;
            if (m_state == State::Quoted) {
                fail(m_quoteLine,
                     tr("The quoted field that starts on line %1 is never closed: a quote (\") is "
                        "missing.")
                         .arg(m_quoteLine));
                return false;
            }
            if (!inRecord)
                return false;
            endField();
            break;
        }
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        if (m_skipLf) {
            m_skipLf = false;
            if (data[i] == '\n') {
                m_pos = i + 1;
                continue;
            }
        }

        if (m_state == State::FieldStart) {
            const char c = data[i];
            if (!inRecord) {
                if (c == '\r' || c == '\n') { // blank line
                    ++m_line;
                    m_skipLf = c == '\r';
                    m_pos = i + 1;
                    continue;
                }
                inRecord = true;
                m_recordLine = m_line;
            }
            if (c == '"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_pos = i + 1;
            } else {
                m_state = State::Unquoted;
            }
            continue;
        }

        if (m_state == State::Unquoted) {
            qsizetype j = i;
            while (j < size && !classes.unquoted[static_cast<unsigned char>(data[j])])
                ++j;
            m_fieldData.append(data + i, size_t(j - i));
            m_pos = j;
            if (j == size)
                continue;
            const char c = data[j];
            m_pos = j + 1;
            if (c == delimiter) {
                endField();
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\0')
                return binaryFound();
            ++m_line;
            m_skipLf = c == '\r';
            endField();
            break;
        }

        if (m_state == State::Quoted) {
            qsizetype j = i;
            while (j < size && !classes.quoted[static_cast<unsigned char>(data[j])])
                ++j;
            m_fieldData.append(data + i, size_t(j - i));
            m_pos = j;
            if (j == size)
                continue;
            const char c = data[j];
            m_pos = j + 1;
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\0') {
                return binaryFound();
            } else {
                // A line break inside quotes is field content; CRLF counts as one line.
                if (c == '\r' || m_fieldData.size() == m_fieldStart || m_fieldData.back() != '\r')
                    ++m_line;
                m_fieldData.push_back(c);
            }
            continue;
        }

        // State::QuoteInQuoted: a doubled quote, or the end of the quoted field.
        const char c = data[i];
        if (c == '"') {
            m_fieldData.push_back('"');
            m_state = State::Quoted;
            m_pos = i + 1;
        } else if (c == delimiter) {
            endField();
            m_state = State::FieldStart;
            m_pos = i + 1;
        } else if (c == '\r' || c == '\n') {
            ++m_line;
            m_skipLf = c == '\r';
            m_pos = i + 1;
            endField();
            break;
        } else {
            m_state = State::Unquoted; // text after the closing quote is kept as it is
        }
    }

    fields.reserve(m_offsets.size());
    for (const auto& [start, length] : m_offsets)
        fields.emplace_back(m_fieldData.data() + start, length);
    ++m_recordCount;
    return true;
}

bool CsvReader::next(QStringList& fields) {
    std::vector<std::string_view> views;
    fields.clear();
    if (!nextUtf8(views))
        return false;
    fields.reserve(qsizetype(views.size()));
    for (const std::string_view view : views)
        fields.append(QString::fromUtf8(view.data(), qsizetype(view.size())));
    return true;
}

char CsvReader::detectDelimiter(QByteArrayView sample) {
    static constexpr char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    qint64 bestScore = 0;
    for (const char candidate : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 200; ++i) {
            const char c = sample[i];
            if (c == '"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == candidate)
                ++count;
            else if (c == '\n' || (c == '\r' && (i + 1 >= sample.size() || sample[i + 1] != '\n'))) {
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0 || counts.isEmpty())
            counts.append(count); // last line without a line end
        // The most frequent non-zero count per line, and how many lines have exactly it.
        QHash<int, int> frequency;
        for (const int n : counts)
            if (n > 0)
                ++frequency[n];
        int mode = 0, modeLines = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            if (it.value() > modeLines || (it.value() == modeLines && it.key() > mode)) {
                mode = it.key();
                modeLines = it.value();
            }
        const qint64 score = qint64(modeLines) * 1000 + mode;
        if (mode > 0 && score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace rapport
