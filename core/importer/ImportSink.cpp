#include "importer/ImportSink.h"

#include "importer/ValueRules.h"
#include "storage/BatchInsert.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/TextFold.h"

namespace rapport {
namespace {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return out;
}

template <typename F> void forEachItem(std::string_view list, F f) {
    size_t start = 0;
    while (start < list.size()) {
        size_t end = list.find(';', start);
        if (end == std::string_view::npos)
            end = list.size();
        std::string_view item = list.substr(start, end - start);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        if (!item.empty())
            f(item);
        start = end + 1;
    }
}

std::string joinName(std::string_view a, std::string_view b) {
    std::string out(a);
    if (!out.empty() && !b.empty())
        out += ' ';
    out += b;
    return out;
}

int fieldPosition(const EntityDescriptor& entity, const char* name) {
    for (int i = 0; i < entity.fields.size(); ++i)
        if (entity.fields[i].name == QLatin1String(name))
            return i;
    return -1;
}

} // namespace

struct ImportSink::Prepared {
    Statement insert;
    Statement update;
    Statement insertOrganisation;
    Statement selectPrevious;
    Statement insertPrevious;
    BatchInsert batch; // the new records, written a few hundred at a time
};

ImportSink::ImportSink(Database& db, const ImportSchema& schema, DuplicatePolicy policy, QString stamp,
                       qint64 runId)
    : m_db(db), m_schema(schema), m_policy(policy), m_stamp(stamp.toStdString()), m_runId(runId) {}

ImportSink::~ImportSink() = default;

int ImportSink::field(const char* name) const {
    const QLatin1String wanted(name);
    const QList<ImportField>& fields = m_schema.fields();
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == wanted)
            return i;
    return -1;
}

qint64 ImportSink::newId() {
    const qint64 id = m_db.ids().next();
    if (m_firstId == 0)
        m_firstId = id;
    m_lastId = id;
    return id;
}

Status ImportSink::prepare() {
    m_notesIndex = m_schema.indexOf(m_schema.notesField());
    const EntityDescriptor& entity = m_schema.descriptor();
    const QString table = entity.table;
    QStringList columns{QStringLiteral("id")};
    QStringList params{QStringLiteral("?1")};
    QStringList sets;
    int p = 2;
    for (const FieldDescriptor& f : entity.fields) {
        columns << f.name;
        params << QStringLiteral("?%1").arg(p);
        sets << QStringLiteral("%1 = coalesce(?%2, %1)").arg(f.name).arg(p);
        ++p;
    }
    if (!entity.sortKeyColumn.isEmpty()) {
        columns << entity.sortKeyColumn;
        params << QStringLiteral("?%1").arg(p);
        sets << (m_schema.entity() == ImportEntity::Contact
                     ? QStringLiteral("sort_key = coalesce(rapport_fold(coalesce(?%1, last_name), "
                                      "coalesce(?%2, first_name)), '')")
                           .arg(2 + fieldPosition(entity, "last_name"))
                           .arg(2 + fieldPosition(entity, "first_name"))
                     : QStringLiteral("sort_key = coalesce(?%1, sort_key)").arg(p));
        ++p;
    }
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    params << QStringLiteral("?%1").arg(p) << QStringLiteral("?%1").arg(p + 1);
    sets << QStringLiteral("updated_at = ?%1").arg(p + 1);
    const std::string insertSql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1Char(',')), params.join(QLatin1Char(',')))
            .toStdString();
    const std::string updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                                      .arg(table, sets.join(QLatin1Char(',')))
                                      .toStdString();
    QStringList pairs; // every column of the table, for the previous values of an updated record
    {
        Statement info(m_db.handle(), "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
        info.bind(1, table);
        while (info.next())
            pairs << QStringLiteral("'%1', \"%1\"").arg(info.text(0));
    }
    const std::string selectSql = QStringLiteral("SELECT json_object(%1) FROM %2 WHERE id = ?")
                                      .arg(pairs.join(QLatin1Char(',')), table)
                                      .toStdString();
    const std::string tableUtf8 = table.toStdString();
    const std::string columnList = columns.join(QLatin1Char(',')).toStdString();
    m_st = std::make_unique<Prepared>(
        Prepared{Statement(m_db.handle(), insertSql), Statement(m_db.handle(), updateSql),
                 Statement(m_db.handle(),
                           "INSERT INTO customers (id, kind, name, sort_key, owner_id, status, created_at, "
                           "updated_at) VALUES (?, 'organisation', ?, ?, ?, 'prospect', ?, ?)"),
                 Statement(m_db.handle(), selectSql),
                 Statement(m_db.handle(),
                           "INSERT INTO import_run_updates (id, run_id, table_name, record_id, previous) "
                           "VALUES (?, ?, ?, ?, ?)"),
                 BatchInsert(m_db.handle(), tableUtf8, columnList, static_cast<int>(columns.size()))});
    for (const Statement* s : {&m_st->insert, &m_st->update, &m_st->insertOrganisation, &m_st->selectPrevious,
                               &m_st->insertPrevious})
        if (!s->isValid())
            return s->status();
    Status loaded = loadUsers();
    if (loaded && m_schema.entity() == ImportEntity::Lead)
        return loadLeads();
    if (loaded)
        loaded = loadCustomers();
    if (loaded && m_schema.entity() != ImportEntity::Customer)
        loaded = loadContacts();
    if (loaded && m_schema.entity() == ImportEntity::Interaction)
        loaded = loadInteractions();
    return loaded;
}

