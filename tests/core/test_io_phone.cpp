#include "io/PhoneNumberNormalizer.h"

#include <catch2/catch.hpp>

using namespace rapport;
using Outcome = PhoneNumberNormalizer::Outcome;

TEST_CASE("phone: national numbers become E.164 in the default region", "[phone]") {
    const PhoneNumberNormalizer poland(QStringLiteral("PL"));
    auto r = poland.normalize(QStringLiteral(" 12 555 01 23 "));
    CHECK(r.outcome == Outcome::Normalized);
    CHECK(r.value == QStringLiteral("+48125550123"));
    CHECK(r.region == QStringLiteral("PL"));
    CHECK(poland.normalize(QStringLiteral("601-234-567")).value == QStringLiteral("+48601234567"));
    CHECK(poland.normalize(QStringLiteral("(+48) 601 234 567")).value == QStringLiteral("+48601234567"));

    const PhoneNumberNormalizer greece(QStringLiteral("gr"));
    CHECK(greece.normalize(QStringLiteral("210 123 4567")).value == QStringLiteral("+302101234567"));
    CHECK(greece.normalize(QStringLiteral("0030 694 123 4567")).value == QStringLiteral("+306941234567"));
    CHECK(greece.normalize(QStringLiteral("601 234 567"), QStringLiteral("PL")).value ==
          QStringLiteral("+48601234567"));
}

TEST_CASE("phone: numbers with a country code need no region; extensions are kept aside", "[phone]") {
    const PhoneNumberNormalizer none;
    auto r = none.normalize(QStringLiteral("+1-418-656-9254 ext. 102"));
    CHECK(r.outcome == Outcome::Normalized);
    CHECK(r.value == QStringLiteral("+14186569254"));
    CHECK(r.extension == QStringLiteral("102"));
    CHECK(none.normalize(QStringLiteral("0048 12 555 01 23")).value == QStringLiteral("+48125550123"));
    CHECK(none.normalize(QStringLiteral("+7 (495) 123-45-67")).value == QStringLiteral("+74951234567"));
    CHECK(none.normalize(QStringLiteral("+98 21 1234 5678")).value == QStringLiteral("+982112345678"));
}

TEST_CASE("phone: unknown country keeps the text; invalid input says why", "[phone]") {
    const PhoneNumberNormalizer none;
    auto r = none.normalize(QStringLiteral(" 555 1234 "));
    CHECK(r.outcome == Outcome::KeptAsIs);
    CHECK(r.ok());
    CHECK(r.value == QStringLiteral("555 1234"));
    CHECK(!r.reason.isEmpty());

    const PhoneNumberNormalizer unknownRegion(QStringLiteral("XX"));
    CHECK(unknownRegion.normalize(QStringLiteral("555 1234")).outcome == Outcome::KeptAsIs);

    const PhoneNumberNormalizer poland(QStringLiteral("PL"));
    r = poland.normalize(QStringLiteral("call me maybe"));
    CHECK(r.outcome == Outcome::Invalid);
    CHECK(!r.ok());
    CHECK(r.value == QStringLiteral("call me maybe"));
    CHECK(r.reason.contains(QStringLiteral("call me maybe")));
    CHECK(poland.normalize(QStringLiteral("12")).outcome == Outcome::Invalid);
    CHECK(poland.normalize(QStringLiteral("+999 123 456 789")).outcome == Outcome::Invalid);
    CHECK(poland.normalize(QStringLiteral("   ")).outcome == Outcome::Empty);
    CHECK(poland.normalize(QStringLiteral("BusinessPhone")).outcome == Outcome::Invalid);
}

TEST_CASE("phone: known regions", "[phone]") {
    for (const char* region : {"PL", "GR", "RU", "ES", "IR", "US", "gb"})
        CHECK(PhoneNumberNormalizer::isKnownRegion(QString::fromLatin1(region)));
    CHECK(!PhoneNumberNormalizer::isKnownRegion(QStringLiteral("XX")));
}
