#pragma once

#include "Prompts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rapport {

class Database;
class MarketingJob;
class SegmentBuilder;
class SegmentCounter;

// Marketing > Segments: the saved segments on the left, the criteria builder on the right with the number of
// matching records counted live (off the GUI thread), Save, Freeze into a static list, and Delete. Freezing
// runs on a worker with its own connection (one transaction), showing its progress in place of the count; the
// Freeze button turns into Cancel meanwhile, and the rest of the window stays usable.
class SegmentsPage final : public QWidget {
    Q_OBJECT
public:
    SegmentsPage(Database& db, const Prompts* prompts, QWidget* parent = nullptr);
    ~SegmentsPage() override; // cancels and waits for a freeze still running
    SegmentBuilder* builder() const { return m_builder; }
    QLabel* countLabel() const { return m_count; }
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* entityBox() const { return m_entity; }
    qint64 currentSegment() const { return m_segmentId; }
    SegmentCounter* counter() const { return m_counter; }
    QPushButton* freezeButton() const { return m_freeze; }
    bool isFreezing() const { return m_freezeJob != nullptr; }

public slots:
    void refresh();
    void newSegment();
    void openSegment(qint64 id);
    bool save();
    // Starts freezing the current segment (saving it first when new) after asking; returns at once.
    void freeze();
    void cancelFreeze();
    void remove();

signals:
    void segmentsChanged();
    // A freeze ended: frozen, failed or cancelled (ok false, with the message shown).
    void freezeFinished(bool ok, const QString& message);

private:
    void criteriaChanged();
    void setFreezing(bool freezing);

    Database& m_db;
    const Prompts* m_prompts;
    qint64 m_segmentId = 0;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_entity;
    QLabel* m_kind;
    SegmentBuilder* m_builder;
    QLabel* m_count;
    QPushButton* m_freeze;
    QPushButton* m_save;
    QPushButton* m_delete;
    SegmentCounter* m_counter;
    MarketingJob* m_freezeJob = nullptr;
};

} // namespace rapport