Status ImportSink::loadUsers() {
    Statement s(m_db.handle(), "SELECT id, name, email FROM users");
    while (s.next()) {
        m_users.insert(KeyIndex::hashKey('u', foldUtf8(s.utf8(1))), s.int64(0));
        if (!s.isNull(2))
            m_users.insert(KeyIndex::hashKey('e', lowerAscii(s.utf8(2))), s.int64(0));
    }
    return s.status();
}

Status ImportSink::loadCustomers() {
    const bool own = m_schema.entity() == ImportEntity::Customer;
    Statement s(m_db.handle(), "SELECT id, sort_key, emails, phones FROM customers");
    while (s.next()) {
        const qint64 id = s.int64(0);
        m_customersByName.insert(KeyIndex::hashKey('o', s.utf8(1)), id);
        if (!own)
            continue;
        forEachItem(s.utf8(2), [&](std::string_view e) {
            m_duplicates.insert(KeyIndex::hashKey('m', lowerAscii(e)), id);
        });
        forEachItem(s.utf8(3), [&](std::string_view ph) {
            m_duplicates.insert(KeyIndex::hashKey('p', phoneDigits(ph)), id);
        });
    }
    return s.status();
}

Status ImportSink::loadContacts() {
    const bool own = m_schema.entity() == ImportEntity::Contact;
    Statement s(m_db.handle(),
                "SELECT id, sort_key, customer_id, emails, phones, first_name, last_name FROM contacts");
    std::string key;
    while (s.next()) {
        const qint64 id = s.int64(0);
        KeyIndex& index = own ? m_duplicates : m_contactsByName;
        forEachItem(s.utf8(3),
                    [&](std::string_view e) { index.insert(KeyIndex::hashKey('m', lowerAscii(e)), id); });
        if (own) {
            forEachItem(s.utf8(4), [&](std::string_view ph) {
                index.insert(KeyIndex::hashKey('p', phoneDigits(ph)), id);
            });
            key.assign(s.utf8(1));
            key += '\x1f';
            key += std::to_string(s.int64(2));
            index.insert(KeyIndex::hashKey('n', key), id);
        } else {
            index.insert(KeyIndex::hashKey('c', s.utf8(1)), id);
            index.insert(KeyIndex::hashKey('c', foldUtf8(joinName(s.utf8(5), s.utf8(6)))), id);
        }
    }
    return s.status();
}

Status ImportSink::loadLeads() {
    Statement s(m_db.handle(), "SELECT id, email, phone FROM leads");
    while (s.next()) {
        if (!s.isNull(1))
            m_duplicates.insert(KeyIndex::hashKey('m', lowerAscii(s.utf8(1))), s.int64(0));
        if (!s.isNull(2) && !phoneDigits(s.utf8(2)).empty())
            m_duplicates.insert(KeyIndex::hashKey('p', phoneDigits(s.utf8(2))), s.int64(0));
    }
    return s.status();
}

Status ImportSink::loadInteractions() {
    Statement s(m_db.handle(),
                "SELECT id, coalesce(customer_id, 0) || '|' || coalesce(contact_id, 0) || '|' || "
                "occurred_at || '|' || channel || '|' || coalesce(subject, '') FROM interactions");
    while (s.next())
        m_duplicates.insert(KeyIndex::hashKey('i', s.utf8(1)), s.int64(0));
    return s.status();
}

qint64 ImportSink::findUser(const std::string& text) const {
    if (text.find('@') != std::string::npos)
        if (const qint64 id = m_users.find(KeyIndex::hashKey('e', lowerAscii(text))))
            return id;
    return m_users.find(KeyIndex::hashKey('u', foldUtf8(text)));
}

