#include "models/RecordListModel.h"

#include "entity/ChoiceLabels.h"
#include "repository/FilterSql.h"
#include "sales/Money.h"
#include "storage/Database.h"
#include "storage/SchemaInfo.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace rapport {
namespace {
constexpr int pageSize = 100;
constexpr int maxCachedPages = 40;
// Lists of at least this many rows get their anchors read in the background; one anchor every
// anchorStride pages (a million rows: 1,250 anchors).
constexpr int anchorScanFrom = 20 * pageSize;
constexpr int anchorStride = 8;
} // namespace

// Reading a million index entries takes a few hundred milliseconds, too long for the GUI thread, and a
// jump to row 500,000 without an anchor skips 500,000 entries (OFFSET) on every jump. So after each count
// a thread with its own connection reads the sort key of the whole order once and hands back an anchor
// every few pages.
struct RecordListModel::AnchorScan {
    std::atomic_bool cancelled{false};
    std::unique_ptr<QThread> thread;
    std::mutex connectionMutex;
    sqlite3* connection = nullptr; // the scan's own, while it is open: interrupted on cancel

    void cancel() {
        cancelled = true;
        const std::lock_guard<std::mutex> lock(connectionMutex);
        if (connection)
            sqlite3_interrupt(connection);
    }
    void setConnection(sqlite3* handle) {
        const std::lock_guard<std::mutex> lock(connectionMutex);
        connection = handle;
    }
};

struct RecordListModel::Page {
    QVector<qint64> ids;
    QVector<QVariantList> raw;     // stored values per visible column
    QVector<QVariantList> display; // reference names resolved (same shape as raw)
};

struct RecordListModel::Query {
    FilterSql filter;
    QString sortColumn; // a column of t
    bool descending = false;
    bool keysetUsable = false;
};

RecordListModel::RecordListModel(Database& db, const EntityDescriptor& entity, QObject* parent,
                                 Loading loading)
    : QAbstractTableModel(parent), m_db(db), m_entity(entity),
      m_neverNullColumns(tableColumns(db, entity.table, ColumnSelection::NeverNull)) {
    for (const FieldDescriptor& field : entity.fields) {
        if (field.listedByDefault)
            m_columns << field.name;
    }
    if (loading == Loading::Immediate)
        reload();
}

RecordListModel::~RecordListModel() {
    stopAnchorScan();
}

void RecordListModel::stopAnchorScan() {
    ++m_order;
    m_anchoredThroughout = false;
    if (!m_anchorScan)
        return;
    m_anchorScan->cancel();
    m_anchorScan->thread->wait();
    m_anchorScan.reset();
}

void RecordListModel::startAnchorScan(const Query& query) {
    const QString path = m_db.path();
    if (!query.keysetUsable || m_total < anchorScanFrom || path.isEmpty() ||
        path == QLatin1String(":memory:"))
        return;
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const std::string sql = QStringLiteral("SELECT t.%1, t.id FROM %2 t%3 ORDER BY t.%1%4, t.id%4")
                                .arg(query.sortColumn, m_entity.table, query.filter.where(), direction)
                                .toStdString();
    const QVariantList bound = query.filter.bound;
    const quint64 order = m_order;
    auto scan = std::make_shared<AnchorScan>();
    // The model waits for this thread before it is destroyed (stopAnchorScan), so `this` outlives it.
    scan->thread.reset(QThread::create([this, scan = scan.get(), path, sql, bound, order] {
        Database db;
        if (!db.open(path))
            return; // the list simply keeps skipping to far pages
        scan->setConnection(db.handle());
        const auto closing = qScopeGuard([scan] { scan->setConnection(nullptr); });
        if (scan->cancelled)
            return;
        Statement rows(db.handle(), sql);
        for (int i = 0; i < bound.size(); ++i)
            rows.bind(i + 1, bound.at(i));
        QHash<int, QVariantList> anchors;
        for (qint64 row = 1; rows.next(); ++row) {
            if (row % (pageSize * anchorStride) == 0)
                anchors.insert(static_cast<int>(row / pageSize), {rows.value(0), rows.int64(1)});
            if (row % 4096 == 0 && scan->cancelled)
                return;
        }
        if (!rows.status() || scan->cancelled)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, anchors, order] {
                if (order != m_order) // sorted or reloaded since: these anchors belong to another order
                    return;
                m_anchors.insert(anchors);
                m_anchoredThroughout = true;
                emit anchorsReady();
            },
            Qt::QueuedConnection);
    }));
    m_anchorScan = std::move(scan);
    m_anchorScan->thread->start(QThread::LowPriority);
}

