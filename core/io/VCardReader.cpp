#include "io/VCardReader.h"

#include "io/TextDecoder.h"
#include "io/TextEncoding.h"

#include <QBuffer>
#include <QIODevice>

namespace rapport {

struct VCardReader::Property {
    QString group;   // lower case, e.g. "item1"
    QByteArray name; // upper case, e.g. "TEL"
    QStringList types;
    QByteArray encoding; // upper case: QUOTED-PRINTABLE, BASE64, B
    QByteArray charset;
    QByteArray valueType; // VALUE=, lower case
    bool preferred = false;
    QByteArray rawValue;
};

namespace {

// Index of the ':' that ends the property name and parameters (a ':' inside a quoted parameter value
// does not count), or -1.
qsizetype valueColon(QByteArrayView line) {
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

bool headerHas(QByteArrayView line, const char* token) {
    const qsizetype colon = valueColon(line);
    const QByteArray header = line.first(colon < 0 ? line.size() : colon).toByteArray().toUpper();
    return header.contains(token);
}

bool isBase64Header(QByteArrayView line) {
    const qsizetype colon = valueColon(line);
    if (colon < 0)
        return false;
    const QByteArray header = line.first(colon).toByteArray().toUpper();
    return header.contains("BASE64") || header.contains("ENCODING=B;") || header.endsWith("ENCODING=B");
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(QByteArrayView in) {
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size() + 0 && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else if (in[i] == '=' && i + 1 == in.size()) {
            // a trailing soft line break
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

// Splits on separators not preceded by a backslash; the parts keep their escapes.
QStringList splitUnescaped(const QString& value, QChar separator) {
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value[++i];
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar n = value[++i];
        switch (n.unicode()) {
        case 'n':
        case 'N':
            out += QLatin1Char('\n');
            break;
        case ',':
        case ';':
        case ':':
        case '\\':
        case '"':
            out += n;
            break;
        default: // not an escape: keep the backslash (a Windows path in a note, say)
            out += c;
            out += n;
        }
    }
    return out;
}

QString component(const QStringList& parts, qsizetype index) {
    return index < parts.size() ? unescape(parts[index]).trimmed() : QString();
}

QDate parseBirthday(const QString& text) {
    const QString date = text.trimmed().section(QLatin1Char('T'), 0, 0);
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd")}) {
        const QDate parsed = QDate::fromString(date, format);
        if (parsed.isValid())
            return parsed;
    }
    return {};
}

QString cleanLabel(QString label) {
    if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_")))
        label = label.mid(4, label.size() - 8);
    return label.trimmed();
}

} // namespace

VCardReader::VCardReader(QIODevice* device) : m_device(device) {}

void VCardReader::problem(qint64 line, const QString& message) {
    m_problems.append({line, message});
}

QStringList VCardReader::problemMessages() const {
    QStringList out;
    for (const Problem& p : m_problems)
        out.append(tr("line %1: %2").arg(p.line).arg(p.message));
    return out;
}

bool VCardReader::readPhysicalLine(QByteArray& line) {
    if (m_hasPeeked) {
        m_hasPeeked = false;
        line = std::move(m_peeked);
        ++m_physicalLine;
        return true;
    }
    if (!m_device || m_device->atEnd())
        return false;
    line = m_device->readLine();
    if (line.isEmpty() && m_device->atEnd())
        return false;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (m_physicalLine == 0 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    ++m_physicalLine;
    return true;
}

bool VCardReader::peekPhysicalLine(QByteArray*& line) {
    if (!m_hasPeeked) {
        if (!readPhysicalLine(m_peeked))
            return false;
        --m_physicalLine; // not consumed yet
        m_hasPeeked = true;
    }
    line = &m_peeked;
    return true;
}

bool VCardReader::readLogicalLine(QByteArray& line, qint64& lineNumber) {
    do {
        if (!readPhysicalLine(line))
            return false;
    } while (line.trimmed().isEmpty());
    lineNumber = m_physicalLine;
    const bool quotedPrintable = headerHas(line, "QUOTED-PRINTABLE");
    const bool base64 = isBase64Header(line);
    QByteArray* peek = nullptr;
    for (;;) {
        if (quotedPrintable && line.endsWith('=') && peekPhysicalLine(peek)) {
            // vCard 2.1 soft line break: the value continues on the next line, indented or not.
            QByteArray continuation;
            readPhysicalLine(continuation);
            line.chop(1);
            line += continuation.startsWith(' ') || continuation.startsWith('\t') ? continuation.mid(1)
                                                                                  : continuation;
            continue;
        }
        if (!peekPhysicalLine(peek))
            break;
        if (peek->startsWith(' ') || peek->startsWith('\t')) {
            QByteArray continuation;
            readPhysicalLine(continuation);
            line += continuation.mid(1);
            continue;
        }
        // vCard 2.1 BASE64 data may continue on unindented lines up to a blank line.
        if (base64 && m_version == "2.1" && !peek->isEmpty() && valueColon(*peek) < 0) {
            QByteArray continuation;
            readPhysicalLine(continuation);
            line += continuation.trimmed();
            continue;
        }
        break;
    }
    return true;
}

bool VCardReader::parseProperty(const QByteArray& line, Property& property) const {
    const qsizetype colon = valueColon(line);
    if (colon <= 0)
        return false;
    property.rawValue = line.mid(colon + 1);
    QList<QByteArray> params;
    {
        QByteArray current;
        bool quoted = false;
        for (qsizetype i = 0; i < colon; ++i) {
            const char c = line[i];
            if (c == '"')
                quoted = !quoted;
            if (c == ';' && !quoted) {
                params.append(current);
                current.clear();
            } else {
                current.append(c);
            }
        }
        params.append(current);
    }
    QByteArray name = params.takeFirst().trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        property.group = QString::fromLatin1(name.left(dot)).toLower();
        name = name.mid(dot + 1);
    }
    property.name = name.toUpper();
    if (property.name.isEmpty())
        return false;
    for (const QByteArray& param : params) {
        const qsizetype equals = param.indexOf('=');
        if (equals < 0) { // vCard 2.1 bare parameter
            const QByteArray bare = param.trimmed().toUpper();
            if (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" || bare == "7BIT")
                property.encoding = bare;
            else if (bare == "PREF")
                property.preferred = true;
            else if (!bare.isEmpty())
                property.types.append(QString::fromLatin1(bare).toLower());
            continue;
        }
        const QByteArray key = param.left(equals).trimmed().toUpper();
        QByteArray value = param.mid(equals + 1).trimmed();
        value.replace('"', QByteArray());
        if (key == "TYPE") {
            for (const QByteArray& type : value.split(','))
                if (!type.trimmed().isEmpty())
                    property.types.append(QString::fromUtf8(type.trimmed()).toLower());
        } else if (key == "ENCODING") {
            property.encoding = value.toUpper();
        } else if (key == "CHARSET") {
            property.charset = value;
        } else if (key == "VALUE") {
            property.valueType = value.toLower();
        } else if (key == "PREF") {
            property.preferred = true;
        }
    }
    if (property.types.removeAll(QStringLiteral("pref")) > 0)
        property.preferred = true;
    property.types.removeAll(QStringLiteral("internet"));
    property.types.removeDuplicates();
    return true;
}

QString VCardReader::decodeValue(const Property& property) const {
    const QByteArray bytes = property.encoding == "QUOTED-PRINTABLE"
                                 ? decodeQuotedPrintable(property.rawValue)
                                 : property.rawValue;
    if (!property.charset.isEmpty() && TextEncoding::isSupported(property.charset))
        return TextDecoder::decodeAll(property.charset, bytes);
    if (TextEncoding::isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    // No (usable) CHARSET and not UTF-8: an old export in the system's code page.
    return TextDecoder::decodeAll(TextEncoding::detect(bytes).name, bytes);
}

void VCardReader::apply(const Property& property, VCard& card, QHash<QString, QString>& labels,
                        QList<GroupedItem>& grouped) const {
    const QByteArray& name = property.name;
    if (property.encoding == "BASE64" || property.encoding == "B")
        return; // photos, logos, sounds, keys
    const QString value = decodeValue(property);
    if (name == "N") {
        const QStringList parts = splitUnescaped(value, QLatin1Char(';'));
        card.familyName = component(parts, 0);
        card.givenName = component(parts, 1);
        card.additionalNames = component(parts, 2);
        card.prefix = component(parts, 3);
        card.suffix = component(parts, 4);
    } else if (name == "FN") {
        card.formattedName = unescape(value).trimmed();
    } else if (name == "NICKNAME") {
        if (card.nickname.isEmpty())
            card.nickname = unescape(value).trimmed();
    } else if (name == "ORG") {
        if (card.organisation.isEmpty() && card.unit.isEmpty()) {
            const QStringList parts = splitUnescaped(value, QLatin1Char(';'));
            card.organisation = component(parts, 0);
            QStringList units;
            for (qsizetype i = 1; i < parts.size(); ++i)
                if (!component(parts, i).isEmpty())
                    units.append(component(parts, i));
            card.unit = units.join(QStringLiteral("; "));
        }
    } else if (name == "TITLE") {
        if (card.title.isEmpty())
            card.title = unescape(value).trimmed();
    } else if (name == "ROLE") {
        if (card.role.isEmpty())
            card.role = unescape(value).trimmed();
    } else if (name == "EMAIL") {
        const QString address = unescape(value).trimmed();
        if (address.isEmpty())
            return;
        card.emails.append({address, property.types, property.preferred, {}});
        if (!property.group.isEmpty())
            grouped.append({property.group, 0, card.emails.size() - 1});
    } else if (name == "TEL") {
        QString number = unescape(value).trimmed();
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            number = number.mid(4);
            number.replace(QLatin1String(";ext="), QLatin1String(" ext. "));
        }
        if (number.isEmpty())
            return;
        card.phones.append({number, property.types, property.preferred, {}});
        if (!property.group.isEmpty())
            grouped.append({property.group, 1, card.phones.size() - 1});
    } else if (name == "ADR") {
        const QStringList parts = splitUnescaped(value, QLatin1Char(';'));
        VCard::Address address{component(parts, 0), component(parts, 1),
                               component(parts, 2), component(parts, 3),
                               component(parts, 4), component(parts, 5),
                               component(parts, 6), property.types,
                               property.preferred,  {}};
        if (address.isEmpty())
            return;
        card.addresses.append(address);
        if (!property.group.isEmpty())
            grouped.append({property.group, 2, card.addresses.size() - 1});
    } else if (name == "BDAY") {
        card.birthday = parseBirthday(unescape(value));
    } else if (name == "NOTE") {
        const QString note = unescape(value).trimmed();
        if (!note.isEmpty())
            card.note = card.note.isEmpty() ? note : card.note + QStringLiteral("\n\n") + note;
    } else if (name == "URL") {
        const QString url = unescape(value).trimmed();
        if (!url.isEmpty())
            card.urls.append(url);
    } else if (name == "CATEGORIES") {
        // Split on every comma: exporters disagree on escaping them (Thunderbird writes "a\, b").
        for (const QString& category : unescape(value).split(QLatin1Char(',')))
            if (!category.trimmed().isEmpty() && !card.categories.contains(category.trimmed()))
                card.categories.append(category.trimmed());
    } else if (name == "UID") {
        card.uid = unescape(value).trimmed();
    } else if (name == "X-ABLABEL" && !property.group.isEmpty()) {
        labels.insert(property.group, cleanLabel(unescape(value)));
    }
}

bool VCardReader::next(VCard& card) {
    card = VCard();
    QByteArray line;
    qint64 lineNumber = 0;
    bool inCard = false;
    QHash<QString, QString> labels;
    QList<GroupedItem> grouped;
    if (m_pendingBegin) {
        inCard = true;
        m_cardLine = m_pendingBegin;
        m_version = "3.0";
        m_pendingBegin = 0;
    }
    const auto finish = [&] {
        for (const GroupedItem& item : grouped) {
            const QString label = labels.value(item.group);
            if (item.kind == 0)
                card.emails[item.index].label = label;
            else if (item.kind == 1)
                card.phones[item.index].label = label;
            else
                card.addresses[item.index].label = label;
        }
        return true;
    };
    while (readLogicalLine(line, lineNumber)) {
        const QByteArray upper = line.trimmed().toUpper();
        if (upper == "BEGIN:VCARD") {
            if (inCard) {
                problem(m_cardLine, tr("The card that begins here has no END:VCARD."));
                // The BEGIN just read opens the next card: the next call starts inside it.
                m_pendingBegin = lineNumber;
                return finish();
            }
            inCard = true;
            m_cardLine = lineNumber;
            m_version = "3.0";
            continue;
        }
        if (!inCard) {
            problem(lineNumber, tr("Text outside BEGIN:VCARD … END:VCARD was ignored."));
            continue;
        }
        if (upper == "END:VCARD")
            return finish();
        Property property;
        if (!parseProperty(line, property)) {
            problem(lineNumber, tr("This line is not a vCard property and was ignored."));
            continue;
        }
        if (property.name == "VERSION") {
            m_version = property.rawValue.trimmed();
            continue;
        }
        apply(property, card, labels, grouped);
    }
    if (inCard) {
        problem(m_cardLine, tr("The card that begins here has no END:VCARD."));
        return finish();
    }
    return false;
}

QList<VCard> VCardReader::readAll() {
    QList<VCard> cards;
    VCard card;
    while (next(card))
        cards.append(card);
    return cards;
}

QList<VCard> VCardReader::parse(const QByteArray& bytes, QList<Problem>* problems) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    const QList<VCard> cards = reader.readAll();
    if (problems)
        *problems = reader.problems();
    return cards;
}

} // namespace rapport
