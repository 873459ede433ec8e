#pragma once

#include "Prompts.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace rapport {

class Database;

// File ▸ New, Open, Open Recent and Save a Copy: the file dialogs, the recent list (QSettings, at most 8,
// missing files pruned). Opening itself is the window's job (openRequested).
class FileController final : public QObject {
    Q_OBJECT
public:
    FileController(QWidget* window, const Prompts* prompts, QObject* parent = nullptr);

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

signals:
    void openRequested(const QString& path);

private:
    void rebuildRecentMenu();
    static QString fileFilter();

    QWidget* m_window;
    const Prompts* m_prompts;
    Database* m_db = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace rapport
