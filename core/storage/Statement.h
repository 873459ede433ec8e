#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QVariant>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

// A prepared SQLite statement with bound values. All SQL in Rapport runs through this class, so values are
// never spliced into SQL text. Column and parameter indexes are zero-based for columns, one-based for binds.
class Statement final {
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }

    Statement& bind(int index, const QVariant& value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bindText(int index, std::string_view utf8);
    // Binds without copying: the caller keeps the bytes unchanged and alive until the statement has run
    // (exec(), or next() has returned false) or is bound again. For bulk writers with their own buffers.
    Statement& bindTextStatic(int index, std::string_view utf8);
    Statement& bindBlobStatic(int index, std::string_view bytes); // the same, for bytes (a BLOB)
    Statement& bindNull(int index);
    int parameterIndex(const char* name) const;

    // Advances to the next row: true while a row is available. On error returns false and sets status().
    bool next();
    // Runs the statement to completion (for INSERT, UPDATE, DELETE and DDL).
    Status exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;
    QVariant value(int column) const;
    QString columnName(int column) const;

    const Status& status() const { return m_status; }

private:
    void fail(int code);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
};

// Turns an SQLite result code and message into a sentence for the user (disk full, read-only file, ...).
QString describeSqliteError(sqlite3* db, int code);

} // namespace rapport
