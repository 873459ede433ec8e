// The search index's build speed on its own: the documents of a database's contacts (or customers), read
// into memory first, are indexed into a new FTS5 table of the same definition in a scratch file, on one
// thread, as the bulk loads' side build does. Prints the CPU time of each round.
//
// Usage: bench-search-build DATABASE [contact|customer] [DOCUMENTS] [ROUNDS] [HASHSIZE] [PAGESIZE]
#include "storage/SearchTokenizer.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {
double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench-search-build DATABASE [contact|customer] [DOCUMENTS] [ROUNDS] "
                             "[HASHSIZE] [PAGESIZE]\n");
        return 2;
    }
    const std::string entity = args.size() > 2 ? args.at(2).toStdString() : "contact";
    const qint64 limit = args.size() > 3 ? args.at(3).toLongLong() : 500000;
    const int rounds = args.size() > 4 ? args.at(4).toInt() : 3;
    // FTS5's buffer of pending terms; the side build's is 32 MiB (storage/SearchSideBuild.cpp).
    const qint64 hashSize = args.size() > 5 ? args.at(5).toLongLong() : 32 * 1024 * 1024;
    // The scratch file's page size; the side build's is 64 KiB.
    const qint64 pageSize = args.size() > 6 ? args.at(6).toLongLong() : 65536;
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(args.at(1).toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    std::vector<std::pair<qint64, std::string>> documents;
    {
        rapport::Statement read(source,
                                "SELECT id, c0 FROM " + entity + "_search_content ORDER BY id LIMIT ?1");
        read.bind(1, limit);
        while (read.next())
            documents.emplace_back(read.int64(0), std::string(read.utf8(1)));
    }
    sqlite3_close(source);
    std::printf("%zu %s documents\n", documents.size(), entity.c_str());
    QTemporaryDir dir;
    for (int round = 0; round < rounds; ++round) {
        sqlite3* side = nullptr;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("round-%1.db").arg(round));
        sqlite3_open_v2(path.toUtf8().constData(), &side, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr);
        rapport::registerSearchTokenizer(side);
        rapport::Statement(side, QStringLiteral("PRAGMA page_size = %1").arg(pageSize).toStdString()).exec();
        for (const char* sql :
             {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -8192",
              "CREATE VIRTUAL TABLE s USING fts5(doc, tokenize = 'rapport_trigram', detail = none, "
              "columnsize = 0)",
              "BEGIN"})
            sqlite3_exec(side, sql, nullptr, nullptr, nullptr);
        rapport::Statement(side, "INSERT INTO s (s, rank) VALUES ('hashsize', ?1)").bind(1, hashSize).exec();
        const double start = threadCpuSeconds();
        {
            rapport::Statement insert(side, "INSERT INTO s (rowid, doc) VALUES (?1, ?2)");
            for (const auto& [id, doc] : documents) {
                insert.bind(1, id).bindText(2, doc);
                insert.exec();
            }
        }
        sqlite3_exec(side, "COMMIT", nullptr, nullptr, nullptr);
        const double seconds = threadCpuSeconds() - start;
        std::printf("round %d: %.2f s CPU, %.0f ns per document\n", round + 1, seconds,
                    seconds * 1e9 / double(std::max<size_t>(documents.size(), 1)));
        sqlite3_close(side);
    }
    return 0;
}
