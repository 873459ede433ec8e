#include "demo/DemoWriter.h"

#include "storage/Database.h"

#include <algorithm>

// The rows of one customer: the customer itself, then its contacts, interactions and tasks.
namespace rapport::demo {
namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = secondsPerDay;
constexpr qint64 year = 365 * day;
constexpr size_t customersPerFlush = 1024;

struct ChannelInfo {
    std::string_view name;
    int weight;
    int inboundPercent;
    qint64 minDuration;
    qint64 maxDuration; // 0: no duration
};

constexpr std::array<ChannelInfo, 10> channels{{{"phone", 28, 40, 30, 1500},
                                                {"email", 34, 45, 0, 0},
                                                {"meeting", 9, 0, 1800, 7200},
                                                {"visit", 5, 0, 1800, 9000},
                                                {"sms", 6, 30, 0, 0},
                                                {"chat", 6, 80, 0, 0},
                                                {"voip", 4, 40, 300, 3600},
                                                {"letter", 3, 50, 0, 0},
                                                {"note", 4, 0, 0, 0},
                                                {"fax", 1, 60, 0, 0}}};

void bindOptional(BatchInsert& statement, int index, std::string_view text) {
    if (text.empty())
        statement.bindNull(index);
    else
        statement.bindText(index, text);
}

void bindOptionalId(BatchInsert& statement, int index, qint64 id) {
    if (id == 0)
        statement.bindNull(index);
    else
        statement.bind(index, id);
}

void bindAddress(BatchInsert& statement, int first, const std::string& street, const City* city,
                 const std::string& postcode, std::string_view country) {
    if (!city) {
        for (int i = 0; i < 5; ++i)
            statement.bindNull(first + i);
        return;
    }
    statement.bindText(first, street);
    statement.bindText(first + 1, city->name);
    statement.bindText(first + 2, postcode);
    statement.bindText(first + 3, city->region);
    statement.bindText(first + 4, country);
}

} // namespace

