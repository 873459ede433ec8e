#pragma once

#include <QObject>
#include <QPointer>
#include <atomic>

class QThread;

namespace rapport {

// Fills a database with sample data on a worker thread, on its own connection to the same file, reporting
// progress; cancelling leaves the database as it was (the generator works in one transaction).
class SampleDataLoader final : public QObject {
    Q_OBJECT
public:
    explicit SampleDataLoader(QObject* parent = nullptr);
    ~SampleDataLoader() override;

    void start(const QString& databasePath, qint64 customers);
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

signals:
    void progress(qint64 done, qint64 total);
    // message is empty on success; cancelled tells a cancel from an error.
    void finished(const QString& message, bool cancelled);

private:
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancelled{false};
};

} // namespace rapport
