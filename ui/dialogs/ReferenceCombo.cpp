#include "dialogs/ReferenceCombo.h"

#include "repository/RecordStore.h"
#include "search/SearchService.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimer>

namespace rapport {
namespace {

constexpr int listLimit = 300;

QString nameOf(const EntityDescriptor& entity, const Record& record, const RecordStore& store) {
    if (entity.name == QLatin1String("contact"))
        return QStringLiteral("%1 %2")
            .arg(record.text(QStringLiteral("first_name")), record.text(QStringLiteral("last_name")))
            .trimmed();
    if (entity.field(QStringLiteral("name")))
        return record.text(QStringLiteral("name"));
    return store.displayName(entity, record.id);
}

} // namespace

ReferenceCombo::ReferenceCombo(Database& db, const FieldDescriptor& field, QWidget* parent)
    : QComboBox(parent), m_db(db), m_target(EntityCatalog::find(field.reference)) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("type to find…"));
    populate({});
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    const bool searchable = m_target && !SearchService::searchTable(m_target->name).isEmpty();
    if (searchable) {
        connect(lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
        connect(m_searchTimer, &QTimer::timeout, this, [this] { populate(lineEdit()->text()); });
    }
}

void ReferenceCombo::addRecord(qint64 id, const QString& name) {
    if (findData(id) < 0)
        addItem(name, id);
}

void ReferenceCombo::populate(const QString& searchText) {
    if (!m_target)
        return;
    const qint64 current = id();
    const QString typed = lineEdit()->text();
    const QSignalBlocker blocker(this);
    clear();
    addItem(QString(), QVariant());
    RecordStore store(m_db);
    if (current)
        addRecord(current, store.displayName(*m_target, current));
    if (searchText.trimmed().size() >= 3 && m_filters.isEmpty()) {
        const QList<SearchHit> hits = SearchService(m_db).search(searchText, listLimit);
        for (const SearchHit& hit : hits)
            if (hit.entity == m_target->name) {
                // Say which one it is when names repeat: the organisation, else the e-mail.
                const QString detail = !hit.organisation.isEmpty() ? hit.organisation : hit.email;
                addRecord(hit.id, detail.isEmpty() ? hit.name : tr("%1 — %2").arg(hit.name, detail));
            }
    } else {
        const QList<Record> records = store.list(*m_target, m_filters, listLimit);
        for (const Record& record : records)
            addRecord(record.id, nameOf(*m_target, record, store));
    }
    setCurrentIndex(current ? findData(current) : 0);
    if (!searchText.isEmpty()) {
        lineEdit()->setText(typed);
        if (count() > 1)
            showPopup();
    }
}

qint64 ReferenceCombo::id() const {
    // The chosen entry decides: two records may share a name, so the text alone is only a fallback for a
    // name typed by hand.
    const int current = currentIndex();
    if (current >= 0 && itemText(current) == currentText())
        return itemData(current).toLongLong();
    const int index = findText(currentText(), Qt::MatchExactly);
    return index < 0 ? 0 : itemData(index).toLongLong();
}

void ReferenceCombo::setId(qint64 id) {
    if (!m_target)
        return;
    if (id && findData(id) < 0)
        addRecord(id, RecordStore(m_db).displayName(*m_target, id));
    setCurrentIndex(id ? findData(id) : 0);
}

void ReferenceCombo::setFilters(const QList<FieldFilter>& filters) {
    m_filters = filters;
    populate({});
}

} // namespace rapport
