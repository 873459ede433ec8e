#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <stdexcept>

namespace rapport::test {

QString sharedTestData() {
    const QString dir = QStringLiteral(RAPPORT_SHARED_TESTDATA);
    return QFileInfo(dir).isDir() ? dir : QString();
}

qint64 queryCount(Database& db, const char* sql) {
    Statement s(db.handle(), sql);
    return s.next() ? s.int64(0) : -1;
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

TempDatabase::TempDatabase() : m_db(std::make_unique<Database>()) {
    const Status opened = m_db->open(path());
    if (!opened)
        throw std::runtime_error(opened.message().toStdString());
}

TempDatabase::~TempDatabase() = default;

QString TempDatabase::path() const {
    return QDir(m_dir.path()).filePath(QStringLiteral("test.db"));
}

} // namespace rapport::test