qint64 ImportSink::findOrCreateCustomer(const std::string& name, qint64 ownerId) {
    const std::string folded = foldUtf8(name);
    const std::uint64_t key = KeyIndex::hashKey('o', folded);
    if (const qint64 id = m_customersByName.find(key))
        return id;
    const qint64 id = m_db.ids().next();
    Statement& s = m_st->insertOrganisation;
    s.bind(1, id).bindText(2, name).bindText(3, folded);
    if (ownerId)
        s.bind(4, ownerId);
    s.bindText(5, m_stamp).bindText(6, m_stamp);
    m_status = s.exec();
    if (!m_status)
        return 0;
    m_customersByName.insert(key, id);
    m_organisationNames.emplace(id, name);
    ++m_organisationsCreated;
    return id;
}

std::string_view ImportSink::organisationName(qint64 id) {
    if (id == 0)
        return {};
    auto found = m_organisationNames.find(id);
    if (found == m_organisationNames.end()) {
        if (!m_customerKind)
            m_customerKind = std::make_unique<Statement>(
                m_db.handle(),
                "SELECT CASE WHEN kind = 'organisation' THEN name END FROM customers WHERE id = ?1");
        Statement& s = *m_customerKind;
        s.reset();
        s.bind(1, id);
        found =
            m_organisationNames.emplace(id, s.next() && !s.isNull(0) ? std::string(s.utf8(0)) : std::string())
                .first;
    }
    return found->second.empty() ? std::string_view() : std::string_view(found->second);
}

void ImportSink::sendSearchDocumentsTo(BulkLoad& bulk) {
    if (m_schema.entity() != ImportEntity::Contact)
        return; // the other entities' documents are read back by BulkLoad::indexNewRows
    m_bulk = &bulk;
    m_searchHandle = bulk.directDocuments(QStringLiteral("contact_search"));
    m_documentFields = {field("first_name"), field("last_name"), field("emails"), field("title"),
                        field("phones")};
}

void ImportSink::handOverDocument(const ImportRow& row, qint64 id, qint64 customerId) {
    // contact_search_parts (resources/sql/0016_search_word_trigrams.sql): first name, last name, the
    // organisation's name, e-mails, title, notes and rapport_phone(phones), as bindRow stores them (values
    // left empty are stored as NULL).
    const auto stored = [](const std::string& value) {
        return value.empty() ? std::string_view() : std::string_view(value);
    };
    const auto value = [&](int which) -> const std::string& {
        return row.values[static_cast<size_t>(m_documentFields[static_cast<size_t>(which)])];
    };
    const std::string& phones = value(4);
    m_phoneDigits = phones.empty() ? std::string() : phoneDigits(phones);
    m_bulk->addDocument(m_searchHandle, id,
                        {stored(value(0)), stored(value(1)), organisationName(customerId), stored(value(2)),
                         stored(value(3)), stored(m_notes),
                         phones.empty() ? std::string_view() : std::string_view(m_phoneDigits)});
}

void ImportSink::expectRows(qint64 rows) {
    // Keys per row as keysFor() makes them: e-mail, phone and, for people, name and organisation.
    const qint64 perRow = m_schema.entity() == ImportEntity::Interaction ? 1
                          : m_schema.entity() == ImportEntity::Contact   ? 3
                                                                         : 2;
    m_duplicates.reserve(m_duplicates.size() + static_cast<std::size_t>(std::max<qint64>(0, rows) * perRow));
}

void ImportSink::keysFor(const ImportRow& row, qint64 customerId, std::vector<std::uint64_t>& keys) const {
    keys.clear();
    if (m_schema.entity() == ImportEntity::Interaction)
        return;
    if (m_schema.entity() == ImportEntity::Lead) {
        if (const std::string& email = row.values[field("email")]; !email.empty())
            keys.push_back(KeyIndex::hashKey('m', lowerAscii(email)));
        if (const std::string digits = phoneDigits(row.values[field("phone")]); !digits.empty())
            keys.push_back(KeyIndex::hashKey('p', digits));
        return;
    }
    const int emails = field("emails");
    const int phones = field("phones");
    forEachItem(row.values[emails],
                [&](std::string_view e) { keys.push_back(KeyIndex::hashKey('m', lowerAscii(e))); });
    forEachItem(row.values[phones],
                [&](std::string_view ph) { keys.push_back(KeyIndex::hashKey('p', phoneDigits(ph))); });
    if (m_schema.entity() == ImportEntity::Contact) {
        std::string key = m_sortKey;
        key += '\x1f';
        key += std::to_string(customerId);
        keys.push_back(KeyIndex::hashKey('n', key));
    }
}

