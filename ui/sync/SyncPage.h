#pragma once

#include <QPointer>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QShowEvent;
class QTableWidget;

namespace rapport {

class Database;
struct Prompts;
class SyncFolderWatch;

// The Sync area: this copy's identity, pending changes and last exchanges, one-click export for the office
// and import from it (any folder, such as a USB stick), the conflict inbox and the package history.
// A watched folder (a shared folder) is imported from automatically: every new package in it, when it
// appears, when the page is shown and at start; refusals go to the status line, not to a message box.
// Exports and imports run on a worker thread with their own connection, with a progress bar and Cancel.
class SyncPage final : public QWidget {
    Q_OBJECT
public:
    SyncPage(Database& db, const Prompts* prompts, QWidget* parent = nullptr);
    ~SyncPage() override;

    bool isBusy() const { return m_worker != nullptr; }
    QString watchedFolder() const;

public slots:
    void refresh();
    void exportChanges();
    void importPackage();
    // The same without the file dialog (scripts, tests).
    void exportTo(const QString& path);
    void importFrom(const QString& path);
    void watchFolder();
    void stopWatching();
    // The same without the folder dialog; an empty folder stops watching.
    void setWatchedFolder(const QString& folder);
    // Imports the packages that arrived in the watched folder (does nothing without one).
    void scanWatchedFolder();
    void takeOtherValue();
    void keepCurrent();
    void restoreRecord();
    void dismiss();

signals:
    void finished(const QString& message, bool ok);
    void dataChanged();
    // A look at the watched folder imported or refused packages; message is the status line.
    void folderImported(const QString& message, int imported, int refused);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // What a job reports back to the page while it runs, and the page's request to stop.
    struct RunProgress {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancel{false};
    };
    using Job = std::function<QString(Database&, const std::function<bool(qint64, qint64)>& progress)>;
    // Runs job on a worker thread with its own connection; a non-empty result is a failure, shown in a
    // message box unless quiet. Unless quiet, a progress bar and a Cancel button show while it runs (the job
    // passes progress on). after (if any) runs on the GUI thread when the job is done.
    void run(const QString& label, Job job, bool quiet = false,
             std::function<void(const QString&)> after = {});
    void showProgress();
    void updateWatchLabel();
    void resolveSelected(int resolution);
    qint64 selectedConflict() const;
    void updateButtons();

    Database& m_db;
    const Prompts* m_prompts;
    QLabel* m_identity = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_watchButton = nullptr;
    QPushButton* m_stopWatching = nullptr;
    QLabel* m_watchLabel = nullptr;
    SyncFolderWatch* m_watch = nullptr;
    bool m_rescan = false; // the watched folder changed while the worker was busy
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_takeOther = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPointer<QThread> m_worker;
    std::shared_ptr<RunProgress> m_running; // of the job the worker runs
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_progressTimer = nullptr;
};

} // namespace rapport
