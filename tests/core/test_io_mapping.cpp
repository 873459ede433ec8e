#include "io/EmailAddress.h"
#include "io/FieldSynonyms.h"

#include <catch2/catch.hpp>

using namespace rapport;
using Entity = FieldSynonyms::Entity;

namespace {

QString contact(const char* header) {
    return FieldSynonyms::match(Entity::Contact, QString::fromUtf8(header));
}
QString customer(const char* header) {
    return FieldSynonyms::match(Entity::Customer, QString::fromUtf8(header));
}
QString interaction(const char* header) {
    return FieldSynonyms::match(Entity::Interaction, QString::fromUtf8(header));
}

} // namespace

TEST_CASE("mapping: Google Contacts and Outlook CSV headers", "[mapping]") {
    CHECK(contact("Given Name") == QStringLiteral("first_name"));
    CHECK(contact("Family Name") == QStringLiteral("last_name"));
    CHECK(contact("Name") == QStringLiteral("full_name"));
    CHECK(contact("E-mail 1 - Value") == QStringLiteral("emails"));
    CHECK(contact("E-mail 2 - Value") == QStringLiteral("emails"));
    CHECK(contact("E-mail 1 - Type").isEmpty());
    CHECK(contact("Phone 1 - Value") == QStringLiteral("phones"));
    CHECK(contact("Phone 1 - Type").isEmpty());
    CHECK(contact("Organization 1 - Name") == QStringLiteral("organisation"));
    CHECK(contact("Organization 1 - Title") == QStringLiteral("title"));
    CHECK(contact("Address 1 - City") == QStringLiteral("notes_extra"));
    CHECK(contact("Birthday") == QStringLiteral("birthday"));

    CHECK(contact("First Name") == QStringLiteral("first_name"));
    CHECK(contact("Last Name") == QStringLiteral("last_name"));
    CHECK(contact("E-mail Address") == QStringLiteral("emails"));
    CHECK(contact("E-mail 2 Address") == QStringLiteral("emails"));
    CHECK(contact("E-mail Display Name").isEmpty());
    CHECK(contact("Business Phone") == QStringLiteral("phones"));
    CHECK(contact("Mobile Phone") == QStringLiteral("phones"));
    CHECK(contact("Pager Phone") == QStringLiteral("phones")); // by the keyword rule
    CHECK(contact("Company") == QStringLiteral("organisation"));
    CHECK(contact("Job Title") == QStringLiteral("title"));
    CHECK(contact("Business City") == QStringLiteral("notes_extra"));
    CHECK(contact("Notes") == QStringLiteral("notes"));
    CHECK(contact("Favourite colour").isEmpty());
}

TEST_CASE("mapping: native headers in Polish, Russian, Greek, Spanish and Persian", "[mapping]") {
    // Polish
    CHECK(contact("Nazwisko") == QStringLiteral("last_name"));
    CHECK(contact("Imię") == QStringLiteral("first_name"));
    CHECK(contact("IMIE") == QStringLiteral("first_name"));
    CHECK(contact("Firma") == QStringLiteral("organisation"));
    CHECK(contact("Telefon komórkowy") == QStringLiteral("phones"));
    CHECK(customer("Miejscowość") == QStringLiteral("billing_city"));
    CHECK(customer("NIP") == QStringLiteral("tax_id"));
    // Russian
    CHECK(contact("Фамилия") == QStringLiteral("last_name"));
    CHECK(contact("Имя") == QStringLiteral("first_name"));
    CHECK(contact("Компания") == QStringLiteral("organisation"));
    CHECK(contact("Электронная почта") == QStringLiteral("emails"));
    CHECK(customer("Город") == QStringLiteral("billing_city"));
    CHECK(customer("ИНН") == QStringLiteral("tax_id"));
    // Greek, with and without accents, upper case
    CHECK(contact("Επώνυμο") == QStringLiteral("last_name"));
    CHECK(contact("ΕΠΩΝΥΜΟ") == QStringLiteral("last_name"));
    CHECK(contact("Όνομα") == QStringLiteral("first_name"));
    CHECK(contact("Εταιρεία") == QStringLiteral("organisation"));
    CHECK(contact("Τηλέφωνο") == QStringLiteral("phones"));
    CHECK(customer("ΑΦΜ") == QStringLiteral("tax_id"));
    // Spanish
    CHECK(contact("Apellido") == QStringLiteral("last_name"));
    CHECK(contact("Apellidos") == QStringLiteral("last_name"));
    CHECK(contact("Nombre") == QStringLiteral("first_name"));
    CHECK(contact("Empresa") == QStringLiteral("organisation"));
    CHECK(contact("Correo electrónico") == QStringLiteral("emails"));
    CHECK(contact("Teléfono móvil") == QStringLiteral("phones"));
    CHECK(customer("Código postal") == QStringLiteral("billing_postcode"));
    // Persian (with or without the zero-width non-joiner)
    CHECK(contact("نام") == QStringLiteral("first_name"));
    CHECK(contact("نام خانوادگی") == QStringLiteral("last_name"));
    CHECK(contact("نام‌خانوادگی") == QStringLiteral("last_name"));
    CHECK(contact("شرکت") == QStringLiteral("organisation"));
    CHECK(contact("ایمیل") == QStringLiteral("emails"));
    CHECK(contact("تلفن") == QStringLiteral("phones"));
    CHECK(contact("تاریخ تولد") == QStringLiteral("birthday"));
    CHECK(customer("کشور") == QStringLiteral("billing_country"));
}

