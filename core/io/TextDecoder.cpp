#include "io/TextDecoder.h"

#include "io/TextEncoding.h"

namespace rapport {

TextDecoder::TextDecoder(const QByteArray& encoding)
    : m_encoding(TextEncoding::canonicalName(encoding)),
      m_decoder(m_encoding.isEmpty() ? "UTF-8" : m_encoding.constData()) {
    m_valid = !m_encoding.isEmpty() && m_decoder.isValid();
}

QString TextDecoder::decode(QByteArrayView chunk) {
    if (!m_valid)
        return {};
    QString text = m_decoder.decode(chunk);
    if (m_atStart && !text.isEmpty()) {
        m_atStart = false;
        if (text.front() == QChar(0xFEFF))
            text.remove(0, 1);
    }
    m_replacements += text.count(QChar(QChar::ReplacementCharacter));
    return text;
}

QByteArray TextDecoder::decodeToUtf8(QByteArrayView chunk) {
    return decode(chunk).toUtf8();
}

QString TextDecoder::finish() {
    if (!m_valid)
        return {};
    // Bytes of a character cut off by the end of the input surface as one U+FFFD.
    QString rest;
    if (m_decoder.hasPendingBytes()) {
        rest = QString(QChar(QChar::ReplacementCharacter));
        ++m_replacements;
    }
    m_decoder.resetState();
    m_atStart = true;
    return rest;
}

QString TextDecoder::decodeAll(const QByteArray& encoding, QByteArrayView bytes) {
    TextDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    text += decoder.finish();
    return text;
}

} // namespace rapport
