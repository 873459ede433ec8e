#pragma once

#include "analytics/Alerts.h"

#include <QDialog>

class QSpinBox;

namespace rapport {

// The thresholds of one user's alerts, each a spin box limited to the range the database accepts.
class AlertSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    AlertSettingsDialog(const analytics::AlertSettings& settings, const QString& userName,
                        QWidget* parent = nullptr);
    analytics::AlertSettings settings() const;

private:
    QSpinBox* m_closingDays = nullptr;
    QSpinBox* m_staleDays = nullptr;
    QSpinBox* m_quotaPace = nullptr;
    QSpinBox* m_trendMonths = nullptr;
    QSpinBox* m_trendDrop = nullptr;
    QSpinBox* m_leadHours = nullptr;
};

} // namespace rapport
