#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rapport {

class Database;

// One partner at a glance: kind and level, their people, attributed leads, the open pipeline by stage with
// amounts, won revenue and the commission on it.
class PartnerView final : public QWidget {
    Q_OBJECT
public:
    explicit PartnerView(Database& db, QWidget* parent = nullptr);
    void showPartner(qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }
    QLabel* heading() const { return m_heading; }
    QLabel* revenue() const { return m_revenue; }
    QTableWidget* pipeline() const { return m_pipeline; }

private:
    Database& m_db;
    qint64 m_partnerId = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_revenue = nullptr;
    QTableWidget* m_pipeline = nullptr;
};

} // namespace rapport
