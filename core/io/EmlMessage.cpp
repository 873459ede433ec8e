#include "io/EmlMessage.h"

#include <QLocale>

namespace rapport {
namespace {

bool isPrintableAscii(const QString& text) {
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Splits UTF-8 into pieces of at most maxBytes without cutting a character.
QList<QByteArray> utf8Pieces(const QString& text, int maxBytes) {
    QList<QByteArray> pieces;
    QByteArray current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            unit += text.at(++i);
        const QByteArray bytes = unit.toUtf8();
        if (current.size() + bytes.size() > maxBytes) {
            pieces << current;
            current.clear();
        }
        current += bytes;
    }
    if (!current.isEmpty())
        pieces << current;
    return pieces;
}

} // namespace

QByteArray EmlMessage::encodeHeaderText(const QString& text, int used) {
    if (isPrintableAscii(text))
        return text.toLatin1();
    // "=?UTF-8?B?" + base64 + "?=" is 12 + 4/3 bytes: 42 bytes of text keep a word at 68 characters.
    QByteArray out;
    const QList<QByteArray> pieces = utf8Pieces(text, 42);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + pieces.at(i).toBase64() + "?=";
    }
    Q_UNUSED(used)
    return out;
}

QByteArray EmlMessage::mailbox(const QString& name, const QString& address) {
    const QByteArray angle = '<' + address.trimmed().toUtf8() + '>';
    if (name.trimmed().isEmpty())
        return angle;
    if (!isPrintableAscii(name))
        return encodeHeaderText(name.trimmed(), 0) + ' ' + angle;
    QByteArray quoted = name.trimmed().toLatin1();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + "\" " + angle;
}

QByteArray EmlMessage::quotedPrintable(const QString& text) {
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray& line = lines.at(l);
        QByteArray encodedLine;
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto b = static_cast<unsigned char>(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray piece;
            if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last))
                piece = QByteArray(1, static_cast<char>(b));
            else
                piece = QByteArray{"="} + hex[b >> 4] + hex[b & 15];
            if (column + piece.size() > 75) {
                encodedLine += "=\r\n";
                column = 0;
            }
            encodedLine += piece;
            column += static_cast<int>(piece.size());
        }
        out += encodedLine;
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out + "\r\n";
}

QByteArray EmlMessage::toBytes() const {
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTimeUtc();
    QByteArray out;
    out += "From: " + mailbox(fromName, fromAddress) + "\r\n";
    out += "To: " + mailbox(toName, toAddress) + "\r\n";
    out += "Subject: " + encodeHeaderText(subject, 9) + "\r\n";
    out += "Date: " +
           QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000\r\n";
    if (!messageId.isEmpty())
        out += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    bool plain = true;
    for (const QString& line : body.split(QLatin1Char('\n')))
        plain = plain && line.size() <= 76 && isPrintableAscii(QString(line).remove(QLatin1Char('\r')));
    if (plain) {
        out += "Content-Transfer-Encoding: 7bit\r\n\r\n";
        QString crlf = body;
        crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
            .replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        out += crlf.toLatin1() + "\r\n";
    } else {
        out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        out += quotedPrintable(body);
    }
    return out;
}

} // namespace rapport
