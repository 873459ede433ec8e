#include "pages/RecordListPage.h"

#include "ChoiceText.h"
#include "models/RecordListModel.h"
#include "repository/RecordStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

// The filters offered above each list: choice fields become combos, tags a text box, users a combo.
QStringList filterFields(const QString& entity) {
    if (entity == QLatin1String("customer"))
        return {QStringLiteral("status"), QStringLiteral("tags"), QStringLiteral("owner_id")};
    if (entity == QLatin1String("contact"))
        return {QStringLiteral("preferred_channel")};
    if (entity == QLatin1String("interaction"))
        return {QStringLiteral("channel"), QStringLiteral("direction"), QStringLiteral("user_id")};
    if (entity == QLatin1String("task"))
        return {QStringLiteral("done"), QStringLiteral("assignee_id")};
    if (entity == QLatin1String("case"))
        return {QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("category"),
                QStringLiteral("owner_id")};
    if (entity == QLatin1String("rule_firing"))
        return {QStringLiteral("rule_id"), QStringLiteral("entity")};
    if (entity == QLatin1String("lead"))
        return {QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("owner_id")};
    if (entity == QLatin1String("opportunity"))
        return {QStringLiteral("status"), QStringLiteral("pipeline_id"), QStringLiteral("owner_id")};
    if (entity == QLatin1String("quote"))
        return {QStringLiteral("status")};
    if (entity == QLatin1String("ledger_entry") || entity == QLatin1String("config_rule"))
        return {QStringLiteral("kind")};
    if (entity == QLatin1String("lead_activity"))
        return {QStringLiteral("channel")};
    return {};
}

QStringList defaultColumns(const EntityDescriptor& entity) {
    QStringList columns;
    for (const FieldDescriptor& field : entity.fields)
        if (field.listedByDefault)
            columns << field.name;
    return columns;
}

} // namespace

RecordListPage::RecordListPage(Database& db, const EntityDescriptor& entity, QWidget* parent)
    : QWidget(parent), m_db(db), m_entity(entity) {
    setObjectName(entity.name + QStringLiteral("List"));
    m_model = new RecordListModel(db, entity, this, RecordListModel::Loading::Deferred);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search %1…").arg(entity.translatedPluralLabel().toLower()));
    m_search->setMinimumWidth(220);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    buildFilters(bar);
    bar->addStretch(1);
    m_columnsMenu = new QMenu(tr("Columns"), this);
    auto* columnsButton = new QToolButton;
    columnsButton->setObjectName(QStringLiteral("columnsButton"));
    columnsButton->setText(tr("Columns"));
    columnsButton->setToolTip(tr("Choose the columns of this list"));
    columnsButton->setPopupMode(QToolButton::InstantPopup);
    columnsButton->setMenu(m_columnsMenu);
    bar->addWidget(columnsButton);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(
        m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_columnsMenu->popup(m_view->horizontalHeader()->mapToGlobal(pos)); });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            m_view->selectRow(index.row());
        emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()))
            emit activated(id);
    });
    connect(m_model, &RecordListModel::totalChanged, this, [this](int total) {
        m_total = total;
        emit countChanged();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    QSettings settings;
    const QStringList saved = settings.value(settingsKey(QStringLiteral("columns"))).toStringList();
    QStringList columns;
    for (const QString& name : saved)
        if (entity.field(name))
            columns << name;
    setColumns(columns.isEmpty() ? defaultColumns(entity) : columns);
    m_view->horizontalHeader()->restoreState(
        settings.value(settingsKey(QStringLiteral("header"))).toByteArray());
    m_total = m_model->rowCount();
}

void RecordListPage::showEvent(QShowEvent* event) {
    m_model->load();
    QWidget::showEvent(event);
}

RecordListPage::~RecordListPage() {
    saveLayout();
}

QString RecordListPage::settingsKey(const QString& what) const {
    return QStringLiteral("lists/%1/%2").arg(m_entity.name, what);
}

void RecordListPage::saveLayout() const {
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("columns")), m_model->columns());
    settings.setValue(settingsKey(QStringLiteral("header")), m_view->horizontalHeader()->saveState());
}

