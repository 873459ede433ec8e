#pragma once

#include "Prompts.h"
#include "importer/ImportUndo.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace rapport {

class Database;

// File ▸ Import History…: the finished imports, newest first (file, what, when, created, updated, skipped,
// rejected, undone), and "Undo this import" for the selected one.
class ImportHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    ImportHistoryDialog(Database& db, const Prompts* prompts, QWidget* parent = nullptr);

    void refresh();
    void undoSelected();

signals:
    // An import was undone: the window reloads its lists.
    void importUndone(qint64 importId);

private:
    void updateButtons();

    Database& m_db;
    const Prompts* m_prompts;
    QList<ImportRun> m_runs;
    QTableWidget* m_table = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace rapport
