#pragma once

#include "storage/Statement.h"

#include <QList>
#include <QVariantMap>

namespace rapport::marketing {

// Prepares SQL the marketing services wrote themselves and binds the values in order (1-based).
Statement prepare(sqlite3* db, const QString& sql, const QVariantList& bound = {});
// One value of the first row (invalid when there is no row); sets *status on an SQL error.
QVariant scalar(sqlite3* db, const QString& sql, const QVariantList& bound, Status* status);
// Rows as maps keyed by column name; sets *status on an SQL error.
QList<QVariantMap> rows(sqlite3* db, const QString& sql, const QVariantList& bound, Status* status);
Status exec(sqlite3* db, const QString& sql, const QVariantList& bound = {});

} // namespace rapport::marketing
