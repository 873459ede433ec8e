#include "sales/Letterhead.h"

#include "repository/FieldNormalizer.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapport {
namespace {

constexpr qsizetype maxLineLength = 200;
constexpr qsizetype maxTermsLength = 4000;

// The image formats a PDF writer reads, told by their first bytes.
bool looksLikeImage(const QByteArray& bytes) {
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") ||
           bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a") || bytes.startsWith("BM");
}

} // namespace

const QList<LetterheadSetting>& Letterhead::settings() {
    static const QList<LetterheadSetting> all{
        {"company_name", QT_TRANSLATE_NOOP("Letterhead", "Company name")},
        {"company_street", QT_TRANSLATE_NOOP("Letterhead", "Street and number")},
        {"company_city", QT_TRANSLATE_NOOP("Letterhead", "Postcode and city")},
        {"company_country", QT_TRANSLATE_NOOP("Letterhead", "Country")},
        {"company_phone", QT_TRANSLATE_NOOP("Letterhead", "Phone")},
        {"company_email", QT_TRANSLATE_NOOP("Letterhead", "E-mail")},
        {"company_website", QT_TRANSLATE_NOOP("Letterhead", "Website")},
        {"company_tax_id", QT_TRANSLATE_NOOP("Letterhead", "Tax or registration id")},
        {"quote_terms", QT_TRANSLATE_NOOP("Letterhead", "Terms of a new quote"), true},
    };
    return all;
}

const LetterheadSetting* Letterhead::setting(const QString& key) {
    for (const LetterheadSetting& s : settings())
        if (key == QLatin1String(s.key))
            return &s;
    return nullptr;
}

QStringList Letterhead::keys() {
    QStringList result;
    for (const LetterheadSetting& s : settings())
        result << QString::fromLatin1(s.key);
    result << QString::fromLatin1(logoKey);
    return result;
}

Letterhead::Letterhead(Database& db) : m_db(db) {}

QString Letterhead::value(const QString& key) const {
    return m_db.meta(key);
}

QMap<QString, QString> Letterhead::values() const {
    QMap<QString, QString> result;
    for (const LetterheadSetting& s : settings())
        result.insert(QString::fromLatin1(s.key), m_db.meta(QString::fromLatin1(s.key)));
    return result;
}

Status Letterhead::check(const QString& key, const QString& value) const {
    const LetterheadSetting* s = setting(key);
    if (!s)
        return Status::failure(tr("“%1” is not a letterhead setting; the settings are: %2.")
                                   .arg(key, keys().join(QStringLiteral(", "))));
    const QString label = tr(s->label);
    if (!s->multiLine && value.contains(QLatin1Char('\n')))
        return Status::failure(tr("%1: one line only.").arg(label));
    const qsizetype limit = s->multiLine ? maxTermsLength : maxLineLength;
    if (value.size() > limit)
        return Status::failure(
            tr("%1: at most %2 characters, not %3.").arg(label).arg(limit).arg(value.size()));
    if (key == u"company_email" && !value.isEmpty() && !FieldNormalizer::isValidEmail(value))
        return Status::failure(tr("%1: “%2” is not an e-mail address.").arg(label, value));
    return Status::success();
}

Status Letterhead::save(const QMap<QString, QString>& values, const QByteArray* logo) {
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (Status checked = check(it.key(), it.value().trimmed()); !checked)
            return checked;
    if (logo && !logo->isEmpty())
        if (Status checked = checkLogo(*logo); !checked)
            return checked;
    Transaction transaction(m_db.handle());
    if (!transaction.status())
        return transaction.status();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (Status stored = m_db.setMeta(it.key(), it.value().trimmed()); !stored)
            return stored;
    if (logo)
        if (Status stored = setLogo(*logo); !stored)
            return stored;
    return transaction.commit();
}

Status Letterhead::set(const QString& key, const QString& value) {
    if (key == QLatin1String(logoKey))
        return setLogoFile(value);
    return save({{key, value}});
}

QByteArray Letterhead::logo() const {
    return QByteArray::fromBase64(m_db.meta(QString::fromLatin1(logoKey)).toLatin1());
}

Status Letterhead::checkLogo(const QByteArray& imageBytes) {
    if (imageBytes.size() > maxLogoBytes)
        return Status::failure(tr("The logo is %1 KiB; at most %2 KiB fit in the letterhead.")
                                   .arg((imageBytes.size() + 1023) / 1024)
                                   .arg(maxLogoBytes / 1024));
    if (!looksLikeImage(imageBytes))
        return Status::failure(tr("The logo must be a PNG, JPEG, GIF or BMP image."));
    return Status::success();
}

Status Letterhead::setLogo(const QByteArray& imageBytes) {
    if (imageBytes.isEmpty())
        return m_db.setMeta(QString::fromLatin1(logoKey), QString());
    if (Status checked = checkLogo(imageBytes); !checked)
        return checked;
    return m_db.setMeta(QString::fromLatin1(logoKey), QString::fromLatin1(imageBytes.toBase64()));
}

Status Letterhead::setLogoFile(const QString& path) {
    if (path.trimmed().isEmpty())
        return setLogo({});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Cannot read the logo %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxLogoBytes)
        return Status::failure(tr("The logo %1 is %2 KiB; at most %3 KiB fit in the letterhead.")
                                   .arg(QFileInfo(path).fileName())
                                   .arg((file.size() + 1023) / 1024)
                                   .arg(maxLogoBytes / 1024));
    const QByteArray bytes = file.readAll();
    if (!looksLikeImage(bytes))
        return Status::failure(
            tr("%1 is not a PNG, JPEG, GIF or BMP image.").arg(QDir::toNativeSeparators(path)));
    return setLogo(bytes);
}

QString Letterhead::companyName() const {
    const QString name = value(QStringLiteral("company_name"));
    return name.isEmpty() ? tr("Your Company Ltd") : name;
}

QStringList Letterhead::senderLines() const {
    QStringList lines;
    for (const char* key : {"company_street", "company_city", "company_country"})
        if (const QString v = value(QString::fromLatin1(key)); !v.isEmpty())
            lines << v;
    if (const QString v = value(QStringLiteral("company_phone")); !v.isEmpty())
        lines << tr("Phone %1").arg(v);
    for (const char* key : {"company_email", "company_website"})
        if (const QString v = value(QString::fromLatin1(key)); !v.isEmpty())
            lines << v;
    if (const QString v = value(QStringLiteral("company_tax_id")); !v.isEmpty())
        lines << tr("Tax id %1").arg(v);
    return lines;
}

QString Letterhead::quoteTerms(const QString& currency) const {
    const QString terms = value(QStringLiteral("quote_terms"));
    if (!terms.isEmpty())
        return terms;
    return tr("Prices in %1, excluding tax unless stated. Payment within 30 days of invoice. This quote is "
              "valid "
              "until the date above.")
        .arg(currency);
}

} // namespace rapport
