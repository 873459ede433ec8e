#include "BackgroundQuery.h"

#include "storage/Database.h"

#include <QThread>

namespace rapport {

BackgroundQuery::BackgroundQuery(QObject* parent) : QObject(parent) {}

BackgroundQuery::~BackgroundQuery() {
    cancel();
    for (const QPointer<QThread>& thread : std::as_const(m_threads))
        if (thread) {
            thread->wait();
            delete thread.data();
        }
}

void BackgroundQuery::cancel() {
    if (m_cancelled)
        *m_cancelled = true;
}

void BackgroundQuery::start(const QString& databasePath,
                            std::function<Status(Database&, const Progress&)> work,
                            std::function<void(const Status&)> done) {
    cancel();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    const quint64 generation = ++m_generation;
    auto outcome = std::make_shared<Status>();
    QPointer<BackgroundQuery> self(this);
    QThread* thread = QThread::create([databasePath, work, outcome, cancelled, self] {
        Database db;
        *outcome = db.open(databasePath);
        if (!outcome->ok())
            return;
        const Progress progress = [cancelled, self](int step, int steps) {
            if (self)
                QMetaObject::invokeMethod(
                    self.data(), [self, step, steps] { emit self->progress(step, steps); },
                    Qt::QueuedConnection);
            return !cancelled->load();
        };
        *outcome = work(db, progress);
    });
    thread->setObjectName(QStringLiteral("dashboard"));
    connect(thread, &QThread::finished, this, [this, thread, generation, outcome, done] {
        m_threads.removeAll(thread);
        thread->deleteLater();
        if (--m_running == 0)
            emit busyChanged(false);
        if (generation == m_generation)
            done(*outcome);
    });
    m_threads << thread;
    if (m_running++ == 0)
        emit busyChanged(true);
    thread->start();
}

} // namespace rapport
