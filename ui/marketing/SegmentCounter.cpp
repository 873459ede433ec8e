#include "marketing/SegmentCounter.h"

#include "marketing/SegmentService.h"
#include "storage/Database.h"

#include <QThread>
#include <QTimer>

namespace rapport {

// Lives on the counter's thread with its own Database.
class SegmentCountWorker final : public QObject {
    Q_OBJECT
public:
    SegmentCountWorker(QString path, std::shared_ptr<std::atomic<int>> latest)
        : m_path(std::move(path)), m_latest(std::move(latest)) {}

public slots:
    void count(int generation, const QString& entity, const QJsonObject& criteria) {
        if (generation < m_latest->load())
            return; // a newer request is queued behind this one
        if (!m_db.isOpen()) {
            if (const Status opened = m_db.open(m_path); !opened) {
                emit done(generation, 0, opened.message());
                return;
            }
        }
        Status status;
        const qint64 n = SegmentService(m_db).count(entity, criteria, &status);
        emit done(generation, n, status.ok() ? QString() : status.message());
    }

signals:
    void done(int generation, qint64 count, const QString& error);

private:
    QString m_path;
    std::shared_ptr<std::atomic<int>> m_latest;
    Database m_db;
};

SegmentCounter::SegmentCounter(const QString& databasePath, QObject* parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<int>>(0)) {
    m_thread = new QThread(this);
    m_worker = new SegmentCountWorker(databasePath, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SegmentCountWorker::done, this,
            [this](int generation, qint64 count, const QString& error) {
                if (generation != m_latest->load())
                    return;
                if (error.isEmpty())
                    emit counted(count);
                else
                    emit failed(error);
            });
    m_thread->start();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &SegmentCounter::start);
}

SegmentCounter::~SegmentCounter() {
    m_thread->quit();
    m_thread->wait();
}

void SegmentCounter::setDebounceMs(int ms) {
    m_debounce->setInterval(ms);
}

void SegmentCounter::request(const QString& entity, const QJsonObject& criteria) {
    m_entity = entity;
    m_criteria = criteria;
    m_debounce->start();
    emit counting();
}

void SegmentCounter::start() {
    const int generation = ++*m_latest;
    QMetaObject::invokeMethod(m_worker, "count", Qt::QueuedConnection, Q_ARG(int, generation),
                              Q_ARG(QString, m_entity), Q_ARG(QJsonObject, m_criteria));
}

} // namespace rapport

#include "SegmentCounter.moc"
