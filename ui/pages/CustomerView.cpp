#include "pages/CustomerView.h"

#include "ChoiceText.h"
#include "models/RecordListModel.h"
#include "pages/SuggestedProducts.h"
#include "pages/TimelineText.h"
#include "repository/RecordStore.h"
#include "repository/Timeline.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString linkList(const QString& stored, const QString& scheme) {
    QStringList links;
    for (const QString& item : stored.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        QString target = item.trimmed();
        if (scheme == QLatin1String("tel"))
            target.remove(QLatin1Char(' '));
        links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                     .arg(scheme, target.toHtmlEscaped(), item.trimmed().toHtmlEscaped());
    }
    return links.join(QStringLiteral("<br>"));
}

QString joinAddress(const Record& record, const QString& prefix) {
    QStringList parts;
    for (const char* suffix : {"_street", "_postcode", "_city", "_region", "_country"}) {
        const QString value = record.text(prefix + QLatin1String(suffix)).trimmed();
        if (!value.isEmpty())
            parts << value;
    }
    return parts.join(QStringLiteral(", "));
}

QPushButton* button(const QString& text, const QString& objectName) {
    auto* result = new QPushButton(text);
    result->setObjectName(objectName);
    return result;
}

} // namespace

CustomerView::CustomerView(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("customerView"));
    auto* columns = new QSplitter(Qt::Horizontal);
    columns->setObjectName(QStringLiteral("customerViewSplitter"));
    columns->setChildrenCollapsible(false);

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(buildDetails());
    left->addWidget(buildTasks());
    left->setSizes({480, 220});
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(buildContacts());
    right->addWidget(buildTimeline());
    m_suggestions = new SuggestedProducts(db);
    right->addWidget(m_suggestions);
    right->setSizes({180, 340, 180});
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(buildHeader());
    layout->addWidget(columns, 1);
}

QWidget* CustomerView::buildHeader() {
    auto* header = new QWidget;
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    auto* back = button(tr("‹ Back"), QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the list"));
    connect(back, &QPushButton::clicked, this, &CustomerView::backRequested);
    layout->addWidget(back, 0, Qt::AlignTop);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("customerSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    layout->addLayout(titles, 1);

    const auto customer = [] {
        return std::cref(EntityCatalog::customer());
    };
    auto* edit = button(tr("Edit…"), QStringLiteral("editCustomerButton"));
    connect(edit, &QPushButton::clicked, this,
            [this, customer] { emit editRequested(customer(), m_customerId); });
    auto* addContact = button(tr("Add contact…"), QStringLiteral("addContactButton"));
    connect(addContact, &QPushButton::clicked, this,
            [this] { emit addRequested(EntityCatalog::contact(), customerPrefill()); });
    auto* log = button(tr("Log interaction…"), QStringLiteral("logInteractionButton"));
    connect(log, &QPushButton::clicked, this, [this] {
        QVariantMap values = customerPrefill();
        values.insert(QStringLiteral("channel"), QStringLiteral("phone"));
        values.insert(QStringLiteral("direction"), QStringLiteral("out"));
        values.insert(QStringLiteral("occurred_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        emit addRequested(EntityCatalog::interaction(), values);
    });
    auto* task = button(tr("Add task…"), QStringLiteral("addTaskButton"));
    connect(task, &QPushButton::clicked, this,
            [this] { emit addRequested(EntityCatalog::task(), customerPrefill()); });
    auto* remove = button(tr("Delete…"), QStringLiteral("deleteCustomerButton"));
    connect(remove, &QPushButton::clicked, this,
            [this, customer] { emit deleteRequested(customer(), m_customerId); });
    for (QPushButton* b : {edit, addContact, log, task, remove})
        layout->addWidget(b, 0, Qt::AlignTop);
    return header;
}

QWidget* CustomerView::buildDetails() {
    auto* box = new QGroupBox(tr("Details"));
    auto* inner = new QWidget;
    m_details = new QFormLayout(inner);
    m_details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(scroll);
    return box;
}

QWidget* CustomerView::buildContacts() {
    auto* box = new QGroupBox(tr("Contacts"));
    m_contacts = new RecordListModel(m_db, EntityCatalog::contact(), this);
    m_contacts->setColumns({QStringLiteral("first_name"), QStringLiteral("last_name"),
                            QStringLiteral("title"), QStringLiteral("emails"), QStringLiteral("phones")});
    m_contacts->setFilters({{QStringLiteral("customer_id"), qint64(-1)}});
    m_contactsView = new QTableView;
    m_contactsView->setObjectName(QStringLiteral("customerContacts"));
    m_contactsView->setModel(m_contacts);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setAlternatingRowColors(true);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->verticalHeader()->setDefaultSectionSize(m_contactsView->fontMetrics().height() + 8);
    m_contactsView->horizontalHeader()->setStretchLastSection(true);
    m_contactsView->horizontalHeader()->setDefaultSectionSize(130);
    connect(m_contactsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_contacts->idAt(index.row()))
            emit editRequested(EntityCatalog::contact(), id);
    });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_contactsView);
    return box;
}

QWidget* CustomerView::buildTimeline() {
    auto* box = new QGroupBox(tr("Timeline"));
    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("When"), tr("Channel"), tr("Subject"), tr("Contact"), tr("By")});
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->setColumnWidth(0, 140);
    m_timeline->setColumnWidth(1, 110);
    m_timeline->setColumnWidth(3, 130);
    m_timeline->setColumnWidth(4, 110);
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const auto kind = TimelineEntry::Kind(item->data(0, Qt::UserRole + 1).toInt());
        emit editRequested(kind == TimelineEntry::Kind::Task   ? EntityCatalog::task()
                           : kind == TimelineEntry::Kind::Case ? *EntityCatalog::find(QStringLiteral("case"))
                                                               : EntityCatalog::interaction(),
                           item->data(0, Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_timeline);
    return box;
}

