#pragma once

#include "Prompts.h"

#include <QMainWindow>
#include <QUndoStack>
#include <memory>

class QLabel;

namespace rapport {

class Database;
class FileController;
class Workspace;

// The main window: menus, status bar and the workspace of the open database. The work is delegated to
// FileController (files), Workspace (pages) and RecordActions (records with undo).
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database; on failure says why and keeps the database open before (or none).
    bool openDatabase(const QString& path);
    Database* database() const { return m_db.get(); }
    Workspace* workspace() const { return m_workspace; }
    QUndoStack& undoStack() { return m_undo; }
    // Replaces the message boxes and link opening (tests answer for the user).
    void setPrompts(const Prompts& prompts) { m_prompts = prompts; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showImport();
    void showImportHistory();
    void showExport();
    void updateStatus();
    void updateTitle();
    void showAbout();

    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    Prompts m_prompts;
    FileController* m_files = nullptr;
    Workspace* m_workspace = nullptr;
    QLabel* m_count = nullptr;
    QList<QAction*> m_databaseActions;
};

} // namespace rapport
