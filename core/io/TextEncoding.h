#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// Recognises the character encoding of imported text files (CSV, vCard) from a sample of their first bytes.
//
// Unicode is recognised by its byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16 without a mark by its NUL
// pattern, and UTF-8 without a mark by being valid UTF-8 (pure ASCII counts as UTF-8). Anything else is
// decoded with every supported legacy code page and each decoding is scored for plausibility: letters of
// the language the code page serves (Polish/Czech, Russian, Western European, Greek, Arabic/Persian) count
// for it; control characters, unlikely symbols, mixed scripts and mixed case inside a word count against
// it. The result carries a confidence and the ranked alternatives so an import preview can show the guess
// and let the user override it.
//
// Decoding itself (streaming, chunk by chunk) is TextDecoder's job.
class TextEncoding final {
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
public:
    // One candidate encoding and how plausible the sample is in it (0..1; the candidates sum to about 1).
    struct Candidate {
        QByteArray name;
        double confidence = 0.0;
    };

    struct Detection {
        QByteArray name;       // the best guess, a name accepted by TextDecoder, e.g. "UTF-8", "windows-1250"
        double confidence = 0; // 0..1; 1 for a byte-order mark or pure ASCII
        int bomLength = 0;     // bytes to skip at the start (0 when there is no byte-order mark)
        bool binary = false;   // NUL bytes or many control characters: not a text file at all
        QList<Candidate> alternatives; // every plausible candidate, best first (includes the guess)
    };

    // Guesses the encoding of `sample`, typically the first 64 KiB of a file. A multi-byte sequence cut off
    // at the end of the sample does not count against UTF-8.
    static Detection detect(QByteArrayView sample);

    // The sample size detect() is designed for.
    static constexpr qsizetype recommendedSampleSize = 64 * 1024;

    // Encoding names for a "--encoding" option or a combo box, in a sensible display order.
    static QList<QByteArray> supportedEncodings();
    // A human-readable label such as "Central European (Windows-1250)" for a name from supportedEncodings().
    static QString displayName(const QByteArray& name);
    // Whether `name` (case-insensitive, aliases like "cp1250", "latin1", "utf8" accepted) can be decoded.
    static bool isSupported(const QByteArray& name);
    // The canonical spelling of a supported name ("cp1251" -> "windows-1251"), or empty when unsupported.
    static QByteArray canonicalName(const QByteArray& name);

    // Whether `bytes` is well-formed UTF-8. With allowTruncatedEnd, an incomplete sequence at the very end
    // (a sample cut in the middle of a character) is accepted.
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
    // Whether `bytes` is plain 7-bit ASCII.
    static bool isAscii(QByteArrayView bytes);
    // Length of the byte-order mark at the start of `bytes`, and the encoding it announces (empty if none).
    static int byteOrderMark(QByteArrayView bytes, QByteArray* encoding = nullptr);
    // Whether the sample looks like binary data rather than text in a byte-oriented encoding.
    static bool looksBinary(QByteArrayView sample);
};

} // namespace rapport
