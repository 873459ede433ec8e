#pragma once

#include "util/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace rapport {

class Database;

// One setting of the company letterhead: its meta key, its label (translated in the "Letterhead" context)
// and whether it takes several lines.
struct LetterheadSetting {
    const char* key;
    const char* label;
    bool multiLine = false;
};

// The company letterhead the quote PDF prints: name, address lines, phone, e-mail, website, tax or
// registration id, the default terms of a new quote and an optional logo. Kept in the database's meta table
// (keys company_* and quote_terms), written with bound values, all changes of one save in one transaction.
// The logo is the image file's bytes (PNG, JPEG, GIF or BMP, at most 512 KiB), base64 under company_logo.
class Letterhead final {
    Q_DECLARE_TR_FUNCTIONS(Letterhead)
public:
    static constexpr const char* logoKey = "company_logo";
    static constexpr qsizetype maxLogoBytes = 512 * 1024;

    // The text settings, in form order (the logo is separate).
    static const QList<LetterheadSetting>& settings();
    static const LetterheadSetting* setting(const QString& key);
    // The keys `settings get|set` accepts: the text settings and company_logo.
    static QStringList keys();

    explicit Letterhead(Database& db);

    QString value(const QString& key) const;
    QMap<QString, QString> values() const;
    // Checks every value first (a bad e-mail, an unknown key, text too long: nothing is written), then
    // stores them in one transaction; an empty value removes the setting.
    // logo, when given, is stored in the same transaction (empty: no logo).
    Status save(const QMap<QString, QString>& values, const QByteArray* logo = nullptr);
    Status set(const QString& key, const QString& value);

    QByteArray logo() const;
    // Reads an image file as the logo; an empty path removes the logo.
    Status setLogoFile(const QString& path);
    Status setLogo(const QByteArray& imageBytes);

    // The lines under the company name on a document: address, phone, e-mail, website, tax id.
    QStringList senderLines() const;
    // The company name, or a placeholder that says to set it.
    QString companyName() const;
    // The terms a new quote starts with: the setting, else a sensible default.
    QString quoteTerms(const QString& currency) const;

    // Whether bytes can be the logo: an image of a known kind, small enough.
    static Status checkLogo(const QByteArray& imageBytes);

private:
    Status check(const QString& key, const QString& value) const;
    Database& m_db;
};

} // namespace rapport
