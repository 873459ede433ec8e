#pragma once

#include <QWidget>

class QTableWidget;

namespace rapport {

class Database;
class RecordActions;

// The users with their sales profiles: team, territory, skills and languages, quota per period. A double
// click (or Edit…) opens the user's form with its "Sales" section; New user… adds one.
class TeamPage final : public QWidget {
    Q_OBJECT
public:
    TeamPage(Database& db, RecordActions* actions, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // The user of the selected row, or 0.
    qint64 currentUserId() const;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_db;
    RecordActions* m_actions;
    QTableWidget* m_table = nullptr;
};

} // namespace rapport
