#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/Record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>
#include <memory>

namespace rapport {

class Database;

// A table of one entity's records for list views, instant on a million rows: it counts the matching rows,
// then reads only the pages the view shows (100 rows each, at most a few dozen kept), reaching a page through
// the nearest known keyset anchor so scrolling and jumping stay fast and memory stays flat.
// Column 0.. are the chosen fields; references show the referenced record's name; dates follow the locale.
class RecordListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole, FieldNameRole };

    // Deferred: nothing is read until load() — for list pages that exist before anyone looks at them, so a
    // database with millions of interactions does not count them (or size a view for them) at start-up.
    enum class Loading { Immediate, Deferred };

    RecordListModel(Database& db, const EntityDescriptor& entity, QObject* parent = nullptr,
                    Loading loading = Loading::Immediate);
    ~RecordListModel() override;

    const EntityDescriptor& entity() const { return m_entity; }
    void setColumns(const QStringList& fieldNames);
    const QStringList& columns() const { return m_columns; }
    // Filters: whatever the user typed in the search box, and field conditions (status, tag, owner,
    // customer).
    void setSearchText(const QString& text);
    void setFilters(const QList<FieldFilter>& filters);
    const QList<FieldFilter>& filters() const { return m_filters; }
    // Re-reads after records changed (counts and pages); keeps the sort and filters.
    void refresh();
    // Reads for the first time (a deferred model); does nothing when already loaded.
    void load();
    bool isLoaded() const { return m_loaded; }

    qint64 idAt(int row) const;
    // The row of a record if it is on a page already read, else -1.
    int loadedRowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // True once the background scan has placed an anchor every few pages of the current order, so a jump
    // to any row reads at most a few pages' worth of index entries.
    bool hasAnchorsThroughout() const { return m_anchoredThroughout; }

signals:
    void totalChanged(int total);
    void anchorsReady();

private:
    struct Page;
    struct Query;
    struct AnchorScan;
    const Page* page(int pageIndex) const;
    Query buildQuery() const;
    void reload();
    void startAnchorScan(const Query& query);
    void stopAnchorScan();

    Database& m_db;
    const EntityDescriptor& m_entity;
    QStringList m_neverNullColumns; // sort columns that allow keyset paging
    QStringList m_columns;
    QString m_searchText;
    QList<FieldFilter> m_filters;
    QString m_sortField; // empty: the entity's sort key (or id)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_total = 0;
    bool m_loaded = false;
    mutable QHash<int, std::shared_ptr<Page>> m_pages;
    mutable QList<int> m_pageUse;               // least recently used first
    mutable QHash<int, QVariantList> m_anchors; // page index -> sort key values of its first row
    std::shared_ptr<AnchorScan> m_anchorScan;   // reads the anchors of the whole order on its own thread
    quint64 m_order = 0;                        // counts reloads and sorts: a scan of an older order is stale
    bool m_anchoredThroughout = false;
};

} // namespace rapport
