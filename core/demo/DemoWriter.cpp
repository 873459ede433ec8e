#include "demo/DemoWriter.h"

#include "storage/Database.h"
#include "storage/TextFold.h"

#include <algorithm>

namespace rapport::demo {
namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = secondsPerDay;

Word prepareWord(const Term& term) {
    Word word{std::string(term.text), foldUtf8(term.text), {}};
    word.ascii = term.ascii.empty() ? asciiWord(term.text) : std::string(term.ascii);
    return word;
}

std::vector<Word> prepareAll(std::span<const Term> terms) {
    std::vector<Word> words;
    words.reserve(terms.size());
    for (const Term& term : terms)
        words.push_back(prepareWord(term));
    return words;
}

} // namespace

DemoWriter::DemoWriter(Database& db, quint64 seed, qint64 now, std::vector<qint64> userIds)
    : m_db(db), m_rng(seed), m_now(now), m_users(std::move(userIds)),
      m_customer(
          db.handle(), "customers",
          "id, kind, name, sort_key, tax_id, industry, tags, owner_id, billing_street, billing_city, "
          "billing_postcode, billing_region, billing_country, shipping_street, shipping_city, "
          "shipping_postcode, shipping_region, shipping_country, phones, emails, website, status, notes, "
          "created_at, updated_at, consent_email, consent_sms, consent_phone, consent_post, "
          "last_interaction_at",
          30),
      m_contact(
          db.handle(), "contacts",
          "id, customer_id, first_name, last_name, sort_key, title, emails, phones, preferred_channel, "
          "consent_email, consent_email_at, consent_sms, consent_sms_at, consent_phone, consent_phone_at, "
          "consent_post, consent_post_at, birthday, notes, created_at, updated_at",
          21),
      m_interaction(
          db.handle(), "interactions",
          "id, customer_id, contact_id, user_id, channel, direction, occurred_at, duration_s, subject, "
          "body, outcome, created_at, updated_at",
          13),
      m_task(db.handle(), "tasks",
             "id, customer_id, contact_id, assignee_id, title, notes, due_at, done, done_at, created_at, "
             "updated_at",
             11) {
    for (const LocaleTable& table : locales()) {
        PreparedLocale locale;
        locale.table = &table;
        locale.male = prepareAll(table.maleFirst);
        locale.female = prepareAll(table.femaleFirst);
        locale.stems = prepareAll(table.stems);
        locale.industry = prepareAll(table.industryWords);
        for (const Surname& surname : table.surnames) {
            locale.surnameMale.push_back(prepareWord(surname.male));
            locale.surnameFemale.push_back(prepareWord(surname.female));
        }
        for (const LegalForm& form : table.legalForms) {
            locale.legalPrefix.push_back(Word{std::string(form.prefix), foldUtf8(form.prefix), {}});
            locale.legalSuffix.push_back(Word{std::string(form.suffix), foldUtf8(form.suffix), {}});
        }
        m_localeWeight += table.weight;
        m_locales.push_back(std::move(locale));
    }
}

const PreparedLocale& DemoWriter::pickLocale() {
    int ticket = static_cast<int>(m_rng.below(static_cast<quint64>(m_localeWeight)));
    for (const PreparedLocale& locale : m_locales) {
        ticket -= locale.table->weight;
        if (ticket < 0)
            return locale;
    }
    return m_locales.front();
}

DemoWriter::Person DemoWriter::pickPerson(const PreparedLocale& locale) {
    const bool female = m_rng.chance(50);
    Person person;
    person.first = &m_rng.pick(female ? locale.female : locale.male);
    const auto& surnames = female ? locale.surnameFemale : locale.surnameMale;
    person.last = &m_rng.pick(surnames);
    if (locale.table->spanishSurnames)
        person.last2 = &m_rng.pick(surnames);
    return person;
}

void DemoWriter::appendFullName(std::string& out, const Person& person, bool folded, bool lastFirst) const {
    const auto piece = [folded](const Word* word) -> const std::string& {
        return folded ? word->folded : word->text;
    };
    if (!lastFirst) {
        out += piece(person.first);
        out += ' ';
    }
    out += piece(person.last);
    if (person.last2) {
        out += ' ';
        out += piece(person.last2);
    }
    if (lastFirst) {
        out += ' ';
        out += piece(person.first);
    }
}

