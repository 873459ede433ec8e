#include "sales/TeamPage.h"

#include "RecordActions.h"
#include "entity/ChoiceLabels.h"
#include "sales/Money.h"
#include "sales/SalesTeam.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

TeamPage::TeamPage(Database& db, RecordActions* actions, QWidget* parent)
    : QWidget(parent), m_db(db), m_actions(actions) {
    setObjectName(QStringLiteral("teamPage"));
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Role"), tr("Team"), tr("Territory"),
                                        tr("Skills and languages"), tr("Quota"), tr("Active rep")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("New user…"));
    add->setObjectName(QStringLiteral("newUserButton"));
    auto* edit = new QPushButton(tr("Edit…"));
    edit->setObjectName(QStringLiteral("editUserButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, [this] { m_actions->addRecord(EntityCatalog::user()); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentUserId())
            m_actions->editRecord(EntityCatalog::user(), id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        m_actions->editRecord(EntityCatalog::user(), m_table->item(row, 0)->data(IdRole).toLongLong());
    });
    connect(m_actions, &RecordActions::changed, this, [this](const QString& entity) {
        if (isVisible() && (entity == u"user" || entity == u"sales_rep"))
            reload();
    });
}

qint64 TeamPage::currentUserId() const {
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(IdRole).toLongLong() : 0;
}

void TeamPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void TeamPage::reload() {
    const qint64 current = currentUserId();
    const QLocale locale;
    const QList<TeamMember> members = SalesTeam(m_db).members();
    m_table->setRowCount(0);
    for (const TeamMember& m : members) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList territory;
        for (const QString& part : {m.country, m.region})
            if (!part.isEmpty())
                territory << part;
        const QString quota = m.hasProfile ? tr("%1 %2 per %3")
                                                 .arg(money::formatLocalized(m.quotaMinor, locale),
                                                      m.currency, choiceLabel(m.quotaPeriod).toLower())
                                           : QString();
        const QStringList cells{m.name,
                                m.email,
                                m.role,
                                m.team,
                                territory.join(QStringLiteral(", ")),
                                m.skills,
                                quota,
                                m.hasProfile ? (m.active ? tr("yes") : tr("no")) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(IdRole, m.userId);
        if (m.userId == current)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

} // namespace rapport
