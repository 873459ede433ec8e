#pragma once

#include <QJsonObject>
#include <QObject>
#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace rapport {

class SegmentCountWorker;

// Counts a segment's matches off the GUI thread, on its own connection to the database file, at most a
// quarter second after the last change: the builder asks after every edit, only the newest answer is shown.
class SegmentCounter final : public QObject {
    Q_OBJECT
public:
    SegmentCounter(const QString& databasePath, QObject* parent = nullptr);
    ~SegmentCounter() override;
    void setDebounceMs(int ms);
    // Schedules a count of these criteria (replacing any not yet started).
    void request(const QString& entity, const QJsonObject& criteria);

signals:
    void counting();
    void counted(qint64 count);
    void failed(const QString& message);

private:
    void start();
    QThread* m_thread = nullptr;
    SegmentCountWorker* m_worker = nullptr;
    QTimer* m_debounce = nullptr;
    QString m_entity;
    QJsonObject m_criteria;
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace rapport
