#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace rapport {

QList<Migration> loadMigrations() {
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({version, file, f.readAll()});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

} // namespace rapport
