#pragma once

#include "repository/Record.h"

#include <QUrl>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QTableView;
class QTreeWidget;

namespace rapport {

class Database;
class RecordListModel;
class SuggestedProducts;
struct EntityDescriptor;

// The 360° view of one customer: who they are, their people, every interaction and task newest first, and
// what is still open. The buttons ask the window to do the work (edit, add, log), so undo sees every change.
class CustomerView final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerView(Database& db, QWidget* parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    void showCustomer(qint64 id);
    QTreeWidget* timeline() const { return m_timeline; }
    QListWidget* openTasks() const { return m_tasks; }
    SuggestedProducts* suggestions() const { return m_suggestions; }

public slots:
    // Re-reads everything shown (after any change); goes blank while the customer does not exist (deleted; an
    // undo brings it back).
    void reload();

signals:
    void backRequested();
    void editRequested(const EntityDescriptor& entity, qint64 id);
    void deleteRequested(const EntityDescriptor& entity, qint64 id);
    void addRequested(const EntityDescriptor& entity, const QVariantMap& values);
    void taskDoneRequested(qint64 taskId, bool done);
    // A phone number or e-mail address was clicked (tel: or mailto:).
    void linkActivated(const QUrl& url);

private:
    QWidget* buildHeader();
    QWidget* buildDetails();
    QWidget* buildContacts();
    QWidget* buildTimeline();
    QWidget* buildTasks();
    void fillDetails(const Record& customer);
    void fillTimeline();
    void fillTasks();
    QVariantMap customerPrefill() const;

    Database& m_db;
    qint64 m_customerId = 0;
    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QFormLayout* m_details = nullptr;
    RecordListModel* m_contacts = nullptr;
    QTableView* m_contactsView = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QListWidget* m_tasks = nullptr;
    SuggestedProducts* m_suggestions = nullptr;
};

} // namespace rapport
