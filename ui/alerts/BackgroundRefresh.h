#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QThread;

namespace rapport {

class Database;

// Runs a read-only job off the GUI thread, on its own connection to the database file, one run at a time.
// request() waits for a quiet moment (the debounce delay) so a burst of changes costs one run; a request
// while a run is going makes one more run when it ends. The job returns what to do with its results, which
// runs on the GUI thread (and not at all once this object is gone).
class BackgroundRefresh final : public QObject {
    Q_OBJECT
public:
    using Deliver = std::function<void()>;
    using Job = std::function<Deliver(Database& db)>;

    BackgroundRefresh(QString databasePath, int debounceMs, QObject* parent = nullptr);
    ~BackgroundRefresh() override;

    void setJob(Job job) { m_job = std::move(job); }
    // Runs after the debounce delay.
    void request();
    // Runs as soon as no run is going.
    void runNow();
    // From request() or runNow() until the results of the last run asked for have been delivered.
    bool isBusy() const;

signals:
    void started();
    void finished();

private:
    void launch();
    QString m_path;
    Job m_job;
    QTimer m_debounce;
    QPointer<QThread> m_thread;
    bool m_again = false;
    bool m_running = false; // launched, results not yet delivered
};

} // namespace rapport
