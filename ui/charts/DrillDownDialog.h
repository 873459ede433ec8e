#pragma once

#include "analytics/DrillDown.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace rapport {

// The records behind a clicked bar or slice, as a list; a double-click (or Open) opens the record.
class DrillDownDialog final : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(const QString& title, const analytics::DrillDownResult& result,
                    QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    const analytics::DrillDownResult& result() const { return m_result; }

signals:
    void openRecordRequested(const QString& entity, qint64 id);

private:
    void openCurrent();
    analytics::DrillDownResult m_result;
    QTableView* m_view = nullptr;
};

} // namespace rapport
