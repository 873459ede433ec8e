#include "importer/ImportBatch.h"

#include <sqlite3.h>

namespace rapport {
namespace {
constexpr size_t preferredRows = 256;
} // namespace

ImportBatch::ImportBatch(sqlite3* db, std::string_view table, std::string_view columns, int count)
    : m_db(db), m_count(count) {
    m_head.append("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
    const int limit = db ? sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) : 999;
    m_capacity =
        std::max<size_t>(1, std::min(preferredRows, static_cast<size_t>(limit / std::max(1, count))));
    m_values.resize(m_capacity * static_cast<size_t>(count));
    m_arena.reserve(m_capacity * 256);
}

void ImportBatch::bind(int column, qint64 value) {
    Value& v = slot(column);
    v.kind = 1;
    v.integer = value;
}

void ImportBatch::bind(int column, const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        bind(column, value.toLongLong());
        break;
    default:
        if (!value.isNull())
            bindText(column, value.toString().toStdString());
    }
}

void ImportBatch::bindText(int column, std::string_view text) {
    Value& v = slot(column);
    v.kind = 2;
    v.offset = static_cast<quint32>(m_arena.size());
    v.size = static_cast<quint32>(text.size());
    m_arena.append(text);
}

void ImportBatch::endRow() {
    ++m_rows;
}

Statement& ImportBatch::statementFor(size_t rows) {
    std::unique_ptr<Statement>& slot = rows == m_capacity ? m_full : m_rest;
    if (!slot || (slot == m_rest && m_restRows != rows)) {
        std::string sql = m_head;
        std::string row = "(";
        for (int i = 0; i < m_count; ++i)
            row.append(i == 0 ? "?" : ",?");
        row.append(")");
        for (size_t r = 0; r < rows; ++r) {
            if (r > 0)
                sql.append(",");
            sql.append(row);
        }
        slot = std::make_unique<Statement>(m_db, sql); // on failure it keeps its status for the caller
        if (rows != m_capacity)
            m_restRows = rows;
    }
    return *slot;
}

Status ImportBatch::flush() {
    if (m_rows == 0)
        return Status::success();
    Statement& statement = statementFor(m_rows);
    if (!statement.isValid())
        return statement.status().ok() ? Status::failure(QStringLiteral("cannot prepare the insert"))
                                       : statement.status();
    const int parameters = static_cast<int>(m_rows) * m_count;
    for (int i = 0; i < parameters; ++i) {
        const Value& v = m_values[static_cast<size_t>(i)];
        if (v.kind == 1)
            statement.bind(i + 1, v.integer);
        else if (v.kind == 2)
            statement.bindTextStatic(i + 1, std::string_view(m_arena).substr(v.offset, v.size));
    }
    const Status done = statement.exec(); // exec resets and clears the bindings: unset columns stay NULL
    m_rows = 0;
    std::fill(m_values.begin(), m_values.end(), Value{});
    m_arena.clear();
    return done;
}

} // namespace rapport
