#include "storage/BatchInsert.h"

#include <sqlite3.h>

namespace rapport {
namespace {
constexpr int preferredLevel = 10; // up to 1024 rows per statement
} // namespace

BatchInsert::BatchInsert(sqlite3* db, std::string_view table, std::string_view columns, int count)
    : m_db(db), m_count(count) {
    m_head.append("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
    const int limit = db ? sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) : 999;
    while (m_maxLevel < preferredLevel && (2 << m_maxLevel) * count <= limit)
        ++m_maxLevel;
    m_statements.resize(static_cast<size_t>(m_maxLevel) + 1);
    m_values.resize(static_cast<size_t>(count));
}

void BatchInsert::bind(int column, qint64 value) {
    Value& v = slot(column);
    v.kind = 1;
    v.integer = value;
}

void BatchInsert::bindText(int column, std::string_view text) {
    Value& v = slot(column);
    v.kind = 2;
    v.offset = static_cast<quint32>(m_arena.size());
    v.size = static_cast<quint32>(text.size());
    m_arena.append(text);
}

void BatchInsert::bindBlob(int column, std::string_view bytes) {
    bindText(column, bytes);
    slot(column).kind = 3;
}

void BatchInsert::bind(int column, const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        bind(column, value.toLongLong());
        break;
    default:
        if (value.isNull())
            bindNull(column);
        else
            bindText(column, value.toString().toStdString());
    }
}

void BatchInsert::bindNull(int column) {
    slot(column).kind = 0;
}

void BatchInsert::endRow() {
    ++m_rows;
    m_values.resize((m_rows + 1) * static_cast<size_t>(m_count));
}

Statement& BatchInsert::statementFor(int rows, int level) {
    std::unique_ptr<Statement>& slot = m_statements[static_cast<size_t>(level)];
    if (!slot) {
        std::string sql = m_head;
        std::string row = "(";
        for (int i = 0; i < m_count; ++i)
            row.append(i == 0 ? "?" : ", ?");
        row.append(")");
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql.append(", ");
            sql.append(row);
        }
        slot = std::make_unique<Statement>(m_db, sql); // on failure it keeps its status for the caller
    }
    return *slot;
}

Status BatchInsert::writeRows(size_t first, int rows, int level) {
    Statement& statement = statementFor(rows, level);
    if (!statement.isValid())
        return statement.status().ok() ? Status::failure(QStringLiteral("cannot prepare the insert"))
                                       : statement.status();
    const Value* values = m_values.data() + first * static_cast<size_t>(m_count);
    const int parameters = rows * m_count;
    for (int i = 0; i < parameters; ++i) {
        const Value& v = values[i];
        if (v.kind == 1)
            statement.bind(i + 1, v.integer);
        else if (v.kind == 2)
            // The arena does not change until the statement has run, and exec() clears the bindings.
            statement.bindTextStatic(i + 1, std::string_view(m_arena).substr(v.offset, v.size));
        else if (v.kind == 3)
            statement.bindBlobStatic(i + 1, std::string_view(m_arena).substr(v.offset, v.size));
        else
            statement.bindNull(i + 1);
    }
    return statement.exec();
}

Status BatchInsert::flush() {
    size_t first = 0;
    for (int level = m_maxLevel; level >= 0 && first < m_rows; --level) {
        const size_t rows = size_t{1} << level;
        while (m_rows - first >= rows) {
            if (Status done = writeRows(first, static_cast<int>(rows), level); !done)
                return done;
            first += rows;
        }
    }
    m_rows = 0;
    m_values.assign(static_cast<size_t>(m_count), Value{});
    m_arena.clear();
    return Status::success();
}

} // namespace rapport
