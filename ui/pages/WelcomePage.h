#pragma once

#include <QWidget>

class QPushButton;

namespace rapport {

// Shown on a database without customers: load sample data, import (wired by the import feature), or start.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void loadSampleDataRequested();
    void importRequested();
    void newCustomerRequested();
};

} // namespace rapport
