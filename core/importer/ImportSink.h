#pragma once

#include "importer/ImportSchema.h"
#include "importer/KeyIndex.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport {

class BulkLoad;
class Database;

// One imported row in its stored form: a value per ImportSchema field (empty: none), plus the
// "Header: value" lines of the columns that go to the notes.
struct ImportRow {
    std::vector<std::string> values;
    std::string notesExtra;
};

// Writes imported rows into the database inside the caller's transaction: resolves organisations, owners,
// customers and contacts by name (creating organisations once), finds duplicates against the database and
// the rows already written (same e-mail, same phone, or same name and organisation) through in-memory key
// indexes, and inserts or updates with statements prepared once.
class ImportSink final {
    Q_DECLARE_TR_FUNCTIONS(ImportSink)
public:
    enum class Outcome { Created, Updated, Skipped, Rejected, Failed };

    ImportSink(Database& db, const ImportSchema& schema, DuplicatePolicy policy, QString stamp, qint64 runId);
    ~ImportSink();

    // Loads the lookups and existing duplicate keys and prepares the statements.
    Status prepare();
    // Makes room in the duplicate-key index for about `rows` more rows, so it need not grow while they come.
    void expectRows(qint64 rows);
    // New contacts hand their search documents to `bulk` as they are written (BulkLoad::addDocument), where
    // it builds the contacts' search index on its second thread.
    void sendSearchDocumentsTo(BulkLoad& bulk);
    // Failed: a database error, see status(). Rejected: `column` and `reason` say why.
    Outcome write(ImportRow& row, QString& column, QString& reason);
    // Writes the new records still waiting in the batch; call before reading the table or committing.
    Status flush();

    const Status& status() const { return m_status; }
    qint64 organisationsCreated() const { return m_organisationsCreated; }
    qint64 firstId() const { return m_firstId; }
    qint64 lastId() const { return m_lastId; }

private:
    struct Prepared;
    Status loadUsers();
    Status loadCustomers();
    Status loadContacts();
    Status loadInteractions();
    Status loadLeads();
    qint64 newId();
    qint64 findOrCreateCustomer(const std::string& name, qint64 ownerId);
    // The name of customer `id` when it is an organisation (as contact_search_parts shows it), else NULL.
    std::string_view organisationName(qint64 id);
    void handOverDocument(const ImportRow& row, qint64 id, qint64 customerId);
    qint64 findUser(const std::string& text) const;
    void keysFor(const ImportRow& row, qint64 customerId, std::vector<std::uint64_t>& keys) const;
    bool savePrevious(qint64 id);
    template <typename Target>
    void bindRow(Target& s, const ImportRow& row, qint64 id, bool update, qint64 userId, qint64 contactId,
                 qint64 customerId) const;
    int field(const char* name) const; // no QString made: it runs several times per row

    Database& m_db;
    const ImportSchema& m_schema;
    DuplicatePolicy m_policy;
    std::string m_stamp;
    qint64 m_runId;
    std::unique_ptr<Prepared> m_st;
    Status m_status;
    KeyIndex m_customersByName; // 'o' + folded name
    KeyIndex m_users;           // 'u' + folded name, 'e' + e-mail
    KeyIndex m_contactsByName;  // interactions: 'c' + folded "first last" / "last first", 'm' + e-mail
    KeyIndex m_duplicates;      // the entity's own duplicate keys
    qint64 m_organisationsCreated = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    std::vector<std::uint64_t> m_keys;
    BulkLoad* m_bulk = nullptr;
    int m_searchHandle = -1;
    std::array<int, 5> m_documentFields{}; // first and last name, e-mails, title, phones
    std::unordered_map<qint64, std::string> m_organisationNames; // "" for customers that are not one
    std::unique_ptr<Statement> m_customerKind;
    std::string m_phoneDigits;
    std::string m_notes;
    std::string m_sortKey;
    int m_notesIndex = -1;
};

} // namespace rapport
