#include "FileController.h"

#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <memory>

namespace rapport {
namespace {

const QString recentKey = QStringLiteral("recentFiles");
constexpr int maxRecent = 8;

QString startDirectory(const Database* db) {
    return db && db->isOpen() ? QFileInfo(db->path()).absolutePath() : QDir::homePath();
}

} // namespace

FileController::FileController(QWidget* window, const Prompts* prompts, QObject* parent)
    : QObject(parent), m_window(window), m_prompts(prompts) {}

FileController::~FileController() {
    if (m_cloneWorker)
        m_cloneWorker->wait();
}

QString FileController::fileFilter() {
    return tr("Rapport databases (*.db *.rapport)") + QStringLiteral(";;") + tr("All files (*)");
}

void FileController::populateMenu(QMenu* menu) {
    QAction* create = menu->addAction(tr("&New Database…"), this, &FileController::newDatabase);
    create->setObjectName(QStringLiteral("actionNewDatabase"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = menu->addAction(tr("&Open…"), this, &FileController::openDatabase);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::rebuildRecentMenu);
    rebuildRecentMenu();
    menu->addSeparator();
    QAction* copy = menu->addAction(tr("Save a &Copy…"), this, &FileController::saveCopy);
    copy->setObjectName(QStringLiteral("actionSaveCopy"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* field = menu->addAction(tr("New &Field Copy…"), this, &FileController::newFieldCopy);
    field->setObjectName(QStringLiteral("actionNewFieldCopy"));
}

QStringList FileController::recentFiles() const {
    QStringList files;
    for (const QString& path : QSettings().value(recentKey).toStringList())
        if (QFileInfo::exists(path) && !files.contains(path))
            files << path;
    return files.mid(0, maxRecent);
}

void FileController::addRecent(const QString& path) {
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(recentKey, files.mid(0, maxRecent));
    rebuildRecentMenu();
}

void FileController::rebuildRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    QSettings().setValue(recentKey, files); // prunes files that are gone
    int number = 1;
    for (const QString& path : files) {
        const QString text = QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName());
        QAction* action = m_recentMenu->addAction(text, this, [this, path] { emit openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
        QSettings().remove(recentKey);
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void FileController::newDatabase() {
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Database"),
                                                QDir(startDirectory(m_db)).filePath(tr("customers.rapport")),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rapport");
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_prompts->warn(tr("New Database"), tr("Could not replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openRequested(path);
}

void FileController::openDatabase() {
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Database"), startDirectory(m_db), fileFilter());
    if (!path.isEmpty())
        emit openRequested(path);
}

void FileController::saveCopy() {
    if (!m_db || !m_db->isOpen())
        return;
    const QFileInfo current(m_db->path());
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save a Copy"),
        current.absoluteDir().filePath(tr("%1 copy.%2").arg(current.completeBaseName(), current.suffix())),
        fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        m_prompts->warn(tr("Save a Copy"), tr("Choose another file than the open database."));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_prompts->warn(tr("Save a Copy"), tr("Could not replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const Status status = m_db->saveCopy(path); !status)
        m_prompts->warn(tr("Save a Copy"), status.message());
}

void FileController::newFieldCopy() {
    if (!m_db || !m_db->isOpen() || m_cloneWorker)
        return;
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("New Field Copy"),
                                     QDir(startDirectory(m_db)).filePath(tr("field-copy.db")), fileFilter());
    if (path.isEmpty())
        return;
    bool ok = false;
    sync::CloneOptions options;
    options.name = QInputDialog::getText(m_window, tr("New Field Copy"),
                                         tr("Name of the copy (the laptop or its user):"), QLineEdit::Normal,
                                         QFileInfo(path).completeBaseName(), &ok);
    if (!ok)
        return;
    options.territory =
        QInputDialog::getText(m_window, tr("New Field Copy"),
                              tr("Only customers in this country (leave empty for all customers):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    makeFieldCopy(path, options);
}

void FileController::makeFieldCopy(const QString& path, const sync::CloneOptions& options) {
    if (!m_db || !m_db->isOpen() || m_cloneWorker)
        return;
    auto* progress = new QProgressDialog(tr("Making the field copy %1…").arg(QDir::toNativeSeparators(path)),
                                         QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("fieldCopyProgress"));
    progress->setWindowTitle(tr("New Field Copy"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setCancelButton(nullptr); // a copy half made is removed by core; nothing to cancel midway
    progress->show();

    const QString source = m_db->path();
    auto error = std::make_shared<QString>();
    m_cloneWorker = QThread::create([source, path, options, error] {
        Database db; // long work runs on its own connection
        const Status opened = db.open(source);
        const Status cloned = opened ? sync::SyncService(db).clone(path, options) : opened;
        if (!cloned)
            *error = cloned.message();
    });
    connect(m_cloneWorker, &QThread::finished, this, [this, progress, path, error] {
        m_cloneWorker->deleteLater();
        m_cloneWorker = nullptr;
        progress->close();
        progress->deleteLater();
        if (!error->isEmpty()) {
            m_prompts->warn(
                tr("New Field Copy"),
                tr("The field copy %1 was not made. %2").arg(QDir::toNativeSeparators(path), *error));
        } else {
            auto* box = new QMessageBox(QMessageBox::Information, tr("New Field Copy"),
                                        tr("The field copy %1 is ready. Copy it to the laptop; it exchanges "
                                           "changes with this database through the Sync page.")
                                            .arg(QDir::toNativeSeparators(path)),
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("fieldCopyReady"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit fieldCopyFinished(path, *error);
    });
    m_cloneWorker->start();
}

} // namespace rapport
