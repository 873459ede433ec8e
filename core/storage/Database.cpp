#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SearchTokenizer.h"
#include "storage/SqlFunctions.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>
#include <sqlite3.h>

namespace rapport {
namespace {

Status execScript(sqlite3* db, const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Status::success();
    QString text = describeSqliteError(db, rc);
    if (message) {
        if (!text.contains(QString::fromUtf8(message)))
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(message));
        sqlite3_free(message);
    }
    return Status::failure(text);
}

int pragmaInt(sqlite3* db, const char* sql) {
    Statement query(db, sql);
    return query.next() ? static_cast<int>(query.int64(0)) : 0;
}

} // namespace

Database::Database() : m_connectionName(QStringLiteral("rapport-%1").arg(reinterpret_cast<quintptr>(this))) {}

Database::~Database() {
    close();
}

void Database::close() {
    m_statements.clear(); // finalised before the connection closes
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_db = nullptr;
}

Statement& Database::cachedStatement(const QString& sql) {
    std::shared_ptr<Statement>& statement = m_statements[sql];
    if (!statement || !statement->isValid())
        statement = std::make_shared<Statement>(m_db, sql.toStdString());
    return *statement;
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rapport.db"));
}

int Database::latestSchemaVersion() {
    const QList<Migration> migrations = loadMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Status Database::inspectExisting(const QString& path, bool* isEmpty) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    *isEmpty = header.isEmpty();
    if (*isEmpty)
        return Status::success();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Status::failure(tr("%1 is not a Rapport database: it is not an SQLite database file at all. "
                                  "The file was left untouched.")
                                   .arg(QDir::toNativeSeparators(path)));

    // Read the identity through SQLite (read-only, so nothing is written) in case a write-ahead log holds it.
    sqlite3* probe = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &probe, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = describeSqliteError(probe, rc);
        sqlite3_close(probe);
        return Status::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    const int appId = pragmaInt(probe, "PRAGMA application_id");
    const int version = pragmaInt(probe, "PRAGMA user_version");
    bool readable = false;
    qint64 schemaObjects = -1;
    Status schemaStatus;
    {
        Statement schema(probe, "SELECT count(*) FROM sqlite_schema");
        readable = schema.next();
        schemaObjects = readable ? schema.int64(0) : -1;
        schemaStatus = schema.status();
    } // finalized here: sqlite3_close leaves a connection with a live statement open (and the file locked)
    sqlite3_close(probe);
    if (!readable || !schemaStatus.ok())
        return Status::failure(tr("%1 cannot be opened: %2 The file was left untouched.")
                                   .arg(QDir::toNativeSeparators(path), schemaStatus.message()));
    // A file shorter than its header says was cut off (a copy that did not finish, a full disk). The page
    // count in the header is only trusted when its "valid for" counter matches the change counter.
    const auto be32 = [&](int offset) {
        return (quint32(quint8(header[offset])) << 24) | (quint32(quint8(header[offset + 1])) << 16) |
               (quint32(quint8(header[offset + 2])) << 8) | quint32(quint8(header[offset + 3]));
    };
    if (header.size() >= 100) {
        const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const qint64 pages = be32(28);
        if (be32(24) == be32(92) && pages > 0 && QFileInfo(path).size() < pages * pageSize)
            return Status::failure(
                tr("%1 is damaged: the file is shorter than its own header says (it was cut "
                   "off). The file was left untouched.")
                    .arg(QDir::toNativeSeparators(path)));
    }
    if (appId != applicationId) {
        if (appId == 0 && readable && schemaObjects == 0) {
            *isEmpty = true;
            return Status::success();
        }
        return Status::failure(tr("%1 is an SQLite database of another program, not a Rapport database. "
                                  "The file was left untouched.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    if (version > latestSchemaVersion())
        return Status::failure(
            tr("%1 was written by a newer version of Rapport (schema %2; this program knows up "
               "to %3). Update Rapport to open it. The file was left untouched.")
                .arg(QDir::toNativeSeparators(path))
                .arg(version)
                .arg(latestSchemaVersion()));
    return Status::success();
}

bool Database::needsUpgrade(const QString& path) {
    if (!QFileInfo(path).isFile())
        return false;
    sqlite3* probe = nullptr;
    const QByteArray native = QFile::encodeName(path);
    bool older = false;
    if (sqlite3_open_v2(native.constData(), &probe, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        const int version = pragmaInt(probe, "PRAGMA user_version");
        older = pragmaInt(probe, "PRAGMA application_id") == applicationId && version > 0 &&
                version < latestSchemaVersion();
    }
    sqlite3_close(probe);
    return older;
}

Status Database::open(const QString& path, const std::atomic_bool* cancelled) {
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    bool isEmpty = !info.exists();
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(
                tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(m_path)));
        if (const Status inspected = inspectExisting(m_path, &isEmpty); !inspected)
            return inspected;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Status::failure(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    m_readOnly = info.exists() && !info.isWritable();
    if (m_readOnly && isEmpty)
        return Status::failure(tr("%1 is read-only, so a new database cannot be created in it.")
                                   .arg(QDir::toNativeSeparators(m_path)));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Status::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
        }
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3* const*>(handle.data());
    }
    if (!m_db) {
        close();
        return Status::failure(tr("The Qt SQLite driver did not provide a connection handle."));
    }
    if (const Status configured = configure(); !configured) {
        close();
        return configured;
    }
    if (const Status migrated = migrate(cancelled); !migrated) {
        close();
        return migrated;
    }
    return Status::success();
}

void Database::withoutMemoryStatistics() {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

void Database::limitCacheMemory(qint64 bytes) {
    sqlite3_soft_heap_limit64(bytes);
}

Status Database::configure() {
    if (registerSqlFunctions(m_db, &m_bulkLoading, &m_replaying, &m_ids) != SQLITE_OK ||
        registerSearchTokenizer(m_db) != SQLITE_OK || sync::registerSyncFunctions(m_db) != SQLITE_OK)
        return Status::failure(
            tr("Cannot register Rapport's SQL functions: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    if (!m_readOnly) {
        if (const Status wal = execScript(m_db, "PRAGMA journal_mode = WAL"); !wal)
            return Status::failure(
                tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), wal.message()));
    }
    return execScript(m_db,
                      "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"
                      "PRAGMA cache_size = -16384;"
                      // Another connection of the program (the rules runner, a sync watch) may be writing:
                      // wait for it a few seconds rather than failing the user's action at once.
                      "PRAGMA busy_timeout = 5000;");
}

Status Database::migrate(const std::atomic_bool* cancelled) {
    const int current = schemaVersion();
    const QList<Migration> migrations = loadMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current >= latest)
        return Status::success();
    if (m_readOnly)
        return Status::failure(tr("%1 needs an upgrade to schema %2, but the file is read-only. The file was "
                                  "left untouched.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(latest));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    // A cancel (from another thread) stops the statement running within a few thousand steps.
    struct Watch {
        sqlite3* db;
        Watch(sqlite3* handle, const std::atomic_bool* flag) : db(flag ? handle : nullptr) {
            if (db)
                sqlite3_progress_handler(
                    db, 1000,
                    [](void* watched) {
                        return static_cast<const std::atomic_bool*>(watched)->load() ? 1 : 0;
                    },
                    const_cast<std::atomic_bool*>(flag));
        }
        ~Watch() {
            if (db)
                sqlite3_progress_handler(db, 0, nullptr, nullptr);
        }
    } watch(m_db, cancelled);
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        const Status applied = execScript(m_db, migration.sql.constData());
        if (cancelled && cancelled->load())
            return Status::failure(tr("The upgrade of %1 was cancelled. The database was left as it was.")
                                       .arg(QDir::toNativeSeparators(m_path)));
        if (!applied)
            return Status::failure(
                tr("Upgrading %1 with %2 failed: %3. The database was left as it was.")
                    .arg(QDir::toNativeSeparators(m_path), migration.name, applied.message()));
    }
    // Sync records changes of every table, including any this upgrade added (core/sync).
    if (const Status captured = sync::installChangeCapture(m_db); !captured)
        return Status::failure(tr("Upgrading %1 failed: %2. The database was left as it was.")
                                   .arg(QDir::toNativeSeparators(m_path), captured.message()));
    const QByteArray pragmas = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                   .arg(applicationId)
                                   .arg(latest)
                                   .toLatin1();
    if (const Status stamped = execScript(m_db, pragmas.constData()); !stamped)
        return stamped;
    if (current == 0) {
        if (const Status id =
                setMeta(QStringLiteral("database_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            !id)
            return id;
    }
    return transaction.commit();
}

int Database::schemaVersion() const {
    return m_db ? pragmaInt(m_db, "PRAGMA user_version") : 0;
}

QString Database::meta(const QString& key) const {
    Statement query(m_db, "SELECT value FROM meta WHERE key = ?1");
    query.bind(1, key);
    return query.next() ? query.text(0) : QString();
}

Status Database::setMeta(const QString& key, const QString& value) {
    Statement upsert(m_db, "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET "
                           "value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    upsert.bind(1, key).bind(2, value);
    return upsert.exec();
}

Status Database::saveCopy(const QString& targetPath) {
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == m_path)
        return Status::failure(tr("A copy cannot replace the open database itself."));
    if (QFileInfo::exists(target))
        return Status::failure(tr("%1 already exists; choose a new file name for the copy.")
                                   .arg(QDir::toNativeSeparators(target)));
    Statement vacuum(m_db, "VACUUM INTO ?1");
    vacuum.bind(1, target);
    if (const Status done = vacuum.exec(); !done) {
        QFile::remove(target);
        return Status::failure(
            tr("Saving a copy to %1 failed: %2").arg(QDir::toNativeSeparators(target), done.message()));
    }
    return Status::success();
}

qint64 Database::fileSize() const {
    return pragmaInt(m_db, "PRAGMA page_count") * static_cast<qint64>(pragmaInt(m_db, "PRAGMA page_size"));
}

} // namespace rapport