bool ImportSink::savePrevious(qint64 id) {
    // SQLite writes the JSON, so 64-bit ids and other integers keep every digit for ImportUndo.
    Statement& s = m_st->selectPrevious;
    s.bind(1, id);
    if (!s.next()) {
        m_status = s.status().ok() ? Status::failure(tr("Record %1 vanished during the import.").arg(id))
                                   : s.status();
        return false;
    }
    Statement& insert = m_st->insertPrevious;
    insert.bind(1, m_db.ids().next()).bind(2, m_runId).bind(3, m_schema.descriptor().table).bind(4, id);
    insert.bindText(5, s.utf8(0));
    m_status = insert.exec();
    s.reset();
    return m_status.ok();
}

ImportSink::Outcome ImportSink::write(ImportRow& row, QString& column, QString& reason) {
    const ImportEntity kind = m_schema.entity();
    auto reject = [&](const QString& fieldName, const QString& why) {
        column = m_schema.label(fieldName);
        reason = why;
        return Outcome::Rejected;
    };
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 userId = 0;
    std::string dupKey;
    if (kind == ImportEntity::Contact) {
        std::string& first = row.values[field("first_name")];
        std::string& last = row.values[field("last_name")];
        const std::string& full = row.values[field("full_name")];
        if (first.empty() && last.empty() && !full.empty()) {
            const size_t comma = full.find(',');
            const size_t space = full.rfind(' ');
            if (comma != std::string::npos) {
                last = full.substr(0, comma);
                first = std::string(ValueRules::trim(full.substr(comma + 1)));
            } else if (space != std::string::npos) {
                first = full.substr(0, space);
                last = full.substr(space + 1);
            } else {
                last = full;
            }
        }
        if (first.empty() && last.empty())
            return reject(QStringLiteral("last_name"), tr("A contact needs a first or last name."));
        m_sortKey = foldUtf8(joinName(last, first));
        const std::string& owner = row.values[field("owner")];
        qint64 ownerId = 0;
        if (!owner.empty() && !(ownerId = findUser(owner)))
            return reject(QStringLiteral("owner"),
                          tr("No user is called “%1”.").arg(QString::fromStdString(owner)));
        const std::string& organisation = row.values[field("organisation")];
        if (!organisation.empty() && !(customerId = findOrCreateCustomer(organisation, ownerId)))
            return Outcome::Failed;
    } else if (kind == ImportEntity::Lead) {
        const std::string& first = row.values[field("first_name")];
        const std::string& last = row.values[field("last_name")];
        const std::string& organisation = row.values[field("organisation")];
        if (first.empty() && last.empty() && organisation.empty())
            return reject(QStringLiteral("last_name"), tr("A lead needs a name or an organisation."));
        m_sortKey = foldUtf8(joinName(joinName(last, first), organisation));
        const std::string& owner = row.values[field("owner")];
        if (!owner.empty() && !(userId = findUser(owner)))
            return reject(QStringLiteral("owner"),
                          tr("No user is called “%1”.").arg(QString::fromStdString(owner)));
    } else if (kind == ImportEntity::Customer) {
        const std::string& name = row.values[field("name")];
        if (name.empty())
            return reject(QStringLiteral("name"), tr("A customer needs a name."));
        m_sortKey = foldUtf8(name);
        const std::string& owner = row.values[field("owner")];
        if (!owner.empty() && !(userId = findUser(owner)))
            return reject(QStringLiteral("owner"),
                          tr("No user is called “%1”.").arg(QString::fromStdString(owner)));
    } else {
        for (const char* required : {"occurred_at", "channel"})
            if (row.values[field(required)].empty())
                return reject(QLatin1String(required),
                              tr("%1 is required.").arg(m_schema.label(QLatin1String(required))));
        const std::string& contact = row.values[field("contact")];
        if (!contact.empty()) {
            contactId = contact.find('@') != std::string::npos
                            ? m_contactsByName.find(KeyIndex::hashKey('m', lowerAscii(contact)))
                            : m_contactsByName.find(KeyIndex::hashKey('c', foldUtf8(contact)));
            if (!contactId)
                return reject(QStringLiteral("contact"),
                              tr("No contact is called “%1”.").arg(QString::fromStdString(contact)));
        }
        const std::string& user = row.values[field("user")];
        if (!user.empty() && !(userId = findUser(user)))
            return reject(QStringLiteral("user"),
                          tr("No user is called “%1”.").arg(QString::fromStdString(user)));
        const std::string& customer = row.values[field("customer")];
        if (!customer.empty() && !(customerId = findOrCreateCustomer(customer, 0)))
            return Outcome::Failed;
        dupKey = std::to_string(customerId) + '|' + std::to_string(contactId) + '|' +
                 row.values[field("occurred_at")] + '|' + row.values[field("channel")] + '|' +
                 row.values[field("subject")];
    }

    // Notes: the notes column, then the columns sent to the notes.
    m_notes = row.values[static_cast<size_t>(m_notesIndex)];
    if (!row.notesExtra.empty()) {
        if (!m_notes.empty())
            m_notes += '\n';
        m_notes += row.notesExtra;
    }

    keysFor(row, customerId, m_keys);
    if (!dupKey.empty())
        m_keys.push_back(KeyIndex::hashKey('i', dupKey));
    // Each key is a random place in a large table: ask for them all before looking, so the reads overlap.
    for (const std::uint64_t key : m_keys)
        m_duplicates.prefetch(key);
    qint64 duplicate = 0;
    for (const std::uint64_t key : m_keys)
        if ((duplicate = m_duplicates.find(key)))
            break;
    if (duplicate && m_policy == DuplicatePolicy::Skip)
        return Outcome::Skipped;
    const bool update = duplicate && m_policy == DuplicatePolicy::Update;
    if (update) {
        // The record may be one of this file's rows still waiting in the batch.
        if (m_status = flush(); !m_status)
            return Outcome::Failed;
        if (!savePrevious(duplicate))
            return Outcome::Failed;
    }
    const qint64 id = update ? duplicate : newId();
    if (update) {
        Statement& s = m_st->update;
        bindRow(s, row, id, true, userId, contactId, customerId);
        m_status = s.exec();
    } else {
        BatchInsert& batch = m_st->batch;
        bindRow(batch, row, id, false, userId, contactId, customerId);
        batch.endRow();
        if (m_searchHandle >= 0)
            handOverDocument(row, id, customerId);
        if (batch.isFull())
            m_status = batch.flush();
    }
    if (!m_status)
        return Outcome::Failed;
    for (const std::uint64_t key : m_keys)
        m_duplicates.insert(key, id);
    if (kind == ImportEntity::Customer)
        m_customersByName.insert(KeyIndex::hashKey('o', m_sortKey), id);
    return update ? Outcome::Updated : Outcome::Created;
}

