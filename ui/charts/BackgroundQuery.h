#pragma once

#include "util/Status.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rapport {

class Database;

// Runs read-only work (dashboards, drill-downs) on a worker thread with its own connection to the database
// file, then hands the outcome to the GUI thread. Starting a new job cancels the one before (its result is
// dropped); the destructor cancels and waits, so nothing outlives the page that asked.
class BackgroundQuery final : public QObject {
    Q_OBJECT
public:
    explicit BackgroundQuery(QObject* parent = nullptr);
    ~BackgroundQuery() override;

    // `work` runs on the worker; it may call `progress(done, total)`, which returns false once cancelled.
    // `done` runs on the GUI thread unless a newer job was started meanwhile.
    using Progress = std::function<bool(int done, int total)>;
    void start(const QString& databasePath, std::function<Status(Database&, const Progress&)> work,
               std::function<void(const Status&)> done);
    void cancel();
    bool isRunning() const { return m_running > 0; }

signals:
    void progress(int done, int total);
    void busyChanged(bool busy);

private:
    struct Job;
    QList<QPointer<QThread>> m_threads;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_running = 0;
    quint64 m_generation = 0;
};

} // namespace rapport
