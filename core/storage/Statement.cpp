#include "storage/Statement.h"

#include <sqlite3.h>

namespace rapport {

QString describeSqliteError(sqlite3* db, int code) {
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Statement::tr("The disk is full: the change was not saved and the database is unchanged.");
    case SQLITE_READONLY:
        return Statement::tr("The database file is read-only: the change was not saved.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Statement::tr("The database is busy in another program; try again in a moment (%1).")
            .arg(detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Statement::tr("The database file is damaged (%1).").arg(detail);
    case SQLITE_IOERR:
        return Statement::tr("The database file could not be read or written (%1).").arg(detail);
    default:
        return detail;
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_status(other.m_status) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = other.m_status;
    }
    return *this;
}

void Statement::fail(int code) {
    if (m_status.ok())
        m_status = Status::failure(describeSqliteError(m_db, code));
}

Statement& Statement::bind(int index, const QVariant& value) {
    if (!m_stmt)
        return *this;
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    default:
        return bind(index, value.toString());
    }
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (m_stmt) {
        const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                         SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement& Statement::bindText(int index, std::string_view utf8) {
    if (m_stmt) {
        const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement& Statement::bindBlobStatic(int index, std::string_view bytes) {
    if (m_stmt) {
        const int rc =
            sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement& Statement::bindTextStatic(int index, std::string_view utf8) {
    if (m_stmt) {
        const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    if (m_stmt) {
        const int rc = sqlite3_bind_int64(m_stmt, index, value);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (m_stmt) {
        const int rc = sqlite3_bind_double(m_stmt, index, value);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (m_stmt) {
        const int rc = sqlite3_bind_null(m_stmt, index);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

int Statement::parameterIndex(const char* name) const {
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
}

bool Statement::next() {
    if (!m_stmt || !m_status.ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    // A finished statement still counts as reading until it is reset, which would block schema changes and
    // checkpoints; the bindings stay for the next run.
    sqlite3_reset(m_stmt);
    return false;
}

Status Statement::exec() {
    if (!m_stmt)
        return m_status.ok() ? Status::failure(tr("Statement was not prepared.")) : m_status;
    while (next()) {
    }
    const Status result = m_status;
    reset();
    return result;
}

void Statement::reset() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_status = Status::success();
}

int Statement::columnCount() const {
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::utf8(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

QString Statement::text(int column) const {
    const std::string_view bytes = utf8(column);
    if (bytes.data() == nullptr)
        return {};
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QVariant Statement::value(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(int64(column)));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant(text(column));
    }
}

QString Statement::columnName(int column) const {
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace rapport