Status DemoWriter::writeCustomer() {
    const PreparedLocale& locale = pickLocale();
    const LocaleTable& table = *locale.table;
    const bool organisation = m_rng.chance(60);
    const quint64 statusRoll = m_rng.below(100);
    const std::string_view status = statusRoll < 30 ? "prospect" : statusRoll < 80 ? "active" : "inactive";
    const qint64 owner = m_users.empty() ? 0 : m_rng.pick(m_users);
    const qint64 earliest = m_now - 3 * year - 60 * day;
    const qint64 created =
        businessTime(m_now - between(2 * day, 3 * year + 60 * day), earliest, m_now - hour);
    const qint64 updated = m_rng.chance(40) ? created : between(created, m_now - minute);

    BatchInsert& row = m_customer;
    m_customerId = m_db.ids().next();
    row.bind(1, m_customerId);
    row.bindText(2, organisation ? "organisation" : "individual");
    m_emails.clear();
    m_phones.clear();
    m_website.clear();
    m_taxId.clear();
    m_tags.clear();
    m_text.clear();
    makeAddress(m_billing, locale);
    Person person;
    if (organisation) {
        makeCompany(locale); // binds the industry
        const auto boxes = table.mailboxes;
        const size_t box = m_rng.below(boxes.size());
        m_emails += boxes[box];
        m_emails += '@';
        m_emails += m_domain;
        if (m_rng.chance(35)) {
            m_emails += "; ";
            m_emails += boxes[(box + 1) % boxes.size()];
            m_emails += '@';
            m_emails += m_domain;
        }
        appendLandline(m_phones, locale, *m_billing.city);
        if (m_rng.chance(40)) {
            m_phones += "; ";
            appendMobile(m_phones, locale);
        }
        m_website += m_rng.chance(70) ? "https://www." : "www.";
        m_website += m_domain;
    } else {
        person = pickPerson(locale);
        m_name.clear();
        appendFullName(m_name, person, false, false);
        m_sortKey.clear();
        appendFullName(m_sortKey, person, true, false);
        row.bindNull(6);
        appendPersonalEmail(m_emails, locale, person);
        appendMobile(m_phones, locale);
        if (m_rng.chance(25)) {
            m_phones += "; ";
            appendLandline(m_phones, locale, *m_billing.city);
        }
    }
    appendTaxId(m_taxId, m_rng, table.code, organisation);
    appendTags(m_tags);
    const quint64 shippingRoll = m_rng.below(100);
    const bool sameShipping = shippingRoll < (organisation ? 70u : 50u);
    const bool otherShipping = organisation && !sameShipping && shippingRoll < 90;
    if (otherShipping)
        makeAddress(m_shipping, locale);
    if (m_rng.chance(15))
        m_text += m_rng.pick(table.notes);
    m_created.clear();
    appendDateTime(m_created, created);
    m_updated.clear();
    appendDateTime(m_updated, updated);

    row.bindText(3, m_name);
    row.bindText(4, m_sortKey);
    bindOptional(row, 5, m_taxId);
    bindOptional(row, 7, m_tags);
    bindOptionalId(row, 8, owner);
    bindAddress(row, 9, m_billing.street, m_billing.city, m_billing.postcode, table.country);
    if (sameShipping)
        bindAddress(row, 14, m_billing.street, m_billing.city, m_billing.postcode, table.country);
    else
        bindAddress(row, 14, m_shipping.street, otherShipping ? m_shipping.city : nullptr,
                    m_shipping.postcode, table.country);
    row.bindText(19, m_phones);
    row.bindText(20, m_emails);
    bindOptional(row, 21, m_website);
    row.bindText(22, status);
    bindOptional(row, 23, m_text);
    row.bindText(24, m_created);
    row.bindText(25, m_updated);
    // Marketing consent per channel (e-mail, SMS, phone, post) from a hash of the customer's number rather
    // than the generator's stream, so everything else stays as it was before customers had consent.
    quint64 mixed = static_cast<quint64>(m_counts.customers) * 0x9E3779B97F4A7C15ull;
    mixed = (mixed ^ (mixed >> 31)) * 0xBF58476D1CE4E5B9ull;
    mixed ^= mixed >> 29;
    static constexpr std::array<quint64, 4> customerConsent{55, 20, 40, 35};
    for (size_t i = 0; i < customerConsent.size(); ++i)
        row.bind(26 + static_cast<int>(i),
                 static_cast<qint64>((mixed >> (i * 8)) % 100 < customerConsent[i]));
    ++m_counts.customers;

    int contacts = 0;
    if (organisation) {
        const quint64 roll = m_rng.below(100);
        const int wanted = roll < 45 ? 1 : roll < 80 ? 2 : 3;
        for (; contacts < wanted; ++contacts) {
            const Person member = pickPerson(locale);
            const qint64 since = contacts == 0 || m_rng.chance(50) ? created : between(created, m_now - day);
            if (Status done = writeContact(locale, member, true, since, contacts); !done)
                return done;
        }
    } else if (m_rng.chance(50)) {
        if (Status done = writeContact(locale, person, false, created, contacts++); !done)
            return done;
    }

    const int interactions = status == "prospect" ? static_cast<int>(m_rng.below(4))
                             : status == "active" ? 1 + static_cast<int>(m_rng.below(8))
                                                  : 1 + static_cast<int>(m_rng.below(5));
    qint64 lastInteraction = 0;
    for (int i = 0; i < interactions; ++i) {
        if (Status done = writeInteraction(owner, created, contacts, &lastInteraction); !done)
            return done;
    }
    // The customer's row ends with its latest interaction, as the interactions' insert trigger keeps it, so
    // that the bulk load's refresh of derived data (storage/DerivedData) finds nothing to rewrite.
    if (interactions > 0) {
        m_occurred.clear();
        appendDateTime(m_occurred, lastInteraction);
        row.bindText(30, m_occurred);
    } else {
        row.bindNull(30);
    }
    row.endRow();
    const quint64 taskRoll = m_rng.below(10);
    const int tasks = taskRoll < 6 ? 0 : taskRoll < 9 ? 1 : 2;
    for (int i = 0; i < tasks; ++i) {
        if (Status done = writeTask(owner, created, contacts); !done)
            return done;
    }
    return m_customer.pendingRows() >= customersPerFlush ? flush() : Status::success();
}

