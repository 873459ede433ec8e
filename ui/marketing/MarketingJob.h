#pragma once

#include "marketing/CampaignExport.h"
#include "util/Status.h"

#include <QThread>
#include <atomic>
#include <functional>

namespace rapport {

class Database;

// One long campaign action (launch, export, importing responses) run on its own thread and its own
// connection to the database file, with progress and cancel. `work` gets the connection and a progress
// callback that returns false once cancel() was called; its Status and summary come back in finished().
class MarketingJob final : public QThread {
    Q_OBJECT
public:
    using Work = std::function<Status(Database& db, const ExportProgress& progress, QString* summary)>;
    MarketingJob(QString databasePath, Work work, QObject* parent = nullptr);
    void cancel() { m_cancelled = true; }

signals:
    void progressed(qint64 done, qint64 total);
    void done(bool ok, const QString& message);

protected:
    void run() override;

private:
    QString m_path;
    Work m_work;
    std::atomic<bool> m_cancelled{false};
};

} // namespace rapport