QWidget* CustomerView::buildTasks() {
    auto* box = new QGroupBox(tr("Open tasks"));
    m_tasks = new QListWidget;
    m_tasks->setObjectName(QStringLiteral("openTasks"));
    connect(m_tasks, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        emit taskDoneRequested(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    connect(m_tasks, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit editRequested(EntityCatalog::task(), item->data(Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_tasks);
    return box;
}

QVariantMap CustomerView::customerPrefill() const {
    return {{QStringLiteral("customer_id"), m_customerId}};
}

void CustomerView::showCustomer(qint64 id) {
    m_customerId = id;
    m_contacts->setFilters({{QStringLiteral("customer_id"), id}});
    reload();
}

void CustomerView::reload() {
    RecordStore store(m_db);
    const std::optional<Record> customer =
        m_customerId ? store.get(EntityCatalog::customer(), m_customerId) : std::nullopt;
    if (!customer) {
        m_name->setText(tr("No customer"));
        m_subtitle->clear();
        fillDetails(Record{});
        m_contacts->setFilters({{QStringLiteral("customer_id"), qint64(-1)}});
        m_timeline->clear();
        m_tasks->clear();
        m_suggestions->showCustomer(0);
        return;
    }
    m_name->setText(customer->text(QStringLiteral("name")));
    QStringList subtitle;
    subtitle << QStringLiteral("<b>%1</b>")
                    .arg(choiceText(customer->text(QStringLiteral("status"))).toHtmlEscaped());
    subtitle << choiceText(customer->text(QStringLiteral("kind"))).toHtmlEscaped();
    if (const qint64 owner = customer->value(QStringLiteral("owner_id")).toLongLong())
        subtitle << tr("owner: %1").arg(store.displayName(EntityCatalog::user(), owner)).toHtmlEscaped();
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    fillDetails(*customer);
    m_contacts->refresh();
    fillTimeline();
    fillTasks();
    m_suggestions->showCustomer(m_customerId);
}

void CustomerView::fillDetails(const Record& customer) {
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    if (!customer.id)
        return;
    const EntityDescriptor& entity = EntityCatalog::customer();
    const auto addRow = [this](const QString& label, const QString& html, const QString& objectName) {
        if (html.trimmed().isEmpty())
            return;
        auto* value = new QLabel(html);
        value->setObjectName(objectName);
        value->setTextFormat(Qt::RichText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextBrowserInteraction);
        value->setOpenExternalLinks(false);
        connect(value, &QLabel::linkActivated, this,
                [this](const QString& link) { emit linkActivated(QUrl(link)); });
        m_details->addRow(new QLabel(label + QLatin1Char(':')), value);
    };
    const auto plain = [&customer](const char* field) {
        return customer.text(QString::fromLatin1(field)).toHtmlEscaped();
    };
    const auto label = [&entity](const char* field) {
        return entity.field(QString::fromLatin1(field))->translatedLabel();
    };
    addRow(label("phones"), linkList(customer.text(QStringLiteral("phones")), QStringLiteral("tel")),
           QStringLiteral("detail_phones"));
    addRow(label("emails"), linkList(customer.text(QStringLiteral("emails")), QStringLiteral("mailto")),
           QStringLiteral("detail_emails"));
    const QString website = customer.text(QStringLiteral("website"));
    if (!website.isEmpty()) {
        const QString href =
            website.contains(QLatin1String("://")) ? website : QStringLiteral("https://") + website;
        addRow(label("website"),
               QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), website.toHtmlEscaped()),
               QStringLiteral("detail_website"));
    }
    addRow(label("industry"), plain("industry"), QStringLiteral("detail_industry"));
    addRow(label("tags"), plain("tags"), QStringLiteral("detail_tags"));
    addRow(label("tax_id"), plain("tax_id"), QStringLiteral("detail_tax_id"));
    addRow(tr("Billing address"), joinAddress(customer, QStringLiteral("billing")).toHtmlEscaped(),
           QStringLiteral("detail_billing"));
    addRow(tr("Shipping address"), joinAddress(customer, QStringLiteral("shipping")).toHtmlEscaped(),
           QStringLiteral("detail_shipping"));
    addRow(label("notes"), plain("notes").replace(QLatin1Char('\n'), QStringLiteral("<br>")),
           QStringLiteral("detail_notes"));
    const QDateTime created = QDateTime::fromString(customer.text(QStringLiteral("created_at")), Qt::ISODate);
    if (created.isValid())
        addRow(tr("Customer since"), locale().toString(created.toLocalTime().date(), QLocale::ShortFormat),
               QStringLiteral("detail_created"));
}

void CustomerView::fillTimeline() {
    m_timeline->clear();
    const QList<TimelineEntry> entries = Timeline(m_db).forCustomer(m_customerId, 500);
    QList<QTreeWidgetItem*> items;
    for (const TimelineEntry& entry : entries) {
        auto* item = new QTreeWidgetItem;
        const bool isTask = entry.kind == TimelineEntry::Kind::Task;
        item->setText(0, locale().toString(entry.when.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, timelineChannelText(entry));
        item->setText(2, entry.subject);
        item->setText(3, entry.contactName);
        item->setText(4, entry.userName);
        item->setToolTip(2, entry.body.left(600));
        item->setData(0, Qt::UserRole, entry.id);
        item->setData(0, Qt::UserRole + 1, int(entry.kind));
        if (isTask && !entry.done)
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, palette().brush(QPalette::Link));
        items << item;
    }
    m_timeline->addTopLevelItems(items);
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

void CustomerView::fillTasks() {
    const QSignalBlocker blocker(m_tasks);
    m_tasks->clear();
    const QList<TimelineEntry> tasks = Timeline(m_db).openTasks(m_customerId);
    for (const TimelineEntry& task : tasks) {
        QString text = task.subject;
        if (task.when.isValid())
            text = tr("%1 — due %2")
                       .arg(task.subject,
                            locale().toString(task.when.toLocalTime().date(), QLocale::ShortFormat));
        auto* item = new QListWidgetItem(text, m_tasks);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, task.id);
        item->setToolTip(tr("Tick when done"));
    }
    if (tasks.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Nothing open."), m_tasks);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace rapport
