#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QFileInfo;

namespace rapport {

// The watched folder of a Sync page (a shared folder, a USB stick): remembered per database file in
// QSettings, watched with QFileSystemWatcher, and asked which sync packages arrived since the last look.
// A file is handled once per name, size and modification time; the handled list is remembered too, so a
// restart does not read the folder's old packages again. Importing them is the page's job.
class SyncFolderWatch final : public QObject {
    Q_OBJECT
public:
    explicit SyncFolderWatch(const QString& databasePath, QObject* parent = nullptr);

    QString folder() const { return m_folder; }
    // An empty folder stops watching.
    void setFolder(const QString& folder);

    // Package files in the folder not handled yet, oldest first. Files modified in the last moment may
    // still be being copied; they are left for a later look (changed() follows).
    QStringList pendingFiles();
    void markHandled(const QStringList& files);
    bool isHandled(const QString& file) const;

    static QString packageSuffix() { return QStringLiteral("rsync"); }

signals:
    // The folder's content changed (debounced): time to look again.
    void changed();

private:
    QString settingsGroup() const;
    void save();
    static QString fileKey(const QFileInfo& info);

    QString m_databasePath;
    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_settle;
    QSet<QString> m_handled;
    QHash<QString, QString> m_scanKeys; // path -> key when pendingFiles() last listed it
};

} // namespace rapport
