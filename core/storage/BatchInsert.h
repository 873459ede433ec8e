#pragma once

#include "storage/Statement.h"

#include <QVariant>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace rapport {

// Collects rows for one table and writes them with multi-row INSERT statements (VALUES (...), (...), ...).
// Fewer statements matter here beyond the per-statement overhead: each INSERT statement that fires the
// full-text triggers opens a statement savepoint, and FTS5 flushes its pending index data to a new segment at
// every savepoint, so row-by-row inserts would write (and then merge) one tiny segment per row.
class BatchInsert final {
public:
    // columns: the comma-separated column list; count: how many there are.
    BatchInsert(sqlite3* db, std::string_view table, std::string_view columns, int count);

    // Values of the row being built, by one-based column index, in any order; every column must be set.
    void bind(int column, qint64 value);
    void bindText(int column, std::string_view text);
    void bindBlob(int column, std::string_view bytes);
    void bindNull(int column);
    // Whole numbers as integers, anything else as its text; a null value leaves the column NULL.
    void bind(int column, const QVariant& value);
    void endRow();
    size_t pendingRows() const { return m_rows; }
    // As many rows as the largest statement holds: a good moment to flush.
    bool isFull() const { return m_rows >= (size_t{1} << m_maxLevel); }
    // Writes every pending row: as many of the largest statements as fit, the rest in halving sizes.
    Status flush();

private:
    struct Value {
        qint64 integer = 0;
        quint32 offset = 0;
        quint32 size = 0;
        quint8 kind = 0; // 0 null, 1 integer, 2 text, 3 blob
    };
    Value& slot(int column) {
        return m_values[m_rows * static_cast<size_t>(m_count) + static_cast<size_t>(column - 1)];
    }
    Statement& statementFor(int rows, int level);
    Status writeRows(size_t first, int rows, int level);

    sqlite3* m_db;
    std::string m_head; // "INSERT INTO table (columns) VALUES "
    int m_count;
    int m_maxLevel = 0;                                   // the largest statement holds 2^m_maxLevel rows
    std::vector<std::unique_ptr<Statement>> m_statements; // by level, prepared on first use
    std::vector<Value> m_values;
    std::string m_arena;
    size_t m_rows = 0;
};

} // namespace rapport
