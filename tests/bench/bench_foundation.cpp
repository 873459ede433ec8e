// Foundation benchmark: on a database with N customers (generated with the demo data when the file does not
// exist), measures opening the database and showing the first page of the customer list, jumping to the
// middle of the list, and the first 50 search hits. Prints medians in milliseconds.
//   bench-foundation [DATABASE] [--customers N]
#include "demo/DemoGenerator.h"
#include "models/RecordListModel.h"
#include "search/SearchService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rapport;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    qint64 customers = 1000000;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--customers"));
        at >= 0 && at + 1 < arguments.size()) {
        customers = arguments.at(at + 1).toLongLong();
        arguments.remove(at, 2);
    }
    QTemporaryDir temp;
    const QString path = arguments.isEmpty() ? temp.filePath(QStringLiteral("bench.db")) : arguments.first();
    if (!QFileInfo::exists(path)) {
        Database db;
        if (const Status opened = db.open(path); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (const Status made = DemoGenerator().generate(db, {customers, 1, {}}); !made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
        std::printf("generated %lld customers with demo in %.1f s\n", static_cast<long long>(customers),
                    elapsedMs(timer) / 1000);
    }

    std::vector<double> openAndFirstPage;
    std::vector<double> jumpToMiddle;
    std::vector<double> jumpWithoutAnchors;
    std::vector<double> anchorsRead;
    int total = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        Database db;
        if (!db.open(path))
            return 1;
        RecordListModel model(db, EntityCatalog::customer());
        for (int row = 0; row < 50; ++row)
            model.data(model.index(row, 0));
        openAndFirstPage.push_back(elapsedMs(timer));
        total = model.rowCount();
        // The list reads its anchors on a thread of its own while the user looks at the first page; a jump
        // after that starts from the nearest anchor.
        timer.restart();
        while (!model.hasAnchorsThroughout() && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        anchorsRead.push_back(elapsedMs(timer));
        timer.restart();
        for (int row = total / 2; row < total / 2 + 50; ++row)
            model.data(model.index(row, 0));
        jumpToMiddle.push_back(elapsedMs(timer));
        // A jump before the anchors are there: an index-only OFFSET skip over half the list.
        RecordListModel early(db, EntityCatalog::customer());
        timer.restart();
        for (int row = total / 2; row < total / 2 + 50; ++row)
            early.data(early.index(row, 0));
        jumpWithoutAnchors.push_back(elapsedMs(timer));
    }

    Database db;
    if (!db.open(path))
        return 1;
    SearchService search(db);
    const QStringList queries{QStringLiteral("kowal"),     QStringLiteral("ελενη"),  QStringLiteral("иван"),
                              QStringLiteral("garcia"),    QStringLiteral("رضایی"),  QStringLiteral("krakow"),
                              QStringLiteral("smith ltd"), QStringLiteral("@wp.pl"), QStringLiteral("555"),
                              QStringLiteral("zzqx")};
    std::vector<double> searchTimes;
    for (int run = 0; run < 5; ++run) {
        for (const QString& query : queries) {
            QElapsedTimer timer;
            timer.start();
            const QList<SearchHit> hits = search.search(query, 50);
            searchTimes.push_back(elapsedMs(timer));
            if (run == 0)
                std::printf("  search %-12s %3lld hits\n", qPrintable(query),
                            static_cast<long long>(hits.size()));
        }
    }
    std::printf("customers in list: %d\n", total);
    std::printf("open database + first page of customers: median %.1f ms (target <= 100)\n",
                median(openAndFirstPage));
    std::printf("anchors of the whole list read in the background: median %.1f ms after the first page\n",
                median(anchorsRead));
    std::printf("jump to the middle of the list: median %.1f ms (target <= 50); before the anchors are read: "
                "median %.1f ms\n",
                median(jumpToMiddle), median(jumpWithoutAnchors));
    std::printf("first 50 search hits: median %.1f ms, worst %.1f ms (target median <= 20)\n",
                median(searchTimes), *std::max_element(searchTimes.begin(), searchTimes.end()));
    return 0;
}