void DemoWriter::makeAddress(Address& address, const PreparedLocale& locale) {
    const LocaleTable& table = *locale.table;
    address.city = &m_rng.pick(table.cities);
    address.street.clear();
    const std::string_view street = m_rng.pick(table.streets);
    const qint64 number = 1 + static_cast<qint64>(m_rng.below(m_rng.chance(70) ? 60 : 240));
    if (table.numberFirst) {
        appendNumber(address.street, number);
        address.street += ' ';
        address.street += street;
    } else {
        address.street += table.streetPrefix;
        address.street += street;
        address.street += table.numberSeparator;
        appendNumber(address.street, number);
        if (table.code == "pl" && m_rng.chance(30)) {
            address.street += '/';
            appendNumber(address.street, 1 + static_cast<qint64>(m_rng.below(40)));
        }
    }
    address.postcode.assign(address.city->postcodePrefix);
    appendPattern(address.postcode, m_rng, table.postcodePattern);
}

void DemoWriter::appendLandline(std::string& out, const PreparedLocale& locale, const City& city) {
    out += locale.table->phonePrefix;
    out += ' ';
    out += city.areaCode;
    int remaining = locale.table->nationalDigits - static_cast<int>(city.areaCode.size());
    while (remaining > 0) {
        const int group = remaining <= 4 ? remaining : 3;
        out += ' ';
        for (int i = 0; i < group; ++i)
            out += static_cast<char>('0' + m_rng.below(10));
        remaining -= group;
    }
}

void DemoWriter::appendMobile(std::string& out, const PreparedLocale& locale) {
    appendPattern(out, m_rng, m_rng.pick(locale.table->mobiles));
}

void DemoWriter::appendPersonalEmail(std::string& out, const PreparedLocale& locale, const Person& person) {
    out += person.first->ascii;
    out += m_rng.chance(70) ? '.' : '_';
    out += person.last->ascii;
    if (m_rng.chance(35))
        appendNumber(out, m_rng.range(1, 99));
    out += '@';
    out += m_rng.pick(locale.table->freemail);
}

void DemoWriter::appendTags(std::string& out) {
    const quint64 roll = m_rng.below(100);
    const int count = roll < 45 ? 0 : roll < 80 ? 1 : roll < 95 ? 2 : 3;
    const auto all = tags();
    unsigned used = 0;
    for (int i = 0; i < count; ++i) {
        size_t index = m_rng.below(all.size());
        while (used & (1u << index))
            index = (index + 1) % all.size();
        used |= 1u << index;
    }
    for (size_t index = 0; index < all.size(); ++index) {
        if (!(used & (1u << index)))
            continue;
        if (!out.empty())
            out += "; ";
        out += all[index];
    }
}

// Builds the organisation's name (m_name), its folded form (m_sortKey) and its web domain (m_domain).
void DemoWriter::makeCompany(const PreparedLocale& locale) {
    const LocaleTable& table = *locale.table;
    const size_t industry = m_rng.below(industryCount);
    const Word& word = locale.industry[industry];
    const quint64 pattern = m_rng.below(10);
    const Word& base =
        pattern < 7 || locale.surnameMale.empty() ? m_rng.pick(locale.stems) : m_rng.pick(locale.surnameMale);
    const bool withIndustry =
        pattern < 8 || pattern == 9 || table.industryFirst; // "del Tajo S.L." alone reads oddly
    const size_t form = m_rng.below(locale.legalPrefix.size());
    m_name = locale.legalPrefix[form].text;
    m_sortKey = locale.legalPrefix[form].folded;
    const Word* parts[2] = {&base, withIndustry ? &word : nullptr};
    if (withIndustry && table.industryFirst)
        std::swap(parts[0], parts[1]);
    for (int i = 0; i < 2; ++i) {
        if (!parts[i])
            continue;
        if (i == 1 && parts[0]) {
            m_name += table.industryJoin;
            m_sortKey += table.industryJoin;
        }
        m_name += parts[i]->text;
        m_sortKey += parts[i]->folded;
    }
    m_name += locale.legalSuffix[form].text;
    m_sortKey += locale.legalSuffix[form].folded;

    m_domain = base.ascii;
    if (withIndustry && m_rng.chance(50)) {
        m_domain += '-';
        m_domain += word.ascii;
    }
    m_domain += '.';
    m_domain += table.tld;
    m_customer.bindText(6, industries()[industry]);
}

qint64 DemoWriter::businessTime(qint64 t, qint64 low, qint64 high) {
    qint64 date = t >= 0 ? t / day : (t - day + 1) / day;
    const qint64 weekday = ((date + 4) % 7 + 7) % 7; // 0 = Sunday
    if (weekday == 6)
        date -= 1;
    else if (weekday == 0)
        date += 1;
    const qint64 result = date * day + 7 * hour + static_cast<qint64>(m_rng.below(11 * hour));
    return std::clamp(result, low, std::max(low, high));
}

qint64 DemoWriter::pickUser(qint64 owner) {
    if (m_users.empty())
        return 0;
    return owner != 0 && m_rng.chance(85) ? owner : m_rng.pick(m_users);
}

} // namespace rapport::demo
