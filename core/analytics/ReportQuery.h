#pragma once

#include "storage/Statement.h"

#include <QString>
#include <QVariantList>

namespace rapport::analytics {

// Runs one report query with bound values and hands every row to `row`; the status of the query is the
// result. Every report in core/analytics reads the database through this.
template <typename RowFunction>
Status forEachRow(sqlite3* db, const QString& sql, const QVariantList& values, RowFunction row) {
    const QByteArray text = sql.toUtf8();
    Statement query(db, std::string_view(text.constData(), size_t(text.size())));
    for (int i = 0; i < values.size(); ++i)
        query.bind(i + 1, values.at(i));
    while (query.next())
        row(query);
    return query.status();
}

inline void setStatus(Status* out, const Status& status) {
    if (out)
        *out = status;
}

} // namespace rapport::analytics
