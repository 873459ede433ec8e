#pragma once

#include "storage/Statement.h"

#include <QVariant>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace rapport {

// Collects the importer's new rows for one table and writes them with multi-row INSERT statements
// (INSERT ... VALUES (...), (...), ...), as the demo generator does (core/demo/DemoBatch.h): one statement
// per few hundred rows instead of one per row. Text is copied once into an arena and bound without a further
// copy (the arena outlives each step). Rows still pending when the batch is destroyed are dropped; the
// importer flushes before it commits, and before anything that reads the table (an update of a duplicate).
class ImportBatch final {
public:
    // columns: the comma-separated column list; count: how many there are.
    ImportBatch(sqlite3* db, std::string_view table, std::string_view columns, int count);

    // Values of the row being built, by one-based column index, in any order; columns left unset are NULL.
    void bind(int column, qint64 value);
    void bind(int column, const QVariant& value);
    void bindText(int column, std::string_view text);
    void endRow();
    size_t pendingRows() const { return m_rows; }
    bool isFull() const { return m_rows >= m_capacity; }
    // Writes every pending row.
    Status flush();

private:
    struct Value {
        qint64 integer = 0;
        quint32 offset = 0;
        quint32 size = 0;
        quint8 kind = 0; // 0 null, 1 integer, 2 text
    };
    Value& slot(int column) {
        return m_values[m_rows * static_cast<size_t>(m_count) + static_cast<size_t>(column - 1)];
    }
    Statement& statementFor(size_t rows);

    sqlite3* m_db;
    std::string m_head; // "INSERT INTO table (columns) VALUES "
    int m_count;
    size_t m_capacity = 1;
    std::unique_ptr<Statement> m_full; // m_capacity rows
    std::unique_ptr<Statement> m_rest; // fewer, prepared for the last flush
    size_t m_restRows = 0;
    std::vector<Value> m_values;
    std::string m_arena;
    size_t m_rows = 0;
};

} // namespace rapport
