#include "io/VCardWriter.h"

#include <QIODevice>

namespace rapport {

namespace {

constexpr qsizetype maxLineOctets = 75;

class CardBuilder {
public:
    explicit CardBuilder(VCardWriter::Version version) : m_version(version) {}

    void line(const QString& group, const char* name, const QString& parameters, const QString& value) {
        QByteArray content;
        if (!group.isEmpty())
            content += group.toUtf8() + '.';
        content += name;
        content += parameters.toUtf8();
        content += ':';
        content += value.toUtf8();
        m_out += VCardWriter::fold(content);
    }

    QString typeParameters(QStringList types, bool preferred) const {
        if (preferred && m_version == VCardWriter::Version::V3_0)
            types.append(QStringLiteral("pref"));
        QString out;
        if (!types.isEmpty())
            out = QStringLiteral(";TYPE=") + types.join(QLatin1Char(','));
        if (preferred && m_version == VCardWriter::Version::V4_0)
            out += QStringLiteral(";PREF=1");
        return out;
    }

    // A group name for an item with a label ("item1"), or empty.
    QString groupFor(const QString& label, const char* name) {
        if (label.isEmpty())
            return {};
        const QString group = QStringLiteral("item%1").arg(++m_groups);
        m_pendingLabels.append({group, label});
        Q_UNUSED(name);
        return group;
    }

    void flushLabels() {
        for (const auto& [group, label] : m_pendingLabels)
            line(group, "X-ABLabel", {}, VCardWriter::escapeText(label));
        m_pendingLabels.clear();
    }

    QByteArray take() { return std::move(m_out); }

private:
    VCardWriter::Version m_version;
    QByteArray m_out;
    int m_groups = 0;
    QList<std::pair<QString, QString>> m_pendingLabels;
};

} // namespace

VCardWriter::VCardWriter(QIODevice* device, Version version) : m_device(device), m_version(version) {}

QString VCardWriter::escapeText(const QString& text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray& line) {
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = maxLineOctets;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Never split a UTF-8 sequence: back up to the first byte of the character.
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = maxLineOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray VCardWriter::toByteArray(const VCard& card, Version version) {
    CardBuilder b(version);
    const bool v4 = version == Version::V4_0;
    b.line({}, "BEGIN", {}, QStringLiteral("VCARD"));
    b.line({}, "VERSION", {}, v4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));
    QStringList name;
    for (const QString* part :
         {&card.familyName, &card.givenName, &card.additionalNames, &card.prefix, &card.suffix})
        name.append(escapeText(*part));
    b.line({}, "N", {}, name.join(QLatin1Char(';')));
    // FN is required; an empty one is still written so the reader gets back exactly what was given.
    b.line({}, "FN", {}, escapeText(card.formattedName));
    if (!card.nickname.isEmpty())
        b.line({}, "NICKNAME", {}, escapeText(card.nickname));
    if (!card.organisation.isEmpty() || !card.unit.isEmpty()) {
        QStringList org{escapeText(card.organisation)};
        for (const QString& unit : card.unit.split(QStringLiteral("; "), Qt::SkipEmptyParts))
            org.append(escapeText(unit));
        b.line({}, "ORG", {}, org.join(QLatin1Char(';')));
    }
    if (!card.title.isEmpty())
        b.line({}, "TITLE", {}, escapeText(card.title));
    if (!card.role.isEmpty())
        b.line({}, "ROLE", {}, escapeText(card.role));
    for (const VCard::Email& email : card.emails)
        b.line(b.groupFor(email.label, "EMAIL"), "EMAIL", b.typeParameters(email.types, email.preferred),
               escapeText(email.address));
    for (const VCard::Phone& phone : card.phones)
        b.line(b.groupFor(phone.label, "TEL"), "TEL", b.typeParameters(phone.types, phone.preferred),
               escapeText(phone.number));
    for (const VCard::Address& a : card.addresses) {
        const QStringList parts{escapeText(a.poBox),  escapeText(a.extended), escapeText(a.street),
                                escapeText(a.city),   escapeText(a.region),   escapeText(a.postcode),
                                escapeText(a.country)};
        b.line(b.groupFor(a.label, "ADR"), "ADR", b.typeParameters(a.types, a.preferred),
               parts.join(QLatin1Char(';')));
    }
    b.flushLabels();
    if (card.birthday.isValid())
        b.line({}, "BDAY", {},
               card.birthday.toString(v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
    if (!card.note.isEmpty())
        b.line({}, "NOTE", {}, escapeText(card.note));
    for (const QString& url : card.urls)
        b.line({}, "URL", {}, url);
    if (!card.categories.isEmpty()) {
        QStringList categories;
        for (const QString& category : card.categories)
            categories.append(escapeText(category));
        b.line({}, "CATEGORIES", {}, categories.join(QLatin1Char(',')));
    }
    if (!card.uid.isEmpty())
        b.line({}, "UID", {}, card.uid);
    b.line({}, "END", {}, QStringLiteral("VCARD"));
    return b.take();
}

QByteArray VCardWriter::toByteArray(const QList<VCard>& cards, Version version) {
    QByteArray out;
    for (const VCard& card : cards)
        out += toByteArray(card, version);
    return out;
}

bool VCardWriter::write(const VCard& card) {
    if (hasError())
        return false;
    const QByteArray bytes = toByteArray(card, m_version);
    if (!m_device || m_device->write(bytes) != bytes.size()) {
        m_error = tr("The vCard file could not be written: %1")
                      .arg(m_device ? m_device->errorString() : tr("no file is open"));
        return false;
    }
    return true;
}

} // namespace rapport
