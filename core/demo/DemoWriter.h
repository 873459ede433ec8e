#pragma once

#include "demo/DemoGenerator.h"
#include "demo/DemoNames.h"
#include "demo/DemoText.h"
#include "storage/BatchInsert.h"

#include <array>
#include <string>
#include <vector>

namespace rapport {
class Database;
}

namespace rapport::demo {

// A table word prepared once per run: its text, its folded form (for sort keys, so rows need no folding) and
// its ASCII spelling (for e-mail addresses and domains).
struct Word {
    std::string text;
    std::string folded;
    std::string ascii;
};

struct PreparedLocale {
    const LocaleTable* table = nullptr;
    std::vector<Word> male, female, surnameMale, surnameFemale, stems, industry, legalPrefix, legalSuffix;
};

// Generates one customer at a time, with its contacts, interactions and tasks, and writes them in batches of
// about a thousand customers (see BatchInsert). The caller owns the transaction and calls flush() at the end.
class DemoWriter final {
public:
    DemoWriter(Database& db, quint64 seed, qint64 now, std::vector<qint64> userIds);
    Status writeCustomer();
    Status flush();
    const DemoCounts& counts() const { return m_counts; }

private:
    struct Person {
        const Word* first = nullptr;
        const Word* last = nullptr;
        const Word* last2 = nullptr; // Spanish second surname
    };
    struct Address {
        const City* city = nullptr;
        std::string street, postcode;
    };

    const PreparedLocale& pickLocale();
    Person pickPerson(const PreparedLocale& locale);
    void appendFullName(std::string& out, const Person& person, bool folded, bool lastFirst) const;
    void makeAddress(Address& address, const PreparedLocale& locale);
    void appendLandline(std::string& out, const PreparedLocale& locale, const City& city);
    void appendMobile(std::string& out, const PreparedLocale& locale);
    void appendPersonalEmail(std::string& out, const PreparedLocale& locale, const Person& person);
    void appendTags(std::string& out);
    void makeCompany(const PreparedLocale& locale);
    // A working-day time (07:00–18:00 UTC, Monday to Friday) on the day of t, kept within [low, high].
    qint64 businessTime(qint64 t, qint64 low, qint64 high);
    qint64 between(qint64 low, qint64 high) { return high <= low ? low : m_rng.range(low, high); }
    qint64 pickUser(qint64 owner);
    Status writeContact(const PreparedLocale& locale, const Person& person, bool organisation, qint64 created,
                        int slot);
    // Raises *latest to the new interaction's time.
    Status writeInteraction(qint64 owner, qint64 created, int contactCount, qint64* latest);
    Status writeTask(qint64 owner, qint64 created, int contactCount);

    Database& m_db;
    Rng m_rng;
    qint64 m_now;
    std::vector<qint64> m_users;
    std::vector<PreparedLocale> m_locales;
    int m_localeWeight = 0;
    BatchInsert m_customer, m_contact, m_interaction, m_task;
    DemoCounts m_counts;

    qint64 m_customerId = 0;
    std::array<qint64, 3> m_contactIds{};
    // Reused buffers: clear() keeps their capacity, so rows allocate nothing once warmed up.
    std::string m_name, m_sortKey, m_domain, m_emails, m_phones, m_website, m_taxId, m_tags, m_created,
        m_updated;
    std::string m_first, m_last, m_text, m_at[4], m_birthday, m_occurred, m_due, m_done;
    Address m_billing, m_shipping;
};

} // namespace rapport::demo
