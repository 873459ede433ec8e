#include "importer/ImportSource.h"

#include "io/CsvReader.h"
#include "io/VCardReader.h"

namespace rapport {
namespace {

const char* const cardFields[] = {"first_name", "last_name", "organisation", "title",      "emails",
                                  "phones",     "birthday",  "notes",        "notes_extra"};

void cardToCells(const VCard& card, std::vector<std::string>& cells) {
    cells.assign(std::size(cardFields), std::string());
    QString first = card.givenName;
    QString last = card.familyName;
    if (first.isEmpty() && last.isEmpty())
        last = card.displayName();
    cells[0] = first.toStdString();
    cells[1] = last.toStdString();
    cells[2] = card.organisation.toStdString();
    cells[3] = (card.title.isEmpty() ? card.role : card.title).toStdString();
    QStringList emails;
    for (const VCard::Email& e : card.emails)
        emails << e.address;
    cells[4] = emails.join(QStringLiteral("; ")).toStdString();
    QStringList phones;
    for (const VCard::Phone& p : card.phones)
        phones << p.number.trimmed().replace(QLatin1Char(';'), QLatin1Char(' '));
    cells[5] = phones.join(QStringLiteral("; ")).toStdString();
    if (card.birthday.isValid())
        cells[6] = card.birthday.toString(Qt::ISODate).toStdString();
    cells[7] = card.note.toStdString();
    QStringList extra;
    for (const VCard::Address& a : card.addresses) {
        QStringList parts;
        for (const QString& part : {a.streetLines(), a.postcode, a.city, a.region, a.country})
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        if (!parts.isEmpty())
            extra << QCoreApplication::translate("ImportSource", "Address: %1")
                         .arg(parts.join(QStringLiteral(", ")));
    }
    cells[8] = extra.join(QLatin1Char('\n')).toStdString();
}

} // namespace

ImportSource::ImportSource(const QString& path, const ImportOptions& options)
    : m_path(path), m_options(options), m_file(path) {}

ImportSource::~ImportSource() = default;

bool ImportSource::open() {
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    if (m_options.format == ImportFormat::VCard) {
        m_vcard = std::make_unique<VCardReader>(&m_file);
        for (const char* field : cardFields)
            m_headers << QLatin1String(field);
        return true;
    }
    m_csv = std::make_unique<CsvReader>(&m_file);
    if (m_options.delimiter)
        m_csv->setDelimiter(m_options.delimiter);
    if (!m_options.encoding.isEmpty())
        m_csv->setEncoding(m_options.encoding);
    QStringList header;
    if (!m_csv->next(header)) {
        m_error = m_csv->hasError() ? m_csv->errorString() : tr("The file is empty.");
        m_errorLine = m_csv->errorLine();
        return false;
    }
    m_headers = header;
    return true;
}

bool ImportSource::next(std::vector<std::string_view>& cells) {
    if (m_csv)
        return m_csv->nextUtf8(cells);
    if (!m_vcard)
        return false;
    VCard card;
    if (!m_vcard->next(card))
        return false;
    cardToCells(card, m_cardCells);
    cells.assign(m_cardCells.begin(), m_cardCells.end());
    return true;
}

qint64 ImportSource::line() const {
    return m_csv ? m_csv->recordLine() : m_vcard ? m_vcard->cardLine() : 0;
}
qint64 ImportSource::bytesConsumed() const {
    return m_csv ? m_csv->bytesConsumed() : m_file.pos();
}
qint64 ImportSource::totalBytes() const {
    return m_file.size();
}
bool ImportSource::hasError() const {
    return !m_error.isEmpty() || (m_csv && m_csv->hasError());
}
QString ImportSource::errorString() const {
    return m_csv && m_csv->hasError() ? m_csv->errorString() : m_error;
}
qint64 ImportSource::errorLine() const {
    return m_csv && m_csv->hasError() ? m_csv->errorLine() : m_errorLine;
}
char ImportSource::delimiter() const {
    return m_csv ? m_csv->delimiter() : ',';
}
QByteArray ImportSource::encoding() const {
    return m_csv ? m_csv->encoding() : QByteArrayLiteral("UTF-8");
}

} // namespace rapport
