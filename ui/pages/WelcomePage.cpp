#include "pages/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Rapport"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto* text =
        new QLabel(tr("This database has no customers yet. Load sample data to look around, import your "
                      "customers from a spreadsheet, or add the first customer yourself."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));

    auto* sample = new QPushButton(tr("Load sample data"));
    sample->setObjectName(QStringLiteral("loadSampleDataButton"));
    auto* import = new QPushButton(tr("Import…"));
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Import customers or contacts from a CSV or vCard file"));
    auto* add = new QPushButton(tr("Add a customer…"));
    add->setObjectName(QStringLiteral("welcomeNewCustomerButton"));
    connect(sample, &QPushButton::clicked, this, &WelcomePage::loadSampleDataRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(add, &QPushButton::clicked, this, &WelcomePage::newCustomerRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    for (QPushButton* button : {sample, import, add}) {
        button->setMinimumWidth(240);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
}

} // namespace rapport
