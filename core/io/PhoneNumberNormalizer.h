#pragma once

#include <QCoreApplication>
#include <QString>

namespace rapport {

// Turns phone numbers as people type them ("(012) 345 67 89", "0048 12 555 01 23", "+1-418-656-9254")
// into E.164 ("+48125550123") with Google's libphonenumber. libphonenumber stays inside the .cpp: users of
// this class need none of its headers.
//
// A number with its own country code (+ or 00) is parsed as such; one without is read in the default
// region (an ISO 3166 code like "PL"). When no region is known and the number has no country code, the
// text is kept as it was (trimmed): it cannot be made international without guessing.
class PhoneNumberNormalizer final {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberNormalizer)
public:
    enum class Outcome {
        Normalized, // value is E.164
        KeptAsIs,   // no country known: value is the trimmed original text
        Invalid,    // not a phone number (reason says why); value is the trimmed original text
        Empty,      // nothing but spaces
    };

    struct Result {
        Outcome outcome = Outcome::Empty;
        QString value;     // what to store
        QString extension; // digits of an extension ("ext. 102"), not part of E.164
        QString reason;    // translated explanation unless Normalized
        QString region;    // region of the parsed number, e.g. "PL", when known
        bool ok() const { return outcome == Outcome::Normalized || outcome == Outcome::KeptAsIs; }
    };

    // `defaultRegion`: two-letter region used for numbers without a country code; empty for none.
    explicit PhoneNumberNormalizer(const QString& defaultRegion = {});

    QString defaultRegion() const { return m_region; }
    Result normalize(const QString& text) const;
    // The same with another default region for this one call (e.g. the customer's billing country).
    Result normalize(const QString& text, const QString& region) const;

    // Whether libphonenumber knows `region` ("PL", "GR"...).
    static bool isKnownRegion(const QString& region);

private:
    QString m_region;
};

} // namespace rapport
