#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// One person's (or organisation's) card as read from or written to a vCard file: the parts Rapport keeps.
// A plain value type; VCardReader fills it, VCardWriter writes it, and == compares every field.
//
// Type lists (emails, phones, addresses) hold lower-case vCard types without "pref" and "internet", e.g.
// {"work", "voice"}; `preferred` says whether the card marked the item as preferred. `label` keeps an Apple
// "X-ABLabel" attached through a property group (item1.TEL + item1.X-ABLabel), e.g. "AssistantPhone".
struct VCard {
    struct Email {
        QString address;
        QStringList types;
        bool preferred = false;
        QString label;
        bool operator==(const Email&) const = default;
    };
    struct Phone {
        QString number; // as written on the card (normalise with PhoneNumberNormalizer)
        QStringList types;
        bool preferred = false;
        QString label;
        bool operator==(const Phone&) const = default;
    };
    struct Address {
        QString poBox;
        QString extended; // apartment, suite, building
        QString street;
        QString city;
        QString region;
        QString postcode;
        QString country;
        QStringList types;
        bool preferred = false;
        QString label;
        bool operator==(const Address&) const = default;
        bool isEmpty() const;
        // Extended address and street as one text, joined by a line break when both are present.
        QString streetLines() const;
    };

    // N: family;given;additional;prefix;suffix
    QString familyName;
    QString givenName;
    QString additionalNames;
    QString prefix;
    QString suffix;
    QString formattedName; // FN
    QString nickname;
    QString organisation; // ORG first component
    QString unit;         // ORG further components, joined by "; "
    QString title;
    QString role;
    QList<Email> emails;
    QList<Phone> phones;
    QList<Address> addresses;
    QDate birthday; // invalid when absent or without a year (vCard 4.0 "--0203")
    QString note;   // several NOTE properties are joined by a blank line
    QStringList urls;
    QStringList categories;
    QString uid;

    bool operator==(const VCard&) const = default;

    // FN when present, else the name parts, else the organisation, else the first e-mail address.
    QString displayName() const;
    bool isEmpty() const;
};

} // namespace rapport