Status ImportSink::flush() {
    return m_st ? m_st->batch.flush() : Status::success();
}

template <typename Target>
void ImportSink::bindRow(Target& s, const ImportRow& row, qint64 id, bool update, qint64 userId,
                         qint64 contactId, qint64 customerId) const {
    const EntityDescriptor& entity = m_schema.descriptor();
    const ImportEntity kind = m_schema.entity();
    const int notesIndex = m_notesIndex;
    s.bind(1, id);
    int p = 2;
    for (int i = 0; i < m_schema.fields().size(); ++i) {
        const ImportField& f = m_schema.fields()[i];
        if (!f.descriptor)
            continue;
        const int param = 2 + static_cast<int>(&*f.descriptor - &entity.fields.front());
        p = std::max(p, param + 1);
        if (f.descriptor->type == FieldType::Reference) {
            const qint64 ref = f.name == u"owner" || f.name == u"user" ? userId
                               : f.name == u"contact"                  ? contactId
                                                                       : customerId;
            if (ref)
                s.bind(param, ref);
            continue;
        }
        const std::string& value = i == notesIndex ? m_notes : row.values[i];
        if (!value.empty())
            s.bindText(param, value);
        else if (!update && kind == ImportEntity::Lead && f.name == u"source")
            s.bindText(param, std::string_view("import")); // where a lead came from, unless the file says
        else if (!update && f.descriptor->defaultValue.isValid())
            s.bind(param, f.descriptor->defaultValue);
        else if (!update && f.descriptor->type == FieldType::Boolean)
            s.bind(param, qint64{0});
    }
    p = 2 + static_cast<int>(entity.fields.size());
    if (!entity.sortKeyColumn.isEmpty()) {
        if (!update || kind != ImportEntity::Contact)
            s.bindText(p, m_sortKey);
        ++p;
    }
    if (!update)
        s.bindText(p, m_stamp);
    s.bindText(p + 1, m_stamp);
}

} // namespace rapport
