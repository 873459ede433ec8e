#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/Record.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <optional>

namespace rapport {

class Database;

// The outcome of an insert or update: the record's id, or what was wrong — per field where a field was at
// fault.
struct WriteResult {
    qint64 id = 0;
    Status status;
    QList<FieldError> fieldErrors;
    bool ok() const { return status.ok() && fieldErrors.isEmpty(); }
    QString message() const;
};

// Generic create, read, update and delete for every entity in the catalog, each write one transaction.
// Values are validated and normalised by FieldNormalizer and always bound, never spliced into SQL.
class RecordStore final {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    explicit RecordStore(Database& db);

    // A new lead is assigned by the assignment rules (LeadService::assignNew) in the same transaction.
    WriteResult insert(const EntityDescriptor& entity, QVariantMap values);
    WriteResult update(const EntityDescriptor& entity, qint64 id, const QVariantMap& changes);
    Status remove(const EntityDescriptor& entity, qint64 id);

    std::optional<Record> get(const EntityDescriptor& entity, qint64 id) const;
    QList<Record> list(const EntityDescriptor& entity, const QList<FieldFilter>& filters, int limit,
                       Status* status = nullptr) const;
    qint64 count(const EntityDescriptor& entity) const;
    // Whether the entity has any record at all: one row read, where count() reads an index end to end.
    bool isEmpty(const EntityDescriptor& entity) const;
    bool exists(const EntityDescriptor& entity, qint64 id) const;
    // The name shown for a record in lists and references ("Ελένη Παπαδοπούλου", "Acme Ltd").
    QString displayName(const EntityDescriptor& entity, qint64 id) const;

    // The user this database belongs to ("me"), or 0.
    qint64 currentUserId() const;
    Status setCurrentUserId(qint64 userId);

private:
    QList<FieldError> checkReferences(const EntityDescriptor& entity, const QVariantMap& values) const;
    WriteResult write(const EntityDescriptor& entity, qint64 id, QVariantMap values, bool isNew);
    Database& m_db;
};

} // namespace rapport
