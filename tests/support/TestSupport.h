#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace rapport {
class Database;
}

namespace rapport::test {

// The folder ../shared/testdata beside the checkout, or an empty string when it is absent (tests then SKIP).
QString sharedTestData();
// Reads a whole file as bytes (for "file is unchanged" assertions).
QByteArray readBytes(const QString& path);
// The first column of the first row a query gives as an integer (a count), or -1 when it gives no row.
qint64 queryCount(Database& db, const char* sql);

// A fresh database in its own temporary folder, built from the real migration chain.
class TempDatabase final {
public:
    TempDatabase();
    ~TempDatabase();
    Database& db() { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace rapport::test
