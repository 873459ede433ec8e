#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace rapport;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}
} // namespace

TEST_CASE("a new database gets the whole schema and its identity", "[database]") {
    test::TempDatabase temp;
    CHECK(temp.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK_FALSE(temp.db().meta(QStringLiteral("database_id")).isEmpty());
    Statement appId(temp.db().handle(), "PRAGMA application_id");
    REQUIRE(appId.next());
    CHECK(appId.int64(0) == Database::applicationId);
    Statement journal(temp.db().handle(), "PRAGMA journal_mode");
    REQUIRE(journal.next());
    CHECK(journal.text(0) == QStringLiteral("wal"));
    Statement foreignKeys(temp.db().handle(), "PRAGMA foreign_keys");
    REQUIRE(foreignKeys.next());
    CHECK(foreignKeys.int64(0) == 1);
}

TEST_CASE("every table has a primary key, created_at and updated_at", "[database]") {
    test::TempDatabase temp;
    Statement tables(temp.db().handle(),
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                     "'CREATE VIRTUAL%' AND name NOT LIKE '%search%' AND name NOT LIKE 'sqlite_%'");
    int checked = 0;
    while (tables.next()) {
        const QString table = tables.text(0);
        Statement columns(temp.db().handle(),
                          "SELECT group_concat(name), max(pk) FROM pragma_table_info(?1)");
        columns.bind(1, table);
        REQUIRE(columns.next());
        INFO(table.toStdString());
        CHECK(columns.int64(1) > 0);
        CHECK(columns.text(0).split(QLatin1Char(',')).contains(QStringLiteral("created_at")));
        CHECK(columns.text(0).split(QLatin1Char(',')).contains(QStringLiteral("updated_at")));
        ++checked;
    }
    CHECK(checked >= 6);
}

TEST_CASE("files that are not Rapport databases are refused and left byte-for-byte untouched", "[database]") {
    QTemporaryDir dir;
    Database db;

    SECTION("a text file") {
        const QByteArray bytes("name,email\nAnna,anna@example.com\n");
        const QString path = writeFile(dir, QStringLiteral("customers.csv"), bytes);
        const Status opened = db.open(path);
        CHECK_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("not an SQLite")));
        CHECK(test::readBytes(path) == bytes);
    }
    SECTION("an SQLite database of another program") {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("other.sqlite"));
        sqlite3* other = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &other);
        sqlite3_exec(
            other,
            "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things VALUES (1, 'x');",
            nullptr, nullptr, nullptr);
        sqlite3_close(other);
        const QByteArray before = test::readBytes(path);
        const Status opened = db.open(path);
        CHECK_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("another program")));
        CHECK(test::readBytes(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a Rapport database from a newer version") {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("newer.db"));
        {
            Database current;
            REQUIRE(current.open(path).ok());
            Statement bump(current.handle(), "PRAGMA user_version = 999");
            REQUIRE(bump.exec().ok());
            Statement checkpoint(current.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
            REQUIRE(checkpoint.exec().ok());
        }
        const QByteArray before = test::readBytes(path);
        const Status opened = db.open(path);
        CHECK_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("newer version")));
        CHECK(test::readBytes(path) == before);
    }
    SECTION("a truncated database file") {
        test::TempDatabase source;
        Statement checkpoint(source.db().handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
        REQUIRE(checkpoint.exec().ok());
        const QByteArray whole = test::readBytes(source.path());
        const QString path = writeFile(dir, QStringLiteral("cut.db"), whole.left(whole.size() / 2));
        const QByteArray before = test::readBytes(path);
        CHECK_FALSE(db.open(path).ok());
        CHECK(test::readBytes(path) == before);
    }
    CHECK_FALSE(db.isOpen());
}

TEST_CASE("an empty file becomes a new database", "[database]") {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("empty.db"), {});
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a read-only database opens for reading and refuses writes clearly", "[database]") {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("ro.db"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(db.setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
        Statement checkpoint(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
        REQUIRE(checkpoint.exec().ok());
        Statement journal(db.handle(), "PRAGMA journal_mode = DELETE");
        REQUIRE(journal.next());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    if (QFileInfo(path).isWritable()) {
        WARN("running as root: a read-only file is still writable here, so this case cannot be checked");
        return;
    }
    const QByteArray before = test::readBytes(path);
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.isReadOnly());
    CHECK(db.meta(QStringLiteral("k")) == QStringLiteral("v"));
    const Status write = db.setMeta(QStringLiteral("k"), QStringLiteral("w"));
    CHECK_FALSE(write.ok());
    CHECK(write.message().contains(QStringLiteral("read-only")));
    db.close();
    CHECK(test::readBytes(path) == before);
}

TEST_CASE("a full disk rolls the whole change back with a clear message", "[database]") {
    test::TempDatabase temp;
    sqlite3* h = temp.db().handle();
    Statement pages(h, "PRAGMA page_count");
    REQUIRE(pages.next());
    const qint64 limit = pages.int64(0) + 2;
    Statement cap(h, ("PRAGMA max_page_count = " + std::to_string(limit)).c_str());
    REQUIRE(cap.next());
    Transaction transaction(h);
    Statement insert(h, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
    Status failed;
    for (int i = 0; i < 2000 && failed.ok(); ++i) {
        insert.bind(1, QStringLiteral("key-%1").arg(i)).bind(2, QString(500, QLatin1Char('x')));
        failed = insert.exec();
    }
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message().contains(QStringLiteral("disk is full")));
    transaction.rollback();
    Statement count(h, "SELECT count(*) FROM meta WHERE key LIKE 'key-%'");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 0);
}

TEST_CASE("save a copy writes a consistent database and refuses to overwrite", "[database]") {
    test::TempDatabase temp;
    REQUIRE(temp.db().setMeta(QStringLiteral("marker"), QStringLiteral("copied")).ok());
    const QString target = QDir(temp.dir()).filePath(QStringLiteral("copy.db"));
    REQUIRE(temp.db().saveCopy(target).ok());
    Database copy;
    REQUIRE(copy.open(target).ok());
    CHECK(copy.meta(QStringLiteral("marker")) == QStringLiteral("copied"));
    CHECK_FALSE(temp.db().saveCopy(target).ok());
}

TEST_CASE("ids are unique, positive and ascending", "[database]") {
    IdGenerator a(1);
    IdGenerator b(2);
    QSet<qint64> seen;
    qint64 last = 0;
    for (int i = 0; i < 20000; ++i) {
        const qint64 id = a.next();
        CHECK(id > last);
        last = id;
        seen.insert(id);
        seen.insert(b.next());
    }
    CHECK(seen.size() == 40000);
}

TEST_CASE("opening an existing database leaves no other connection holding the file", "[database]") {
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("again.db"));
    {
        Database first;
        REQUIRE(first.open(path).ok());
    }
    Database db;
    REQUIRE(db.open(path).ok());
    // Leaving write-ahead logging needs the only connection to the file: a bulk import does that to write
    // its pages once. A probe connection left open by the checks before opening would refuse it as locked.
    {
        Statement rollbackJournal(db.handle(), "PRAGMA journal_mode = DELETE");
        REQUIRE(rollbackJournal.next());
        CHECK(rollbackJournal.text(0) == QStringLiteral("delete"));
    }
    Statement back(db.handle(), "PRAGMA journal_mode = WAL");
    REQUIRE(back.next());
    CHECK(back.text(0) == QStringLiteral("wal"));
}
