#pragma once

#include <QPointer>
#include <QThread>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

class Database;
struct Prompts;

// The Sync area: this copy's identity, pending changes and last exchanges, one-click export for the office
// and import from it (any folder, such as a USB stick), the conflict inbox and the package history.
// Exports and imports run on a worker thread with their own connection.
class SyncPage final : public QWidget {
    Q_OBJECT
public:
    SyncPage(Database& db, const Prompts* prompts, QWidget* parent = nullptr);
    ~SyncPage() override;

    bool isBusy() const { return m_worker != nullptr; }

public slots:
    void refresh();
    void exportChanges();
    void importPackage();
    // The same without the file dialog (scripts, tests).
    void exportTo(const QString& path);
    void importFrom(const QString& path);
    void takeOtherValue();
    void keepCurrent();
    void restoreRecord();
    void dismiss();

signals:
    void finished(const QString& message, bool ok);
    void dataChanged();

private:
    void run(const QString& label, std::function<QString(Database&)> job);
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
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_takeOther = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPointer<QThread> m_worker;
};

} // namespace rapport