void RecordListModel::setColumns(const QStringList& fieldNames) {
    QStringList valid;
    for (const QString& name : fieldNames) {
        if (m_entity.field(name) && !valid.contains(name))
            valid << name;
    }
    if (valid.isEmpty() || valid == m_columns)
        return;
    beginResetModel();
    m_columns = valid;
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
}

void RecordListModel::setSearchText(const QString& text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    if (m_loaded)
        reload();
}

void RecordListModel::setFilters(const QList<FieldFilter>& filters) {
    m_filters = filters;
    if (m_loaded)
        reload();
}

void RecordListModel::refresh() {
    if (m_loaded)
        reload();
}

void RecordListModel::load() {
    if (!m_loaded)
        reload();
}

RecordListModel::Query RecordListModel::buildQuery() const {
    Query query;
    FilterSqlBuilder::addFilters(m_entity, m_filters, query.filter);
    FilterSqlBuilder::addSearch(m_entity, m_searchText, query.filter);
    query.sortColumn = !m_sortField.isEmpty()              ? m_sortField
                       : !m_entity.sortKeyColumn.isEmpty() ? m_entity.sortKeyColumn
                                                           : QStringLiteral("id");
    query.descending = m_sortOrder == Qt::DescendingOrder;
    query.keysetUsable = m_neverNullColumns.contains(query.sortColumn);
    return query;
}

void RecordListModel::reload() {
    m_loaded = true;
    stopAnchorScan();
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_anchors.clear();
    const Query query = buildQuery();
    Statement count(m_db.handle(),
                    (QStringLiteral("SELECT count(*) FROM %1 t").arg(m_entity.table) + query.filter.where())
                        .toStdString());
    for (int i = 0; i < query.filter.bound.size(); ++i)
        count.bind(i + 1, query.filter.bound.at(i));
    m_total = count.next() ? static_cast<int>(count.int64(0)) : 0;
    endResetModel();
    startAnchorScan(query);
    emit totalChanged(m_total);
}

