#include "alerts/AlertSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {
namespace {

QSpinBox* spin(int value, int low, int high, const QString& suffix, const char* objectName) {
    auto* box = new QSpinBox;
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setObjectName(QString::fromLatin1(objectName));
    return box;
}

} // namespace

AlertSettingsDialog::AlertSettingsDialog(const analytics::AlertSettings& s, const QString& userName,
                                         QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("alertSettingsDialog"));
    setWindowTitle(tr("Alert settings"));
    auto* heading = new QLabel(tr("When to alert %1:").arg(userName));
    m_closingDays = spin(s.closingDays, 0, 365, tr(" days"), "closingDays");
    m_staleDays = spin(s.staleDays, 1, 3650, tr(" days"), "staleDays");
    m_quotaPace = spin(s.quotaPacePercent, 1, 100, tr(" %"), "quotaPace");
    m_trendMonths = spin(s.trendMonths, 1, 24, tr(" months"), "trendMonths");
    m_trendDrop = spin(s.trendDropPercent, 1, 100, tr(" %"), "trendDrop");
    m_leadHours = spin(s.leadContactHours, 1, 8760, tr(" hours"), "leadHours");
    auto* form = new QFormLayout;
    form->addRow(tr("A deal closes within:"), m_closingDays);
    form->addRow(tr("A deal has had no activity for:"), m_staleDays);
    form->addRow(tr("Won so far is below this share of the pro-rated quota:"), m_quotaPace);
    form->addRow(tr("Compare a customer's purchases over the last:"), m_trendMonths);
    form->addRow(tr("…with the period before, and alert at a drop of:"), m_trendDrop);
    form->addRow(tr("A new lead has not been contacted within:"), m_leadHours);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

analytics::AlertSettings AlertSettingsDialog::settings() const {
    analytics::AlertSettings s;
    s.closingDays = m_closingDays->value();
    s.staleDays = m_staleDays->value();
    s.quotaPacePercent = m_quotaPace->value();
    s.trendMonths = m_trendMonths->value();
    s.trendDropPercent = m_trendDrop->value();
    s.leadContactHours = m_leadHours->value();
    return s;
}

} // namespace rapport