Status DemoWriter::flush() {
    // Parents before children, so every foreign key and the contact trigger's look-up of the customer's name
    // find their rows.
    for (BatchInsert* table : {&m_customer, &m_contact, &m_interaction, &m_task}) {
        if (Status done = table->flush(); !done)
            return done;
    }
    return Status::success();
}

Status DemoWriter::writeContact(const PreparedLocale& locale, const Person& person, bool organisation,
                                qint64 created, int slot) {
    const LocaleTable& table = *locale.table;
    BatchInsert& row = m_contact;
    const qint64 id = m_db.ids().next();
    m_contactIds[static_cast<size_t>(slot)] = id;
    row.bind(1, id);
    row.bind(2, m_customerId);
    row.bindText(3, person.first->text);
    m_last = person.last->text;
    m_first = person.last->folded; // the sort key: "last first", folded
    if (person.last2) {
        m_last += ' ';
        m_last += person.last2->text;
        m_first += ' ';
        m_first += person.last2->folded;
    }
    m_first += ' ';
    m_first += person.first->folded;
    row.bindText(4, m_last);
    row.bindText(5, m_first);
    if (organisation) {
        row.bindText(6, m_rng.pick(table.titles));
        m_text.clear();
        const quint64 style = m_rng.below(10);
        if (style < 7) {
            m_text += person.first->ascii;
            m_text += '.';
        } else if (style < 9) {
            m_text += person.first->ascii.substr(0, 1);
            m_text += '.';
        }
        if (style < 9)
            m_text += person.last->ascii;
        else
            m_text += person.first->ascii;
        m_text += '@';
        m_text += m_domain;
        if (m_rng.chance(10)) {
            m_text += "; ";
            appendPersonalEmail(m_text, locale, person);
        }
        row.bindText(7, m_text);
        m_text.clear();
        appendMobile(m_text, locale);
        if (m_rng.chance(30)) {
            m_text += "; ";
            appendLandline(m_text, locale, *m_billing.city);
        }
        row.bindText(8, m_text);
    } else {
        row.bindNull(6);
        row.bindText(7, m_emails);
        row.bindText(8, m_phones);
    }
    const quint64 channelRoll = m_rng.below(100);
    row.bindText(9, channelRoll < 45   ? "email"
                    : channelRoll < 75 ? "phone"
                    : channelRoll < 85 ? "sms"
                    : channelRoll < 90 ? "post"
                                       : "none");
    static constexpr std::array<int, 4> consentPercent{60, 25, 45, 20}; // e-mail, SMS, phone, post
    const qint64 consentLatest = std::min(created + 90 * day, m_now - minute);
    for (size_t i = 0; i < consentPercent.size(); ++i) {
        const int index = 10 + 2 * static_cast<int>(i);
        if (m_rng.chance(consentPercent[i])) {
            m_at[i].clear();
            appendDateTime(m_at[i], between(created, consentLatest));
            row.bind(index, 1);
            row.bindText(index + 1, m_at[i]);
        } else {
            row.bind(index, 0);
            row.bindNull(index + 1);
        }
    }
    if (m_rng.chance(30)) {
        m_birthday.clear();
        const qint64 born = daysFromCivil(1955 + static_cast<int>(m_rng.below(48)), 1, 1) +
                            static_cast<qint64>(m_rng.below(365));
        appendDate(m_birthday, born * day);
        row.bindText(18, m_birthday);
    } else {
        row.bindNull(18);
    }
    if (m_rng.chance(5))
        row.bindText(19, m_rng.pick(table.notes));
    else
        row.bindNull(19);
    m_at[0].clear();
    appendDateTime(m_at[0], created);
    row.bindText(20, m_at[0]);
    m_at[1].clear();
    appendDateTime(m_at[1], m_rng.chance(50) ? created : between(created, m_now - minute));
    row.bindText(21, m_at[1]);
    row.endRow();
    ++m_counts.contacts;
    return Status::success();
}

