#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/Record.h"

#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport {

class Database;
class RecordListModel;

// A list of one entity's records: search box (filters as you type), filters that suit the entity, a column
// chooser and a table that pages through any number of rows. Column layout is remembered per entity.
class RecordListPage final : public QWidget {
    Q_OBJECT
public:
    RecordListPage(Database& db, const EntityDescriptor& entity, QWidget* parent = nullptr);
    ~RecordListPage() override;

    const EntityDescriptor& entity() const { return m_entity; }
    RecordListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    // The record of the current row, or 0.
    qint64 currentId() const;
    // The records of every selected row (several with setMultiSelection), ascending ids.
    QList<qint64> selectedIds() const;
    // Lets Ctrl/Shift-click select several rows (for bulk actions such as reassigning leads).
    void setMultiSelection(bool on);
    int total() const { return m_total; }
    // "1,000,000 customers"
    QString countText() const;
    // The menu of fields with checkboxes (also offered by View ▸ Columns and the header's context menu).
    QMenu* columnsMenu() const { return m_columnsMenu; }

public slots:
    void refresh();
    void focusSearch();
    void saveLayout() const;

signals:
    void activated(qint64 id);
    void countChanged();
    void contextMenuRequested(const QPoint& globalPos);

protected:
    // The list reads its records the first time it is shown, not when the window is built.
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters(QHBoxLayout* bar);
    void applyFilters();
    void setColumns(const QStringList& columns);
    void rebuildColumnsMenu();
    QString settingsKey(const QString& what) const;

    Database& m_db;
    const EntityDescriptor& m_entity;
    RecordListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QList<std::function<QList<FieldFilter>()>> m_filterReaders;
    int m_total = 0;
};

} // namespace rapport
