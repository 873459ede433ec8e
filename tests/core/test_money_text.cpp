#include "entity/EntityDescriptor.h"
#include "sales/Money.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("amounts are shown and read the way the user's locale writes numbers", "[money]") {
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale persian(QLocale::Persian, QLocale::Iran);

    CHECK(money::formatLocalized(123456, german) == QStringLiteral("1.234,56"));
    CHECK(money::formatLocalized(123456, english) == QStringLiteral("1,234.56"));
    CHECK(money::formatLocalized(123456, german, false) == QStringLiteral("1234,56"));
    CHECK(money::formatLocalized(-5, english) == QStringLiteral("-0.05"));
    CHECK(money::formatLocalized(700, english) == QStringLiteral("7.00"));
    const QString inPersian = money::formatLocalized(123456, persian);
    CHECK_FALSE(inPersian.contains(QLatin1Char('1'))); // Persian digits, not Latin ones

    for (const QLocale& locale : {german, english, persian}) {
        for (const qint64 minor : {qint64(0), qint64(5), qint64(123456), qint64(-987654321), qint64(100)}) {
            qint64 back = 0;
            INFO(locale.name().toStdString() << " " << minor);
            REQUIRE(money::parseLocalized(money::formatLocalized(minor, locale), locale, &back));
            CHECK(back == minor);
            REQUIRE(money::parseLocalized(money::formatLocalized(minor, locale, false), locale, &back));
            CHECK(back == minor);
        }
    }
    qint64 minor = 0;
    CHECK(money::parseLocalized(QStringLiteral("12,5"), german, &minor));
    CHECK(minor == 1250);
    CHECK_FALSE(money::parseLocalized(QStringLiteral("12.345,678"), german, &minor)); // three decimals
    CHECK_FALSE(money::parseLocalized(QStringLiteral("twelve"), english, &minor));
}

TEST_CASE("sales amounts are money fields, stored in minor units", "[money]") {
    const EntityDescriptor* opportunity = EntityCatalog::find(QStringLiteral("opportunity"));
    REQUIRE(opportunity);
    const FieldDescriptor* amount = opportunity->field(QStringLiteral("amount_minor"));
    REQUIRE(amount);
    CHECK(amount->type == FieldType::Money);
}
