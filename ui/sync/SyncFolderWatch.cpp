#include "sync/SyncFolderWatch.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace rapport {
namespace {

// A file younger than this may still be being written (a copy onto a shared folder or a USB stick).
constexpr qint64 settleMs = 1000;

} // namespace

SyncFolderWatch::SyncFolderWatch(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(QFileInfo(databasePath).absoluteFilePath()) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    m_settle.setSingleShot(true);
    m_settle.setInterval(static_cast<int>(settleMs) + 200);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &SyncFolderWatch::changed);
    connect(&m_settle, &QTimer::timeout, this, &SyncFolderWatch::changed);

    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QString folder = settings.value(QStringLiteral("folder")).toString();
    const QStringList handled = settings.value(QStringLiteral("handled")).toStringList();
    settings.endGroup();
    m_handled = QSet<QString>(handled.cbegin(), handled.cend());
    if (!folder.isEmpty()) {
        m_folder = folder;
        if (QFileInfo(folder).isDir())
            m_watcher.addPath(folder);
    }
}

QString SyncFolderWatch::settingsGroup() const {
    const QByteArray hash =
        QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("syncWatch/") + QString::fromLatin1(hash);
}

void SyncFolderWatch::setFolder(const QString& folder) {
    const QString absolute = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (absolute != m_folder)
        m_handled.clear();
    m_folder = absolute;
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher.addPath(m_folder);
    save();
}

QString SyncFolderWatch::fileKey(const QFileInfo& info) {
    return QStringLiteral("%1|%2|%3")
        .arg(info.fileName())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

bool SyncFolderWatch::isHandled(const QString& file) const {
    return m_handled.contains(fileKey(QFileInfo(file)));
}

QStringList SyncFolderWatch::pendingFiles() {
    if (m_folder.isEmpty())
        return {};
    // The folder may have been unplugged or created later: watch it again whenever it is there.
    if (m_watcher.directories().isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher.addPath(m_folder);
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {QStringLiteral("*.") + packageSuffix()}, QDir::Files | QDir::Readable, QDir::Time | QDir::Reversed);
    const QDateTime now = QDateTime::currentDateTime();
    QStringList pending;
    bool settling = false;
    for (const QFileInfo& info : files) {
        if (m_handled.contains(fileKey(info)))
            continue;
        if (info.lastModified().msecsTo(now) < settleMs) {
            settling = true;
            continue;
        }
        pending << info.absoluteFilePath();
        m_scanKeys.insert(info.absoluteFilePath(), fileKey(info));
    }
    if (settling)
        m_settle.start();
    return pending;
}

void SyncFolderWatch::markHandled(const QStringList& files) {
    // The key seen when the file was listed: a file rewritten since then is looked at again.
    for (const QString& file : files) {
        const QString seen = m_scanKeys.take(file);
        m_handled.insert(seen.isEmpty() ? fileKey(QFileInfo(file)) : seen);
    }
    save();
}

void SyncFolderWatch::save() {
    // Only the files still in the folder are worth remembering.
    QStringList handled;
    if (!m_folder.isEmpty()) {
        const QFileInfoList files =
            QDir(m_folder).entryInfoList({QStringLiteral("*.") + packageSuffix()}, QDir::Files);
        for (const QFileInfo& info : files)
            if (m_handled.contains(fileKey(info)))
                handled << fileKey(info);
    }
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (m_folder.isEmpty()) {
        settings.remove(QString());
    } else {
        settings.setValue(QStringLiteral("database"), m_databasePath);
        settings.setValue(QStringLiteral("folder"), m_folder);
        settings.setValue(QStringLiteral("handled"), handled);
    }
    settings.endGroup();
}

} // namespace rapport
