#include "marketing/MarketingJob.h"

#include "storage/Database.h"

namespace rapport {

MarketingJob::MarketingJob(QString databasePath, Work work, QObject* parent)
    : QThread(parent), m_path(std::move(databasePath)), m_work(std::move(work)) {}

void MarketingJob::run() {
    Database db;
    if (const Status opened = db.open(m_path); !opened) {
        emit done(false, opened.message());
        return;
    }
    QString summary;
    const Status status = m_work(
        db,
        [this](qint64 n, qint64 total) {
            emit progressed(n, total);
            return !m_cancelled.load();
        },
        &summary);
    emit done(status.ok(), status.ok() ? summary : status.message());
}

} // namespace rapport