TEST_CASE("mapping: customer and interaction fields", "[mapping]") {
    CHECK(customer("Company Name") == QStringLiteral("name"));
    CHECK(customer("VAT number") == QStringLiteral("tax_id"));
    CHECK(customer("Billing Street") == QStringLiteral("billing_street"));
    CHECK(customer("Shipping Postal Code") == QStringLiteral("shipping_postcode"));
    CHECK(customer("Website") == QStringLiteral("website"));
    CHECK(customer("Account Owner") == QStringLiteral("owner"));
    CHECK(customer("Tags") == QStringLiteral("tags"));
    CHECK(customer("Status") == QStringLiteral("status"));
    CHECK(interaction("Date") == QStringLiteral("occurred_at"));
    CHECK(interaction("Duration (s)") == QStringLiteral("duration_s"));
    CHECK(interaction("Θέμα") == QStringLiteral("subject"));
    CHECK(interaction("Результат") == QStringLiteral("outcome"));
    CHECK(interaction("Kierunek") == QStringLiteral("direction"));
    CHECK(interaction("Canal") == QStringLiteral("channel"));
    CHECK(interaction("کاربر") == QStringLiteral("user"));
    CHECK(interaction("Contact") == QStringLiteral("contact"));

    for (const Entity entity : {Entity::Customer, Entity::Contact, Entity::Interaction})
        for (const QString& field : FieldSynonyms::fields(entity))
            CHECK(!FieldSynonyms::label(field).isEmpty());
    CHECK(FieldSynonyms::fields(Entity::Contact).contains(QStringLiteral("notes_extra")));
    CHECK(FieldSynonyms::fields(Entity::Customer).size() == 21);
    CHECK(FieldSynonyms::fields(Entity::Interaction).size() == 10);
}

TEST_CASE("mapping: a whole header row, single fields once, list fields many times", "[mapping]") {
    const QStringList headers{QStringLiteral("First Name"),     QStringLiteral("Last Name"),
                              QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
                              QStringLiteral("Business Phone"), QStringLiteral("Home Phone"),
                              QStringLiteral("Given Name"),     QStringLiteral("Whatever")};
    CHECK(FieldSynonyms::mapHeaders(Entity::Contact, headers) ==
          QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("emails"),
                      QStringLiteral("emails"), QStringLiteral("phones"), QStringLiteral("phones"), QString(),
                      QString()});
}

TEST_CASE("e-mail addresses: pragmatic validation, IDN, normalisation, lists", "[mapping]") {
    for (const char* good : {"jan@example.com", "jan.kowalski+crm@mail.example.co.uk", "o'brien@example.ie",
                             "ελένη@παράδειγμα.ελ", "jan@łódź.pl", "JAN@EXAMPLE.COM",
                             "mailto:jan@example.com", "<jan@example.com>", " jan@example.com "})
        CHECK(EmailAddress::isValid(QString::fromUtf8(good)));
    for (const char* bad : {"", "jan", "jan@", "@example.com", "jan@example", "jan @example.com",
                            "jan@exa mple.com", "jan@@example.com", "jan@example..com", ".jan@example.com",
                            "jan.@example.com", "jan..k@example.com", "jan@-example.com", "jan@example.c",
                            "jan@example.123", "jan,kowalski@example.com"})
        CHECK_FALSE(EmailAddress::isValid(QString::fromUtf8(bad)));
    CHECK(EmailAddress::normalized(QStringLiteral(" Jan.K@Example.COM ")) ==
          QStringLiteral("Jan.K@example.com"));
    CHECK(EmailAddress::splitList(QStringLiteral("a@x.pl; b@y.pl, c@z.pl\nd@w.pl")) ==
          QStringList{QStringLiteral("a@x.pl"), QStringLiteral("b@y.pl"), QStringLiteral("c@z.pl"),
                      QStringLiteral("d@w.pl")});
}
