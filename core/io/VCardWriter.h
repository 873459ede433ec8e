#pragma once

#include "io/VCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace rapport {

// Writes vCard 3.0 (RFC 2426) or 4.0 (RFC 6350) in UTF-8 with CRLF line ends: text values escaped
// (\\ \, \; \n), lines folded at 75 octets without splitting a UTF-8 character, labels written as Apple
// item groups (item1.TEL + item1.X-ABLabel) so VCardReader reads back an equal VCard.
class VCardWriter final {
    Q_DECLARE_TR_FUNCTIONS(VCardWriter)
public:
    enum class Version { V3_0, V4_0 };

    explicit VCardWriter(QIODevice* device, Version version = Version::V3_0);

    bool write(const VCard& card);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // One card as bytes.
    static QByteArray toByteArray(const VCard& card, Version version = Version::V3_0);
    // Several cards, one after another.
    static QByteArray toByteArray(const QList<VCard>& cards, Version version = Version::V3_0);
    // Escapes a text value (backslash, comma, semicolon, line breaks).
    static QString escapeText(const QString& text);
    // Folds one unfolded content line into lines of at most 75 octets, each ended by CRLF.
    static QByteArray fold(const QByteArray& line);

private:
    QIODevice* m_device;
    Version m_version;
    QString m_error;
};

} // namespace rapport