Status DemoWriter::writeInteraction(qint64 owner, qint64 customerCreated, int contactCount, qint64* latest) {
    BatchInsert& row = m_interaction;
    row.bind(1, m_db.ids().next());
    row.bind(2, m_customerId);
    if (contactCount > 0 && m_rng.chance(80))
        row.bind(3, m_contactIds[m_rng.below(static_cast<quint64>(contactCount))]);
    else
        row.bindNull(3);
    bindOptionalId(row, 4, pickUser(owner));
    int ticket = static_cast<int>(m_rng.below(100));
    const ChannelInfo* channel = &channels.back();
    for (const ChannelInfo& candidate : channels) {
        ticket -= candidate.weight;
        if (ticket < 0) {
            channel = &candidate;
            break;
        }
    }
    row.bindText(5, channel->name);
    row.bindText(6, m_rng.chance(channel->inboundPercent) ? "in" : "out");
    const qint64 occurred =
        businessTime(between(customerCreated, m_now - minute), customerCreated, m_now - minute);
    *latest = std::max(*latest, occurred);
    m_occurred.clear();
    appendDateTime(m_occurred, occurred);
    row.bindText(7, m_occurred);
    if (channel->maxDuration > 0)
        row.bind(8, between(channel->minDuration, channel->maxDuration));
    else
        row.bindNull(8);
    row.bindText(9, m_rng.pick(interactionSubjects(channel->name)));
    if (m_rng.chance(20))
        row.bindText(10, m_rng.pick(interactionBodies()));
    else
        row.bindNull(10);
    if (channel->name != "note" && m_rng.chance(70))
        row.bindText(11, m_rng.pick(interactionOutcomes()));
    else
        row.bindNull(11);
    m_created.clear();
    appendDateTime(m_created, std::min(occurred + static_cast<qint64>(m_rng.below(30 * minute)), m_now - 1));
    row.bindText(12, m_created);
    row.bindText(13, m_created);
    row.endRow();
    ++m_counts.interactions;
    return Status::success();
}

Status DemoWriter::writeTask(qint64 owner, qint64 customerCreated, int contactCount) {
    BatchInsert& row = m_task;
    row.bind(1, m_db.ids().next());
    row.bind(2, m_customerId);
    if (contactCount > 0 && m_rng.chance(60))
        row.bind(3, m_contactIds[m_rng.below(static_cast<quint64>(contactCount))]);
    else
        row.bindNull(3);
    bindOptionalId(row, 4, pickUser(owner));
    row.bindText(5, m_rng.pick(taskTitles()));
    if (m_rng.chance(25))
        row.bindText(6, m_rng.pick(taskNotes()));
    else
        row.bindNull(6);
    const qint64 due = businessTime(m_now - 60 * day + static_cast<qint64>(m_rng.below(105 * day)),
                                    customerCreated + hour, m_now + 120 * day);
    const qint64 created = std::clamp(due - between(day, 30 * day), customerCreated, m_now - minute);
    m_due.clear();
    appendDateTime(m_due, due);
    row.bindText(7, m_due);
    const bool done = m_rng.chance(due < m_now ? 75 : 10);
    row.bind(8, done ? 1 : 0);
    qint64 updated = created;
    if (done) {
        updated = std::clamp(due - static_cast<qint64>(m_rng.below(5 * day)), created, m_now - minute);
        m_done.clear();
        appendDateTime(m_done, updated);
        row.bindText(9, m_done);
    } else {
        row.bindNull(9);
    }
    m_created.clear();
    appendDateTime(m_created, created);
    row.bindText(10, m_created);
    m_updated.clear();
    appendDateTime(m_updated, updated);
    row.bindText(11, m_updated);
    row.endRow();
    ++m_counts.tasks;
    return Status::success();
}

} // namespace rapport::demo
