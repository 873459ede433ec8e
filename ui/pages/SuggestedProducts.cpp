#include "pages/SuggestedProducts.h"

#include "alerts/BackgroundRefresh.h"
#include "analytics/CrossSell.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int shownSuggestions = 8;

} // namespace

SuggestedProducts::SuggestedProducts(Database& db, QWidget* parent)
    : QGroupBox(tr("Suggested products"), parent), m_rules(std::make_shared<analytics::CrossSellRules>()) {
    setObjectName(QStringLiteral("suggestedProducts"));
    m_refresh = new BackgroundRefresh(db.path(), 0, this);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("suggestedProductsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Product"), tr("Because they bought"), tr("Confidence"), tr("Lift")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("suggestedProductsNote"));
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
}

bool SuggestedProducts::isLoading() const {
    return m_refresh->isBusy();
}

void SuggestedProducts::showCustomer(qint64 customerId) {
    if (customerId != m_customerId)
        m_list->clear();
    m_customerId = customerId;
    if (!customerId) {
        m_note->clear();
        return;
    }
    m_note->setText(tr("Looking at what other customers bought…"));
    QPointer<SuggestedProducts> self(this);
    std::shared_ptr<analytics::CrossSellRules> rules = m_rules;
    std::shared_ptr<std::atomic_bool> stale = m_stale;
    m_refresh->setJob([self, rules, stale, customerId](Database& db) -> BackgroundRefresh::Deliver {
        Status status;
        if (stale->exchange(false)) {
            *rules = analytics::CrossSell::rules(db, {}, &status);
            if (!status)
                stale->store(true);
        }
        QList<analytics::ProductSuggestion> suggestions;
        QSet<qint64> owned;
        if (status)
            owned = analytics::CrossSell::ownedProducts(db, customerId, &status);
        if (status)
            suggestions = analytics::CrossSell::suggest(owned, *rules, shownSuggestions);
        const QString error = status ? QString() : status.message();
        const qint64 baskets = rules->baskets;
        const bool boughtNothing = owned.isEmpty();
        return [self, suggestions, error, baskets, boughtNothing, customerId] {
            if (!self || self->m_customerId != customerId)
                return;
            self->m_list->clear();
            for (const analytics::ProductSuggestion& s : suggestions) {
                auto* item =
                    new QTreeWidgetItem(self->m_list, {s.name, s.becauseName,
                                                       self->locale().toString(s.confidence * 100, 'f', 0) +
                                                           self->locale().percent(),
                                                       self->locale().toString(s.lift, 'f', 2)});
                item->setData(0, Qt::UserRole, s.productId);
                item->setToolTip(0, tr("%1 (%2)").arg(s.name, s.code));
                item->setToolTip(1, s.becauseName);
                item->setToolTip(2, tr("%1 of the customers' quotes with %2 also had %3")
                                        .arg(self->locale().toString(s.confidence * 100, 'f', 0) +
                                                 self->locale().percent(),
                                             s.becauseName, s.name));
            }
            self->m_note->setText(
                !error.isEmpty() ? tr("Suggestions could not be computed: %1").arg(error)
                : suggestions.size()
                    ? tr("From %n accepted quote(s).", nullptr, int(baskets))
                    : tr("Nothing to suggest: no product goes with what this customer has bought "
                         "more often than with others."));
            emit self->loaded();
        };
    });
    m_refresh->runNow();
}

} // namespace rapport
