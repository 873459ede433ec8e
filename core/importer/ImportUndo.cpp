#include "importer/ImportUndo.h"

#include "importer/ImportSchema.h"
#include "repository/FieldNormalizer.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

namespace rapport {
namespace {

// The tables an import of this entity creates records in, children first (the order they are deleted in).
QStringList createdTables(const QString& entity) {
    ImportEntity kind = ImportEntity::Contact;
    if (!parseImportEntity(entity, &kind))
        return {};
    const QString table = ImportSchema(kind).descriptor().table;
    if (kind == ImportEntity::Customer)
        return {table};
    if (kind == ImportEntity::Lead) // the tasks the assignment rules gave the reps for the new leads
        return {QStringLiteral("tasks"), table};
    return {table, QStringLiteral("customers")}; // the organisations found by name and created once
}

// Records an import created: its stamp as created_at and an id made after the run's own.
QString createdWhere() {
    return QStringLiteral("created_at = ?1 AND id > ?2");
}

QStringList columnsOf(sqlite3* db, const QString& table) {
    Statement s(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    s.bind(1, table);
    QStringList columns;
    while (s.next())
        columns << s.text(0);
    return columns;
}

qint64 count(sqlite3* db, const QString& sql, const ImportRun& run, Status& status) {
    Statement s(db, sql.toStdString());
    s.bind(1, run.stamp).bind(2, run.id);
    const qint64 n = s.next() ? s.int64(0) : 0;
    if (!s.status())
        status = s.status();
    return n;
}

// The earliest saved previous values of each record the import updated (a record updated twice by the same
// file keeps the values from before the file).
QString previousSql() {
    return QStringLiteral("SELECT u.table_name, u.record_id, u.previous FROM import_run_updates u "
                          "WHERE u.run_id = ?1 AND u.id = (SELECT min(v.id) FROM import_run_updates v "
                          "WHERE v.run_id = u.run_id AND v.table_name = u.table_name AND "
                          "v.record_id = u.record_id) ORDER BY u.id");
}

} // namespace

QString ImportUndoCheck::describe() const {
    QStringList parts;
    if (editedSince > 0)
        parts << ImportUndo::tr("%n record(s) were edited after the import; undoing it discards those edits.",
                                nullptr, static_cast<int>(editedSince));
    if (missingSince > 0)
        parts << ImportUndo::tr("%n updated record(s) were deleted since and stay deleted.", nullptr,
                                static_cast<int>(missingSince));
    if (dependents > 0)
        parts << ImportUndo::tr(
            "%n record(s) added since refer to imported records and are removed or unlinked with them.",
            nullptr, static_cast<int>(dependents));
    return parts.join(QLatin1Char(' '));
}

QList<ImportRun> ImportUndo::history(Status* status) const {
    Statement s(m_db.handle(),
                "SELECT id, entity, coalesce(file_name, ''), stamp, created, updated, skipped, "
                "rejected, coalesce(reverted_at, '') FROM import_runs ORDER BY stamp DESC, id DESC");
    QList<ImportRun> runs;
    while (s.next()) {
        ImportRun run;
        run.id = s.int64(0);
        run.entity = s.text(1);
        run.fileName = s.text(2);
        run.stamp = s.text(3);
        run.created = s.int64(4);
        run.updated = s.int64(5);
        run.skipped = s.int64(6);
        run.rejected = s.int64(7);
        run.revertedAt = s.text(8);
        runs.append(run);
    }
    if (status)
        *status = s.status();
    return runs;
}

ImportRun ImportUndo::find(qint64 runId, Status* status) const {
    Status listed;
    for (const ImportRun& run : history(&listed))
        if (run.id == runId) {
            *status = Status::success();
            return run;
        }
    *status =
        listed ? Status::failure(tr("There is no import %1 in the import history.").arg(runId)) : listed;
    return {};
}

ImportUndoCheck ImportUndo::check(qint64 runId) const {
    ImportUndoCheck result;
    const ImportRun run = find(runId, &result.status);
    return result.status ? check(run) : result;
}

ImportUndoCheck ImportUndo::check(const ImportRun& run) const {
    ImportUndoCheck result;
    sqlite3* db = m_db.handle();
    const QStringList tables = createdTables(run.entity);
    if (tables.isEmpty()) {
        result.status = Status::failure(tr("Imports of “%1” cannot be undone.").arg(run.entity));
        return result;
    }
    for (const QString& table : tables) {
        const QString t = quotedIdentifier(table);
        result.toDelete +=
            count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(t, createdWhere()), run,
                  result.status);
        result.editedSince +=
            count(db,
                  QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND updated_at IS NOT ?1")
                      .arg(t, createdWhere()),
                  run, result.status);
        // Records added since (by hand, by another import) that refer to the records this import created.
        Statement references(
            db, "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                "WHERE m.type = 'table' AND f.\"table\" = ?1");
        references.bind(1, table);
        while (references.next()) {
            const QString child = references.text(0);
            const QString column = references.text(1);
            QString sql =
                QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IN (SELECT id FROM %3 WHERE %4)")
                    .arg(quotedIdentifier(child), quotedIdentifier(column), t, createdWhere());
            if (tables.contains(child))
                sql += QStringLiteral(" AND NOT (c.created_at = ?1 AND c.id > ?2)");
            result.dependents += count(db, sql, run, result.status);
        }
        if (!references.status())
            result.status = references.status();
    }
    Statement previous(db, previousSql().toStdString());
    previous.bind(1, run.id);
    while (previous.next()) {
        ++result.toRestore;
        const QString table = previous.text(0);
        Statement now(db, QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?1")
                              .arg(quotedIdentifier(table))
                              .toStdString());
        now.bind(1, previous.int64(1));
        if (!now.next())
            ++result.missingSince;
        else if (now.text(0) != run.stamp)
            ++result.editedSince;
    }
    if (!previous.status())
        result.status = previous.status();
    return result;
}

ImportUndoResult ImportUndo::revert(qint64 runId, bool force) {
    ImportUndoResult result;
    sqlite3* db = m_db.handle();
    Transaction transaction(db);
    if (!(result.status = transaction.status()))
        return result;
    const ImportRun run = find(runId, &result.status);
    if (!result.status)
        return result;
    if (run.isReverted()) {
        result.status = Status::failure(
            tr("Import %1 (%2) was already undone on %3.").arg(run.id).arg(run.fileName, run.revertedAt));
        return result;
    }
    result.check = check(run);
    if (!(result.status = result.check.status))
        return result;
    if (!result.check.isClean() && !force) {
        result.needsConfirmation = true;
        result.status = Status::failure(tr("Records were changed since import %1 (%2). %3")
                                            .arg(run.id)
                                            .arg(run.fileName, result.check.describe()));
        return result;
    }
    // 1. The records it updated get their previous values back (columns absent from the saved values stay).
    Statement previous(db, previousSql().toStdString());
    previous.bind(1, run.id);
    while (previous.next()) {
        const QString table = previous.text(0);
        const QStringList columns = columnsOf(db, table);
        if (columns.isEmpty())
            continue;
        QStringList sets;
        for (const QString& column : columns) {
            if (column == u"id")
                continue;
            const QString path = QStringLiteral("'$.%1'").arg(
                quotedIdentifier(column).replace(QLatin1Char('\''), QStringLiteral("''")));
            sets << QStringLiteral(
                        "%1 = CASE WHEN json_type(?1, %2) IS NULL THEN %1 ELSE json_extract(?1, %2) END")
                        .arg(quotedIdentifier(column), path);
        }
        Statement restore(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?2")
                                  .arg(quotedIdentifier(table), sets.join(QStringLiteral(", ")))
                                  .toStdString());
        restore.bindText(1, previous.utf8(2)).bind(2, previous.int64(1));
        if (!(result.status = restore.exec()))
            return result;
        result.restored += sqlite3_changes(db);
    }
    if (!(result.status = previous.status()))
        return result;
    // 2. The records it created, children before the organisations they were linked to.
    for (const QString& table : createdTables(run.entity)) {
        Statement remove(db, QStringLiteral("DELETE FROM %1 WHERE %2")
                                 .arg(quotedIdentifier(table), createdWhere())
                                 .toStdString());
        remove.bind(1, run.stamp).bind(2, run.id);
        if (!(result.status = remove.exec()))
            return result;
        result.deleted += sqlite3_changes(db);
    }
    // 3. The history keeps the import, marked as undone.
    Statement mark(db, "UPDATE import_runs SET reverted_at = ?1, updated_at = ?1 WHERE id = ?2");
    mark.bind(1, FieldNormalizer::nowUtc()).bind(2, run.id);
    if (!(result.status = mark.exec()))
        return result;
    result.status = transaction.commit();
    if (!result.status)
        result.deleted = result.restored = 0;
    return result;
}

} // namespace rapport
