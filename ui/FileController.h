#pragma once

#include "Prompts.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMenu;
class QThread;
class QWidget;

namespace rapport {

class Database;

// File ▸ New, Open, Open Recent and Save a Copy: the file dialogs, the recent list (QSettings, at most 8,
// missing files pruned). Opening itself is the window's job (openRequested).
class FileController final : public QObject {
    Q_OBJECT
public:
    FileController(QWidget* window, const Prompts* prompts, QObject* parent = nullptr);
    ~FileController() override;

    void populateMenu(QMenu* fileMenu);
    void addRecent(const QString& path);
    QStringList recentFiles() const;
    void setDatabase(Database* db) { m_db = db; }

public slots:
    void newDatabase();
    void openDatabase();
    void saveCopy();
    // File ▸ New Field Copy…: a copy for a laptop that syncs with this database by package files.
    void newFieldCopy();
    // The copying itself, without the dialogs: on a worker thread with its own connection, behind a progress
    // dialog; fieldCopyFinished follows.
    void makeFieldCopy(const QString& path, const sync::CloneOptions& options);

signals:
    void openRequested(const QString& path);
    // error is empty when the copy was made.
    void fieldCopyFinished(const QString& path, const QString& error);

private:
    void rebuildRecentMenu();
    static QString fileFilter();

    QWidget* m_window;
    const Prompts* m_prompts;
    Database* m_db = nullptr;
    QMenu* m_recentMenu = nullptr;
    QPointer<QThread> m_cloneWorker;
};

} // namespace rapport
