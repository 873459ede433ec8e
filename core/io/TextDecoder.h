#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace rapport {

// Converts text in a supported encoding (see TextEncoding::supportedEncodings()) to Unicode, one chunk at a
// time: a multi-byte character split between two chunks is decoded correctly, and a byte-order mark at the
// very start is dropped. Bytes that are invalid in the encoding become U+FFFD and are counted.
//
//     TextDecoder decoder("windows-1251");
//     while (!file.atEnd())
//         out += decoder.decode(file.read(65536));
//     out += decoder.finish();
class TextDecoder final {
public:
    explicit TextDecoder(const QByteArray& encoding = QByteArrayLiteral("UTF-8"));

    bool isValid() const { return m_valid; }
    const QByteArray& encoding() const { return m_encoding; }

    // Decodes the next chunk; an incomplete character at its end is kept for the next call.
    QString decode(QByteArrayView chunk);
    // The same, as UTF-8 bytes (what the CSV reader works on).
    QByteArray decodeToUtf8(QByteArrayView chunk);
    // Flushes a character left incomplete at the end of the input (it becomes U+FFFD).
    QString finish();

    // Number of U+FFFD replacement characters produced so far for invalid or truncated input.
    qsizetype replacementCount() const { return m_replacements; }

    // One-shot conversion of a complete byte string.
    static QString decodeAll(const QByteArray& encoding, QByteArrayView bytes);

private:
    // QStringDecoder that can tell whether bytes of an unfinished character are pending.
    class Decoder final : public QStringDecoder {
    public:
        using QStringDecoder::QStringDecoder;
        bool hasPendingBytes() const { return state.remainingChars != 0; }
    };

    QByteArray m_encoding;
    Decoder m_decoder;
    bool m_valid = false;
    bool m_atStart = true;
    qsizetype m_replacements = 0;
};

} // namespace rapport
