#pragma once

#include <QGroupBox>
#include <atomic>
#include <memory>

class QLabel;
class QTreeWidget;

namespace rapport {

class BackgroundRefresh;
class Database;
namespace analytics {
struct CrossSellRules;
}

// "Suggested products" on a customer's 360° view: products the customer has not bought yet that customers
// who bought what they have also bought (cross-sell rules from accepted quotes), best confidence first, with
// the product that suggests each. The rules are mined off the GUI thread and kept until quotes change.
class SuggestedProducts final : public QGroupBox {
    Q_OBJECT
public:
    explicit SuggestedProducts(Database& db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    bool isLoading() const;
    void showCustomer(qint64 customerId);
    // Quotes or products changed: mine the rules again on the next showing.
    void invalidateRules() { *m_stale = true; }

signals:
    void loaded();

private:
    QTreeWidget* m_list = nullptr;
    QLabel* m_note = nullptr;
    BackgroundRefresh* m_refresh = nullptr;
    // Read and written by the worker only (one run at a time); m_stale is set from the GUI thread.
    std::shared_ptr<analytics::CrossSellRules> m_rules;
    std::shared_ptr<std::atomic_bool> m_stale = std::make_shared<std::atomic_bool>(true);
    qint64 m_customerId = 0;
};

} // namespace rapport
