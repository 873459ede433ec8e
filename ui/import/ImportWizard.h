#pragma once

#include "importer/ImportTypes.h"
#include "importer/Importer.h"

#include <QWizard>
#include <atomic>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

namespace rapport {

class Database;

// File ▸ Import…: choose a file (encoding and delimiter detected, overridable, with a live preview of the
// rows as they will be stored), map the columns (presets), choose what happens to duplicates, run on a
// worker thread with its own database connection (progress, rows/s, time left, Cancel), see the summary.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, OptionsPage, RunPage, SummaryPage };

    ImportWizard(Database* db, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Asks whether the dates of an ambiguous column are day-month or month-day; returns DayMonthYear,
    // MonthDayYear, or Unknown when the user cancels. Replaceable so tests can answer.
    using DateOrderQuestion = std::function<DateParser::Order(
        const QString& question, const QString& dayFirst, const QString& monthFirst)>;
    void setDateOrderQuestion(DateOrderQuestion question) { m_askDateOrder = std::move(question); }

    void setFile(const QString& path);
    void setEntity(ImportEntity entity);
    QString filePath() const;
    const ImportResult& result() const { return m_result; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void imported();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage* createFilePage();
    QWizardPage* createMappingPage();
    QWizardPage* createOptionsPage();
    QWizardPage* createRunPage();
    QWizardPage* createSummaryPage();
    ImportOptions currentOptions(bool withMapping) const;
    void refreshPreview();
    void fillMapping();
    bool askDateOrder();
    void savePreset();
    void loadPreset();
    void start();
    void showProgress(const ImportProgress& progress);
    void finish();

    Database* m_db;
    ImportPreview m_preview;
    ImportResult m_result;
    std::atomic_bool m_cancel{false};
    QThread* m_thread = nullptr;
    bool m_done = false;
    bool m_dateOrderAnswered = false;
    DateOrderQuestion m_askDateOrder;

    QComboBox* m_entity = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QTableWidget* m_mapping = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QComboBox* m_presets = nullptr;
    QLineEdit* m_presetName = nullptr;
    QRadioButton* m_skip = nullptr;
    QRadioButton* m_update = nullptr;
    QRadioButton* m_create = nullptr;
    QLineEdit* m_region = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace rapport