void RecordListPage::buildFilters(QHBoxLayout* bar) {
    for (const QString& name : filterFields(m_entity.name)) {
        const FieldDescriptor* field = m_entity.field(name);
        if (!field)
            continue;
        if (field->type == FieldType::TagList || field->type == FieldType::Text) {
            auto* edit = new QLineEdit;
            edit->setObjectName(QStringLiteral("filter_") + name);
            edit->setPlaceholderText(field->translatedLabel());
            edit->setClearButtonEnabled(true);
            edit->setMaximumWidth(160);
            connect(edit, &QLineEdit::editingFinished, this, &RecordListPage::applyFilters);
            connect(edit, &QLineEdit::textChanged, this, [this](const QString& text) {
                if (text.isEmpty())
                    applyFilters();
            });
            m_filterReaders << [edit, name]() -> QList<FieldFilter> {
                const QString text = edit->text().trimmed();
                return text.isEmpty() ? QList<FieldFilter>{} : QList<FieldFilter>{{name, text}};
            };
            bar->addWidget(edit, 1);
            continue;
        }
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("filter_") + name);
        combo->setToolTip(field->translatedLabel());
        combo->addItem(tr("Any %1").arg(field->translatedLabel().toLower()), QVariant());
        if (field->type == FieldType::Choice) {
            for (const QString& key : field->choices)
                combo->addItem(choiceText(key), key);
        } else if (field->type == FieldType::Boolean) {
            combo->setItemText(0, tr("Open and done"));
            combo->addItem(tr("Open"), 0);
            combo->addItem(tr("Done"), 1);
        } else if (field->type == FieldType::Reference) {
            const EntityDescriptor* target = EntityCatalog::find(field->reference);
            if (!target)
                continue;
            RecordStore store(m_db);
            if (const qint64 me = store.currentUserId(); me && field->reference == QLatin1String("user"))
                combo->addItem(tr("Mine"), me);
            for (const Record& record : store.list(*target, {}, 200))
                combo->addItem(store.displayName(*target, record.id), record.id);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilters);
        m_filterReaders << [combo, name]() -> QList<FieldFilter> {
            const QVariant value = combo->currentData();
            return value.isValid() ? QList<FieldFilter>{{name, value}} : QList<FieldFilter>{};
        };
        bar->addWidget(combo);
    }
}

void RecordListPage::applyFilters() {
    QList<FieldFilter> filters;
    for (const auto& reader : std::as_const(m_filterReaders))
        filters += reader();
    m_model->setFilters(filters);
}

void RecordListPage::setColumns(const QStringList& columns) {
    m_model->setColumns(columns);
    rebuildColumnsMenu();
}

void RecordListPage::rebuildColumnsMenu() {
    m_columnsMenu->clear();
    const QStringList current = m_model->columns();
    for (const FieldDescriptor& field : m_entity.fields) {
        QAction* action = m_columnsMenu->addAction(field.translatedLabel());
        action->setCheckable(true);
        action->setChecked(current.contains(field.name));
        const QString name = field.name;
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            QStringList columns = m_model->columns();
            if (on) {
                // Keep the entity's field order for a newly shown column.
                QStringList ordered;
                for (const FieldDescriptor& f : m_entity.fields)
                    if (columns.contains(f.name) || f.name == name)
                        ordered << f.name;
                columns = ordered;
            } else {
                if (columns.size() <= 1)
                    return;
                columns.removeAll(name);
            }
            m_model->setColumns(columns);
            QTimer::singleShot(0, this, &RecordListPage::rebuildColumnsMenu);
            saveLayout();
        });
    }
    m_columnsMenu->addSeparator();
    connect(m_columnsMenu->addAction(tr("Restore default columns")), &QAction::triggered, this, [this] {
        m_view->horizontalHeader()->reset();
        m_model->setColumns(defaultColumns(m_entity));
        QTimer::singleShot(0, this, &RecordListPage::rebuildColumnsMenu);
        saveLayout();
    });
}

qint64 RecordListPage::currentId() const {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return m_model->idAt(index.row());
}

QList<qint64> RecordListPage::selectedIds() const {
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (const qint64 id = m_model->idAt(index.row()))
            ids << id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RecordListPage::setMultiSelection(bool on) {
    m_view->setSelectionMode(on ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
}

QString RecordListPage::countText() const {
    //: %1 is a number formatted for the locale, %2 the plural name of the records ("customers")
    return tr("%1 %2").arg(locale().toString(m_total), m_entity.translatedPluralLabel().toLower());
}

void RecordListPage::refresh() {
    m_model->refresh();
}

void RecordListPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace rapport
