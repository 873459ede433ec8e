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
class SegmentBuilder;
class SegmentCounter;

// Marketing > Segments: the saved segments on the left, the criteria builder on the right with the number of
// matching records counted live (off the GUI thread), Save, Freeze into a static list, and Delete.
class SegmentsPage final : public QWidget {
    Q_OBJECT
public:
    SegmentsPage(Database& db, const Prompts* prompts, QWidget* parent = nullptr);
    SegmentBuilder* builder() const { return m_builder; }
    QLabel* countLabel() const { return m_count; }
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* entityBox() const { return m_entity; }
    qint64 currentSegment() const { return m_segmentId; }
    SegmentCounter* counter() const { return m_counter; }

public slots:
    void refresh();
    void newSegment();
    void openSegment(qint64 id);
    bool save();
    void freeze();
    void remove();

signals:
    void segmentsChanged();

private:
    void criteriaChanged();

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
    SegmentCounter* m_counter;
};

} // namespace rapport
