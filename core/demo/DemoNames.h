#pragma once

#include <span>
#include <string_view>

// Constant tables for the demo-data generator: names, places, company parts and the phrases of a CRM's day,
// per country, in each country's own script. Data only; DemoGenerator turns them into rows.
namespace rapport::demo {

// A word as written, and its ASCII spelling for e-mail addresses and domains. An empty ascii means "derive it
// by transliteration" (Latin, Greek and Cyrillic); Persian words always carry their own.
struct Term {
    std::string_view text;
    std::string_view ascii = {};
};

// A surname in its masculine and feminine forms (the same for languages without gendered surnames).
struct Surname {
    Term male;
    Term female;
};

struct City {
    std::string_view name;
    std::string_view region;
    std::string_view postcodePrefix; // the rest of the code follows LocaleTable::postcodePattern
    std::string_view areaCode;       // landline area code, without the national prefix
};

// A legal form around the company name: prefix + name + suffix ("ООО «" + name + "»", name + " Sp. z o.o.").
struct LegalForm {
    std::string_view prefix;
    std::string_view suffix;
};

// The number of industries; every LocaleTable::industryWords has exactly this many entries, in this order.
inline constexpr int industryCount = 12;

struct LocaleTable {
    std::string_view code;    // language code: en, pl, el, ru, es, fa
    std::string_view country; // as stored in billing_country
    int weight;               // relative share of customers
    std::string_view phonePrefix;
    int nationalDigits;                        // digits after the country code (area code included)
    std::span<const std::string_view> mobiles; // patterns, '#' = digit
    std::string_view postcodePattern;          // '#' = digit, '@' = capital letter
    std::string_view streetPrefix;             // "ul. "
    std::string_view numberSeparator;          // between street and number: " ", ", ", ", д. "
    bool numberFirst;                          // "12 High Street"
    bool industryFirst;            // "Construcciones Levante" rather than "Levante Construcciones"
    std::string_view industryJoin; // between stem and industry word
    bool spanishSurnames;          // two surnames, "García López"
    std::string_view tld;          // "pl", "co.uk"
    std::span<const Term> maleFirst;
    std::span<const Term> femaleFirst;
    std::span<const Surname> surnames;
    std::span<const City> cities;
    std::span<const std::string_view> streets;
    std::span<const Term> stems;
    std::span<const Term> industryWords;
    std::span<const LegalForm> legalForms;
    std::span<const std::string_view> titles;
    std::span<const std::string_view> notes;
    std::span<const std::string_view> freemail;
    std::span<const std::string_view> mailboxes; // "info", "biuro", ...
};

struct DemoUser {
    std::string_view name;
    std::string_view email;
    std::string_view role;
};

std::span<const LocaleTable> locales();
std::span<const std::string_view> industries(); // English names, as stored in customers.industry
std::span<const std::string_view> tags();
std::span<const DemoUser> users();
std::span<const std::string_view> interactionSubjects(std::string_view channel);
std::span<const std::string_view> interactionOutcomes();
std::span<const std::string_view> interactionBodies();
std::span<const std::string_view> taskTitles();
std::span<const std::string_view> taskNotes();

} // namespace rapport::demo
