#include "alerts/BackgroundRefresh.h"

#include "storage/Database.h"

#include <QThread>

namespace rapport {

BackgroundRefresh::BackgroundRefresh(QString databasePath, int debounceMs, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BackgroundRefresh::runNow);
}

BackgroundRefresh::~BackgroundRefresh() {
    if (m_thread)
        m_thread->wait();
}

bool BackgroundRefresh::isBusy() const {
    return m_debounce.isActive() || m_running || m_again;
}

void BackgroundRefresh::request() {
    m_debounce.start();
}

void BackgroundRefresh::runNow() {
    m_debounce.stop();
    if (m_thread && m_thread->isRunning()) {
        m_again = true;
        return;
    }
    launch();
}

void BackgroundRefresh::launch() {
    if (!m_job)
        return;
    m_again = false;
    m_running = true;
    emit started();
    const Job job = m_job;
    QPointer<BackgroundRefresh> self(this);
    m_thread = QThread::create([job, path = m_path, self] {
        Database db;
        Deliver deliver;
        if (db.open(path))
            deliver = job(db);
        db.close();
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, deliver] {
                self->m_running = false; // a run asked for meanwhile (m_again) keeps it busy
                if (deliver)
                    deliver();
                if (self)
                    emit self->finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("background-refresh"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_again)
            launch();
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

} // namespace rapport
