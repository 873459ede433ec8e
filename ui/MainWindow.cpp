#include "MainWindow.h"

#include "DatabaseUpgrader.h"
#include "FileController.h"
#include "Workspace.h"
#include "import/ExportDialog.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportUndoCommand.h"
#include "import/ImportWizard.h"
#include "pages/WelcomePage.h"
#include "settings/LetterheadDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace rapport {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_prompts(Prompts::interactive(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_files = new FileController(this, &m_prompts, this);
    connect(m_files, &FileController::openRequested, this, &MainWindow::openDatabase);
    createMenus();

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("recordCount"));
    statusBar()->addPermanentWidget(m_count);

    auto* none = new QLabel(tr("No database is open. Use File ▸ Open… or File ▸ New Database…"));
    none->setAlignment(Qt::AlignCenter);
    setCentralWidget(none);

    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() {
    // The workspace's models and the undo commands use the database: both go before it.
    delete m_workspace;
    m_workspace = nullptr;
    m_undo.clear();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->populateMenu(file);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import…"), this, &MainWindow::showImport);
    importAction->setObjectName(QStringLiteral("actionImport"));
    QAction* historyAction = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    historyAction->setObjectName(QStringLiteral("actionImportHistory"));
    QAction* exportAction = file->addAction(tr("E&xport…"), this, &MainWindow::showExport);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    m_databaseActions << importAction << historyAction << exportAction;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    const auto workspaceAction = [this, edit](const QString& text, const QString& name,
                                              const QKeySequence& keys, void (Workspace::*slot)()) {
        QAction* action = edit->addAction(text, this, [this, slot] {
            if (m_workspace)
                (m_workspace->*slot)();
        });
        action->setObjectName(name);
        action->setShortcut(keys);
        m_databaseActions << action;
        return action;
    };
    workspaceAction(tr("&New Record…"), QStringLiteral("actionNewRecord"), QKeySequence::New,
                    &Workspace::newRecord);
    workspaceAction(tr("&Edit Record…"), QStringLiteral("actionEdit"), QKeySequence(Qt::CTRL | Qt::Key_E),
                    &Workspace::editCurrent);
    workspaceAction(tr("&Delete Record…"), QStringLiteral("actionDelete"), QKeySequence::Delete,
                    &Workspace::deleteCurrent);
    edit->addSeparator();
    workspaceAction(tr("&Find…"), QStringLiteral("actionFind"), QKeySequence::Find, &Workspace::focusSearch);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), this, [this] {
        if (!m_db)
            return;
        auto* dialog = new LetterheadDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_databaseActions << settings;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList areas{tr("&Customers"), tr("C&ontacts"), tr("&Activities")};
    for (int area = 0; area < areas.size(); ++area) {
        QAction* action = view->addAction(areas.at(area), this, [this, area] {
            if (m_workspace)
                m_workspace->showArea(area);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
        m_databaseActions << action;
    }
    view->addSeparator();
    QAction* columns = view->addAction(tr("C&olumns…"), this, [this] {
        if (m_workspace)
            m_workspace->popupColumnsMenu();
    });
    columns->setObjectName(QStringLiteral("actionColumns"));
    m_databaseActions << columns;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Rapport"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    for (QAction* action : std::as_const(m_databaseActions))
        action->setEnabled(false);
}

bool MainWindow::openDatabase(const QString& path) {
    // An older database is upgraded first, on a worker with progress and Cancel (a minute on a large one).
    if (QFileInfo(path).isWritable() && Database::needsUpgrade(path)) {
        if (const QString failed = DatabaseUpgrader().upgrade(path, this); !failed.isEmpty()) {
            m_prompts.warn(tr("Cannot open database"),
                           tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), failed));
            return false;
        }
    }
    auto db = std::make_unique<Database>();
    if (const Status status = db->open(path); !status) {
        m_prompts.warn(tr("Cannot open database"),
                       tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), status.message()));
        return false;
    }
    if (m_workspace) {
        m_workspace->saveLayout();
        delete m_workspace;
        m_workspace = nullptr;
    }
    m_undo.clear();
    m_db = std::move(db);
    m_files->setDatabase(m_db.get());
    m_workspace = new Workspace(*m_db, m_undo, &m_prompts);
    if (auto* welcome = m_workspace->findChild<WelcomePage*>())
        connect(welcome, &WelcomePage::importRequested, this, &MainWindow::showImport);
    connect(m_workspace, &Workspace::statusChanged, this, &MainWindow::updateStatus);
    setCentralWidget(m_workspace);
    for (QAction* action : std::as_const(m_databaseActions))
        action->setEnabled(true);
    m_files->addRecent(path);
    updateTitle();
    updateStatus();
    if (m_db->isReadOnly())
        statusBar()->showMessage(tr("This database is read-only."));
    return true;
}

void MainWindow::updateStatus() {
    m_count->setText(m_workspace ? m_workspace->statusText() : QString());
}

void MainWindow::updateTitle() {
    if (m_db)
        setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(m_db->path()).fileName()));
    else
        setWindowTitle(tr("Rapport"));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Rapport"),
        tr("<h3>Rapport %1</h3>"
           "<p>A desktop CRM for small businesses and field sales: customers, contacts and every "
           "interaction in one local file.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Licensed under the GNU General Public License v3.</p>")
            .arg(QStringLiteral(RAPPORT_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_workspace)
        m_workspace->saveLayout();
    event->accept();
}

void MainWindow::showImport() {
    if (!m_db)
        return;
    auto* wizard = new ImportWizard(m_db.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Reopening rebuilds the lists from the database, which now holds the imported records; then Edit ▸ Undo
    // can revert the import.
    connect(wizard, &ImportWizard::imported, this, [this, wizard] {
        const qint64 importId = wizard->result().importId;
        const QString fileName = QFileInfo(wizard->filePath()).fileName();
        const QString path = m_db->path(); // a copy: reopening destroys the Database that owns it
        if (!openDatabase(path) || importId == 0)
            return;
        m_undo.push(new ImportUndoCommand(*m_db, importId, fileName, &m_prompts, [this] {
            if (m_db) {
                const QString path = m_db->path();
                openDatabase(path);
            }
        }));
    });
    wizard->show();
}

void MainWindow::showImportHistory() {
    if (!m_db)
        return;
    auto* dialog = new ImportHistoryDialog(*m_db, &m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::importUndone, this, [this, dialog] {
        dialog->close(); // it refers to the connection that reopening replaces
        const QString path = m_db->path();
        openDatabase(path);
    });
    dialog->show();
}

void MainWindow::showExport() {
    if (!m_db)
        return;
    auto* dialog = new ExportDialog(m_db.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace rapport
