#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rapport {

// One plain-text e-mail as an RFC 5322 message ready to send (a .eml file): CRLF line ends, headers in
// US-ASCII with non-ASCII display names and subjects as RFC 2047 encoded words (UTF-8, base64, folded), the
// body UTF-8 in quoted-printable when it is not plain 7-bit ASCII with short lines.
struct EmlMessage {
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body;
    QDateTime date;
    QString messageId; // without angle brackets: "123.456@rapport.invalid"

    QByteArray toBytes() const;

    // RFC 2047 encoded word(s) for a header value (unchanged when it is printable ASCII); `used` is the
    // length of the header name and colon already on the first line.
    static QByteArray encodeHeaderText(const QString& text, int used);
    // "Name" <address> with the name quoted or encoded as needed.
    static QByteArray mailbox(const QString& name, const QString& address);
    // RFC 2045 quoted-printable of UTF-8 text, lines ending CRLF, soft breaks before 76 characters.
    static QByteArray quotedPrintable(const QString& text);
};

} // namespace rapport
