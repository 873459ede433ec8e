// Times the event rules on a big database: each active rule's set-based event query alone (read only), then
// a full `rules run` that fires and writes, then a second run where nothing is new (the steady state the app
// sees after every edit). Works on a scratch copy unless --in-place is given.
// Usage: bench-rules [DB (default /work/rules-1m.db)] [--date yyyy-MM-dd] [--in-place] [--one-transaction]
// Make the database once with: rapport-cli --db /work/rules-1m.db demo --customers 1000000
#include "automation/RuleEngine.h"
#include "automation/RuleSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <cstdio>
#include <thread>
#include <vector>

using namespace rapport;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QDate today = QDate::currentDate();
    bool inPlace = false;
    bool oneTransaction = false;
    QString source = QStringLiteral("/work/rules-1m.db");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--date" && i + 1 < args.size())
            today = QDate::fromString(args[++i], Qt::ISODate);
        else if (args[i] == u"--in-place")
            inPlace = true;
        else if (args[i] == u"--one-transaction") // as before batches: the whole run in one transaction
            oneTransaction = true;
        else
            source = args[i];
    }
    QTemporaryDir dir(QFileInfo(source).absolutePath() + QStringLiteral("/bench-rules-XXXXXX"));
    QString path = source;
    QElapsedTimer timer;
    if (!inPlace) {
        path = QDir(dir.path()).filePath(QStringLiteral("rules.db"));
        timer.start();
        Database original;
        if (const Status opened = original.open(source); !opened) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(source), qPrintable(opened.message()));
            return 1;
        }
        if (const Status copied = original.saveCopy(path); !copied) {
            std::fprintf(stderr, "cannot copy: %s\n", qPrintable(copied.message()));
            return 1;
        }
        std::printf("scratch copy made in %.1f s\n", double(timer.elapsed()) / 1000.0);
    }
    Database db;
    if (const Status opened = db.open(path); !opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.message()));
        return 1;
    }
    const auto count = [&db](const char* table) {
        Statement s(db.handle(), std::string("SELECT count(*) FROM ") + table);
        return s.next() ? s.int64(0) : 0;
    };
    std::printf(
        "%lld customers, %lld contacts, %lld interactions, %lld opportunities, %lld quotes, %lld cases, "
        "%lld leads; judged on %s\n",
        static_cast<long long>(count("customers")), static_cast<long long>(count("contacts")),
        static_cast<long long>(count("interactions")), static_cast<long long>(count("opportunities")),
        static_cast<long long>(count("quotes")), static_cast<long long>(count("cases")),
        static_cast<long long>(count("leads")), qPrintable(today.toString(Qt::ISODate)));

    // Each rule's event query on its own: the set-based part, reading only.
    for (const Rule& rule : RuleStore(db).all()) {
        if (!rule.active)
            continue;
        Status status;
        const std::optional<EventQuery> query = RuleSql::eventQuery(rule, today, &status);
        if (!query) {
            std::printf("  %-28s skipped: %s\n", qPrintable(rule.name), qPrintable(status.message()));
            continue;
        }
        timer.restart();
        Statement statement(db.handle(), query->sql.toStdString());
        for (auto it = query->bound.cbegin(); it != query->bound.cend(); ++it)
            if (const int index = statement.parameterIndex(it.key().toUtf8().constData()); index > 0)
                statement.bind(index, it.value());
        qint64 events = 0;
        while (statement.next())
            ++events;
        std::printf("  %-28s %-16s %8lld new events in %7.1f ms\n", qPrintable(rule.name),
                    qPrintable(rule.event), static_cast<long long>(events),
                    double(timer.nsecsElapsed()) / 1e6);
    }

    for (const char* label : {"first run (fires and writes)", "second run (nothing new)"}) {
        // Meanwhile another connection writes every 250 ms, as the window does when the user edits: how long
        // each write waits for the run's write lock, and whether any gives up ("database busy" after 5 s).
        std::atomic<bool> running{true};
        std::vector<double> waits;
        int busy = 0;
        std::thread window([&] {
            Database other;
            if (!other.open(path))
                return;
            while (running.load()) {
                QElapsedTimer wait;
                wait.start();
                Statement write(other.handle(), "UPDATE users SET updated_at = updated_at WHERE id = "
                                                "(SELECT min(id) FROM users)");
                if (write.exec())
                    waits.push_back(double(wait.nsecsElapsed()) / 1e6);
                else
                    ++busy;
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
        });
        timer.restart();
        RuleEngine engine(db);
        if (oneTransaction)
            engine.setBatching({INT_MAX, INT_MAX, 0});
        const RuleRun run = engine.run(today);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        running = false;
        window.join();
        std::sort(waits.begin(), waits.end());
        std::printf(
            "  writes by another connection meanwhile: %zu done, %d busy; wait median %.1f ms, max %.1f "
            "ms\n",
            waits.size(), busy, waits.empty() ? 0.0 : waits[waits.size() / 2],
            waits.empty() ? 0.0 : waits.back());
        if (!run.status) {
            std::fprintf(stderr, "run failed: %s\n", qPrintable(run.status.message()));
            return 1;
        }
        std::printf("%s: %d rules, %lld firings, %lld problems in %.1f ms\n", label, run.rulesEvaluated,
                    static_cast<long long>(run.firings.size()), static_cast<long long>(run.problems.size()),
                    ms);
        std::fflush(stdout);
    }
    return 0;
}
