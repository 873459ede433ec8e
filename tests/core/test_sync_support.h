#pragma once
// Helpers shared by the sync tests: copies of one database and package exchanges between them.

#include "TestSupport.h"
#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <memory>

namespace rapport::test {

// The office database and field copies cloned from it, in one temporary folder.
class SyncFixture {
public:
    SyncFixture() = default;
    Database& office() { return m_office.db(); }
    QString dir() const { return m_office.dir(); }

    Database& clone(const QString& name, const sync::CloneOptions& options = {}) {
        const QString path = QDir(dir()).filePath(name + QStringLiteral(".db"));
        sync::CloneOptions named = options;
        named.name = name;
        const Status cloned = sync::SyncService(office()).clone(path, named);
        INFO(cloned.message().toStdString());
        REQUIRE(cloned.ok());
        auto db = std::make_unique<Database>();
        REQUIRE(db->open(path).ok());
        m_copies.push_back(std::move(db));
        return *m_copies.back();
    }

    // Writes a package on `from` and imports it on `to`; returns the import's result.
    sync::ImportResult send(Database& from, Database& to) {
        const QString file = QDir(dir()).filePath(QStringLiteral("p%1.rsync").arg(++m_packages));
        const Status exported = sync::SyncService(from).exportPackage(file);
        INFO(exported.message().toStdString());
        REQUIRE(exported.ok());
        sync::ImportResult result;
        const Status imported = sync::SyncService(to).importPackage(file, &result);
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        return result;
    }

    QString exportTo(Database& from) {
        const QString file = QDir(dir()).filePath(QStringLiteral("p%1.rsync").arg(++m_packages));
        REQUIRE(sync::SyncService(from).exportPackage(file).ok());
        return file;
    }

private:
    TempDatabase m_office;
    std::vector<std::unique_ptr<Database>> m_copies;
    int m_packages = 0;
};

inline qint64 addCustomer(Database& db, const QString& name, const QVariantMap& more = {}) {
    QVariantMap values = more;
    values.insert(QStringLiteral("name"), name);
    const WriteResult written = RecordStore(db).insert(EntityCatalog::customer(), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

inline void edit(Database& db, qint64 id, const QString& field, const QVariant& value,
                 const EntityDescriptor& entity = EntityCatalog::customer()) {
    const WriteResult written = RecordStore(db).update(entity, id, {{field, value}});
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
}

inline QVariant field(Database& db, qint64 id, const QString& column,
                      const QString& table = QStringLiteral("customers")) {
    Statement s(db.handle(),
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(column, table).toStdString());
    s.bind(1, id);
    return s.next() ? s.value(0) : QVariant();
}

inline bool exists(Database& db, qint64 id, const QString& table = QStringLiteral("customers")) {
    Statement s(db.handle(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(table).toStdString());
    s.bind(1, id);
    return s.next();
}

} // namespace rapport::test
