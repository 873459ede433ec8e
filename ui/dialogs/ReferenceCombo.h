#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/Record.h"

#include <QComboBox>

class QTimer;

namespace rapport {

class Database;

// Picks a record of another entity by name: lists the first few hundred, and for customers and contacts
// searches as the user types. The chosen record's id is the value.
class ReferenceCombo final : public QComboBox {
    Q_OBJECT
public:
    ReferenceCombo(Database& db, const FieldDescriptor& field, QWidget* parent = nullptr);

    qint64 id() const;
    void setId(qint64 id);
    // Limits the offered records (a customer's contacts).
    void setFilters(const QList<FieldFilter>& filters);

private:
    void populate(const QString& searchText);
    void addRecord(qint64 id, const QString& name);

    Database& m_db;
    const EntityDescriptor* m_target = nullptr;
    QList<FieldFilter> m_filters;
    QTimer* m_searchTimer = nullptr;
};

} // namespace rapport
