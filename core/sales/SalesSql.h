#pragma once

#include "storage/Statement.h"

#include <QList>
#include <QVariantMap>

namespace rapport::sales {

// Small helpers for the sales services: run a statement with bound values and read its rows as maps keyed
// by column name.
QList<QVariantMap> rows(sqlite3* db, std::string_view sql, const QVariantList& bound = {});
QVariantMap row(sqlite3* db, std::string_view sql, const QVariantList& bound = {});
QVariant scalar(sqlite3* db, std::string_view sql, const QVariantList& bound = {});
Status exec(sqlite3* db, std::string_view sql, const QVariantList& bound = {});
QString nowUtc();

} // namespace rapport::sales
