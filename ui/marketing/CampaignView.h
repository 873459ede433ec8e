#pragma once

#include "Prompts.h"
#include "marketing/MarketingJob.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rapport {

class Database;

// One campaign: its figures, responses per day as a chart, target segments, members with their status, and
// the actions Launch, Export (CSV, .eml, letters PDF, call list) and Import responses, which run off the GUI
// thread with progress and cancel.
class CampaignView final : public QWidget {
    Q_OBJECT
public:
    CampaignView(Database& db, const Prompts* prompts, QWidget* parent = nullptr);
    qint64 campaignId() const { return m_campaignId; }
    void showCampaign(qint64 id);
    QTableWidget* members() const { return m_members; }
    QLabel* figures() const { return m_figures; }
    QPushButton* launchButton() const { return m_launch; }
    QChartView* chart() const { return m_chart; }
    // Replaceable for tests: the folder or file the user picks (empty: cancelled).
    std::function<QString(const QString& title)> chooseFolder;
    std::function<QString(const QString& title)> chooseFile;
    // Replaceable for tests: tells the user how a finished job went.
    std::function<void(const QString& title, const QString& text)> inform;
    // The running job, if any (tests wait for it).
    MarketingJob* job() const { return m_job; }

public slots:
    void reload();
    void launch();
    void exportMessages();
    void importResponses();
    void setMemberStatus();
    void addTargetSegment();
    void refreshSegments();

signals:
    void changed();
    void jobFinished(bool ok, const QString& message);

private:
    void run(const QString& title, const MarketingJob::Work& work);
    void drawTrend();

    Database& m_db;
    const Prompts* m_prompts;
    qint64 m_campaignId = 0;
    QLabel* m_title;
    QLabel* m_figures;
    QLabel* m_targets;
    QComboBox* m_segmentChoice;
    QChartView* m_chart;
    QTableWidget* m_members;
    QComboBox* m_format;
    QComboBox* m_status;
    QPushButton* m_launch;
    MarketingJob* m_job = nullptr;
};

} // namespace rapport
