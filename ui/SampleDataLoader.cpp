#include "SampleDataLoader.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QThread>

namespace rapport {

SampleDataLoader::SampleDataLoader(QObject* parent) : QObject(parent) {}

SampleDataLoader::~SampleDataLoader() {
    m_cancelled = true;
    if (m_thread)
        m_thread->wait();
}

bool SampleDataLoader::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void SampleDataLoader::start(const QString& databasePath, qint64 customers) {
    if (isRunning())
        return;
    m_cancelled = false;
    m_thread = QThread::create([this, databasePath, customers] {
        Database db;
        Status status = db.open(databasePath);
        if (status) {
            DemoOptions options;
            options.customers = customers;
            options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
            DemoGenerator generator;
            status = generator.generate(db, options, [this](qint64 done, qint64 total) {
                emit progress(done, total);
                return !m_cancelled.load();
            });
        }
        const bool cancelled = m_cancelled.load();
        emit finished(status ? QString() : status.message(), cancelled && !status);
    });
    m_thread->setObjectName(QStringLiteral("sample-data"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

} // namespace rapport
