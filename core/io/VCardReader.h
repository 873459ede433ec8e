#pragma once

#include "io/VCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace rapport {

// Reads vCard 2.1, 3.0 and 4.0 files, one card at a time, as written by phones, mail programs and address
// books (Android, iPhone, Outlook, Gmail, Thunderbird, Lotus Notes, Evolution, BlackBerry, macOS...).
//
// Handles folded lines (space or tab continuation), QUOTED-PRINTABLE values with soft line breaks (also the
// vCard 2.1 form, where a line ending in '=' continues on the next, unindented line), CHARSET parameters,
// bare 2.1 parameters (TEL;WORK;VOICE:), TYPE lists (TYPE=work,voice or repeated TYPE=), grouped
// properties (item1.EMAIL with item1.X-ABLabel), several cards in one file, inline BASE64 photos and keys
// (skipped together with their continuation lines), escaped \\ \, \; \n, and ignores unknown and X-
// properties. Values without CHARSET that are not valid UTF-8 are decoded with the detected legacy encoding.
//
// Malformed input (a card without END:VCARD, a line that is not a property, text outside a card) is
// reported in problems() with its line number; what can be read is still returned.
//
//     VCardReader reader(&file);
//     VCard card;
//     while (reader.next(card))
//         ...
//     for (const auto& problem : reader.problems()) ...
class VCardReader final {
    Q_DECLARE_TR_FUNCTIONS(VCardReader)
public:
    struct Problem {
        qint64 line = 0;
        QString message; // translated, without the line number
    };

    explicit VCardReader(QIODevice* device);

    // The next card, or false at the end of the input.
    bool next(VCard& card);
    // Every remaining card.
    QList<VCard> readAll();
    // 1-based line of the BEGIN:VCARD of the card last returned.
    qint64 cardLine() const { return m_cardLine; }
    const QList<Problem>& problems() const { return m_problems; }
    // Convenience: the problems as "line N: message" texts.
    QStringList problemMessages() const;

    // Reads all cards of an in-memory file.
    static QList<VCard> parse(const QByteArray& bytes, QList<Problem>* problems = nullptr);

private:
    struct Property;
    // A grouped email, phone or address waiting for its group's X-ABLabel.
    struct GroupedItem {
        QString group;
        int kind; // 0 email, 1 phone, 2 address
        qsizetype index;
    };

    bool readPhysicalLine(QByteArray& line);
    bool peekPhysicalLine(QByteArray*& line);
    bool readLogicalLine(QByteArray& line, qint64& lineNumber);
    bool parseProperty(const QByteArray& line, Property& property) const;
    QString decodeValue(const Property& property) const;
    void apply(const Property& property, VCard& card, QHash<QString, QString>& labels,
               QList<GroupedItem>& grouped) const;
    void problem(qint64 line, const QString& message);

    QIODevice* m_device;
    QByteArray m_peeked;
    bool m_hasPeeked = false;
    qint64 m_physicalLine = 0;
    qint64 m_cardLine = 0;
    qint64 m_pendingBegin = 0; // line of a BEGIN:VCARD already read for the next card
    QByteArray m_version;
    QList<Problem> m_problems;
};

} // namespace rapport
