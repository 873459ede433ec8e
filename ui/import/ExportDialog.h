#pragma once

#include <QDialog>
#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QThread;

namespace rapport {

class Database;

// File ▸ Export…: entity, format (CSV or vCard), options and file; runs on a worker thread with its own
// database connection and a progress bar.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Database* db, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setFile(const QString& path);
    // Starts the export (what the Export button does).
    void start();
    bool isRunning() const { return m_thread != nullptr; }
    QString message() const;

signals:
    void finished(bool ok);

protected:
    void reject() override;

private:
    Database* m_db;
    QComboBox* m_entity;
    QComboBox* m_format;
    QComboBox* m_version;
    QComboBox* m_delimiter;
    QCheckBox* m_bom;
    QLineEdit* m_path;
    QProgressBar* m_progress;
    QLabel* m_status;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace rapport
