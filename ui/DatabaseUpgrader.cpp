#include "DatabaseUpgrader.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace rapport {

DatabaseUpgrader::DatabaseUpgrader(QObject* parent) : QObject(parent) {}

DatabaseUpgrader::~DatabaseUpgrader() {
    m_cancelled = true;
    if (m_thread)
        m_thread->wait();
}

QString DatabaseUpgrader::upgrade(const QString& path, QWidget* window) {
    m_cancelled = false;
    QProgressDialog progress(tr("Upgrading %1 to this version of Rapport…").arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, 0, window);
    progress.setObjectName(QStringLiteral("upgradeProgress"));
    progress.setWindowTitle(tr("Upgrading the database"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    connect(&progress, &QProgressDialog::canceled, this, [this, &progress] {
        m_cancelled = true;
        progress.setLabelText(tr("Cancelling…"));
    });

    QString message;
    QEventLoop loop;
    connect(this, &DatabaseUpgrader::finished, &loop, [&](const QString& result) {
        message = result;
        loop.quit();
    });
    m_thread = QThread::create([this, path] {
        Database db;
        const Status opened = db.open(path, &m_cancelled);
        emit finished(opened ? QString() : opened.message());
    });
    m_thread->setObjectName(QStringLiteral("database-upgrade"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    progress.show();
    m_thread->start();
    loop.exec();
    if (m_thread) // the worker has emitted its result; let it end (it may already be deleted)
        m_thread->wait();
    return message;
}

} // namespace rapport