const RecordListModel::Page* RecordListModel::page(int pageIndex) const {
    if (const auto cached = m_pages.find(pageIndex); cached != m_pages.end()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return cached->get();
    }
    const Query query = buildQuery();
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sortExpression = QStringLiteral("t.%1").arg(query.sortColumn);

    // Step 1: the ids of the page, read from the index alone, starting at the nearest known anchor.
    FilterSql idFilter = query.filter;
    int anchorPage = 0;
    if (query.keysetUsable) {
        for (auto it = m_anchors.cbegin(); it != m_anchors.cend(); ++it) {
            if (it.key() <= pageIndex && it.key() > anchorPage)
                anchorPage = it.key();
        }
        if (anchorPage > 0) {
            const QVariantList& anchor = m_anchors.value(anchorPage);
            idFilter.conditions << QStringLiteral("(%1, t.id) %2 (?, ?)")
                                       .arg(sortExpression,
                                            query.descending ? QStringLiteral("<") : QStringLiteral(">"));
            idFilter.bound << anchor.at(0) << anchor.at(1);
        }
    }
    const QString idSql = QStringLiteral("SELECT t.id, %1 FROM %2 t%3 ORDER BY %1%4, t.id%4 LIMIT ? OFFSET ?")
                              .arg(sortExpression, m_entity.table, idFilter.where(), direction);
    Statement ids(m_db.handle(), idSql.toStdString());
    int bindIndex = 1;
    for (const QVariant& value : std::as_const(idFilter.bound))
        ids.bind(bindIndex++, value);
    ids.bind(bindIndex++, pageSize);
    ids.bind(bindIndex, static_cast<qint64>(pageIndex - anchorPage) * pageSize);
    auto result = std::make_shared<Page>();
    QVariant lastSortValue;
    while (ids.next()) {
        result->ids.append(ids.int64(0));
        lastSortValue = ids.value(1);
    }
    if (query.keysetUsable && result->ids.size() == pageSize)
        m_anchors.insert(pageIndex + 1, {lastSortValue, result->ids.last()});

    // Step 2: the visible columns of those rows, with referenced records' names.
    QStringList selected;
    QStringList joins;
    static const QRegularExpression alias(QStringLiteral("\\bt\\."));
    for (int i = 0; i < m_columns.size(); ++i) {
        const FieldDescriptor* field = m_entity.field(m_columns.at(i));
        selected << QStringLiteral("t.%1").arg(field->name);
        const EntityDescriptor* target =
            field->type == FieldType::Reference ? EntityCatalog::find(field->reference) : nullptr;
        if (target) {
            const QString joinAlias = QStringLiteral("r%1").arg(i);
            QString expression = target->displayExpression;
            expression.replace(alias, joinAlias + QLatin1Char('.'));
            selected << expression;
            joins << QStringLiteral("LEFT JOIN %1 %2 ON %2.id = t.%3")
                         .arg(target->table, joinAlias, field->name);
        } else {
            selected << QStringLiteral("NULL");
        }
    }
    QStringList idTexts;
    for (const qint64 id : std::as_const(result->ids))
        idTexts << QString::number(id);
    const QString rowSql =
        QStringLiteral("SELECT t.id, %1 FROM %2 t %3 WHERE t.id IN (SELECT value FROM json_each(?))")
            .arg(selected.join(QStringLiteral(", ")), m_entity.table, joins.join(QLatin1Char(' ')));
    Statement rows(m_db.handle(), rowSql.toStdString());
    rows.bind(1, QLatin1Char('[') + idTexts.join(QLatin1Char(',')) + QLatin1Char(']'));
    QHash<qint64, int> position;
    for (int i = 0; i < result->ids.size(); ++i)
        position.insert(result->ids.at(i), i);
    result->raw.resize(result->ids.size());
    result->display.resize(result->ids.size());
    while (rows.next()) {
        const int at = position.value(rows.int64(0), -1);
        if (at < 0)
            continue;
        QVariantList raw;
        QVariantList display;
        for (int i = 0; i < m_columns.size(); ++i) {
            raw << rows.value(1 + 2 * i);
            display << rows.value(2 + 2 * i);
        }
        result->raw[at] = raw;
        result->display[at] = display;
    }

    m_pages.insert(pageIndex, result);
    m_pageUse.append(pageIndex);
    while (m_pageUse.size() > maxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    return result.get();
}

qint64 RecordListModel::idAt(int row) const {
    if (row < 0 || row >= m_total)
        return 0;
    const Page* p = page(row / pageSize);
    const int offset = row % pageSize;
    return offset < p->ids.size() ? p->ids.at(offset) : 0;
}

int RecordListModel::loadedRowOf(qint64 id) const {
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const int offset = static_cast<int>(it.value()->ids.indexOf(id));
        if (offset >= 0)
            return it.key() * pageSize + offset;
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_total;
}

int RecordListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_total || index.column() >= m_columns.size())
        return {};
    const FieldDescriptor* field = m_entity.field(m_columns.at(index.column()));
    if (role == FieldNameRole)
        return field->name;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != RawValueRole &&
        role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return field->type == FieldType::Integer || field->type == FieldType::Money ||
                       field->type == FieldType::Percent
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    const Page* p = page(index.row() / pageSize);
    const int offset = index.row() % pageSize;
    if (offset >= p->ids.size() || p->raw.at(offset).isEmpty())
        return {};
    if (role == IdRole)
        return p->ids.at(offset);
    const QVariant raw = p->raw.at(offset).at(index.column());
    if (role == RawValueRole)
        return raw;
    if (raw.isNull())
        return {};
    const QLocale locale;
    switch (field->type) {
    case FieldType::Reference:
        return p->display.at(offset).at(index.column());
    case FieldType::Choice:
        return choiceLabel(raw.toString());
    case FieldType::Boolean:
        return raw.toInt() ? tr("yes") : tr("no");
    case FieldType::Integer:
        return locale.toString(raw.toLongLong());
    case FieldType::Money:
        return money::formatLocalized(raw.toLongLong(), locale);
    case FieldType::Percent:
        return money::formatRateLocalized(int(raw.toLongLong()), locale);
    case FieldType::Date:
        return locale.toString(QDate::fromString(raw.toString(), Qt::ISODate), QLocale::ShortFormat);
    case FieldType::DateTime:
        return locale.toString(QDateTime::fromString(raw.toString(), Qt::ISODateWithMs).toLocalTime(),
                               QLocale::ShortFormat);
    default:
        return raw.toString().simplified();
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_entity.field(m_columns.at(section))->translatedLabel();
    if (role == FieldNameRole)
        return m_columns.at(section);
    return {};
}

void RecordListModel::sort(int column, Qt::SortOrder order) {
    QString field;
    if (column >= 0 && column < m_columns.size()) {
        field = m_columns.at(column);
        const FieldDescriptor* descriptor = m_entity.field(field);
        // Names sort by their folded sort key, so "Émile" sits with "Emil" and case does not matter.
        if (!m_entity.sortKeyColumn.isEmpty() && m_entity.sortKeySources.contains(field) && descriptor &&
            descriptor->type == FieldType::Text)
            field.clear();
    }
    if (field == m_sortField && order == m_sortOrder)
        return;
    m_sortField = field;
    m_sortOrder = order;
    stopAnchorScan();
    emit layoutAboutToBeChanged();
    m_pages.clear();
    m_pageUse.clear();
    m_anchors.clear();
    emit layoutChanged();
    startAnchorScan(buildQuery());
}

} // namespace rapport
