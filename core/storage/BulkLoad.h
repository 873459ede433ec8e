#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rapport {

class Database;

// Makes a bulk job (sample data, an import) run near the speed of a plain table load, inside the caller's
// transaction. While it is active on a connection, the search-index insert triggers skip that connection's
// inserts, and the secondary indexes of tables that will grow many times over are dropped. finish() rebuilds
// those indexes by sorting and indexes the new rows for search in one pass per search table, so the database
// is complete again before the caller commits. Destroyed without finish() (cancel, error), it only switches
// the triggers back on: the caller's rollback undoes the rest.
class BulkLoad final {
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)
public:
    // tables: the tables the job will insert into; expectedRows: about how many rows it adds to them in all.
    BulkLoad(Database& db, const QStringList& tables, qint64 expectedRows);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    const Status& status() const { return m_status; }
    Status finish();

private:
    struct DroppedIndex {
        QString name;
        QByteArray sql;
    };
    Database& m_db;
    qint64 m_firstId = 0;
    QList<DroppedIndex> m_dropped;
    bool m_active = false;
    Status m_status;
};

} // namespace rapport
