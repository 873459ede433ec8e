#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class Database;

// PRAGMA integrity_check plus Rapport's own rules: foreign keys hold, the search index and the derived data
// (latest interaction, tag items) match the records, sort keys are current, ids are positive, and "me" is a
// real user. Returns the problems found (empty:
// healthy).
class ConsistencyCheck final {
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)
public:
    static QStringList run(Database& db);
};

} // namespace rapport
