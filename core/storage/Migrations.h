#pragma once

#include <QList>
#include <QString>

namespace rapport {

// The numbered SQL migrations compiled into the program from resources/sql/NNNN_name.sql.
struct Migration {
    int version = 0;
    QString name;
    QByteArray sql;
};

QList<Migration> loadMigrations();

} // namespace rapport
