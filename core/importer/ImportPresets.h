#pragma once

#include "importer/ImportTypes.h"

#include <QCoreApplication>

namespace rapport {

class Database;

// Named column mappings (and the options that go with them), kept in the database so a weekly export from
// another system is imported the same way every time.
class ImportPresets final {
    Q_DECLARE_TR_FUNCTIONS(ImportPresets)
public:
    explicit ImportPresets(Database& db) : m_db(db) {}

    Status save(const QString& name, const ImportOptions& options);
    // Fills mapping, delimiter, encoding, region, date order and duplicate policy of `options`.
    Status load(const QString& name, ImportOptions& options) const;
    QStringList names(ImportEntity entity) const;
    Status remove(const QString& name);

private:
    Database& m_db;
};

} // namespace rapport
