#include "settings/LetterheadDialog.h"

#include "sales/Letterhead.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

LetterheadDialog::LetterheadDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db) {
    setObjectName(QStringLiteral("letterheadDialog"));
    setWindowTitle(tr("Settings — Letterhead"));
    chooseLogoFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose a logo"), QString(),
                                            tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"));
    };
    const Letterhead letterhead(db);
    auto* intro =
        new QLabel(tr("The letterhead of your quotes: printed at the top of every quote PDF, with the "
                      "terms that new quotes start with."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const LetterheadSetting& setting : Letterhead::settings()) {
        const QString key = QString::fromLatin1(setting.key);
        QWidget* editor = nullptr;
        if (setting.multiLine) {
            auto* edit = new QPlainTextEdit(letterhead.value(key));
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
            edit->setPlaceholderText(letterhead.quoteTerms(QStringLiteral("EUR")));
            editor = edit;
        } else {
            editor = new QLineEdit(letterhead.value(key));
        }
        editor->setObjectName(QStringLiteral("setting_") + key);
        m_editors.insert(key, editor);
        form->addRow(QCoreApplication::translate("Letterhead", setting.label) + QLatin1Char(':'), editor);
    }
    m_logo = letterhead.logo();
    m_logoPreview = new QLabel;
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(260, 80);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto* choose = new QPushButton(tr("Choose…"));
    choose->setObjectName(QStringLiteral("chooseLogoButton"));
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeLogoButton"));
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(remove);
    logoButtons->addStretch();
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    form->addRow(tr("Logo:"), logoRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        if (const QString path = chooseLogoFile(); !path.isEmpty())
            loadLogo(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    showLogo();

    auto* box = new QGroupBox(tr("Letterhead"));
    box->setLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterheadDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(box, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 640);
}

void LetterheadDialog::showLogo() {
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo))
        m_logoPreview->setPixmap(pixmap.scaled(240, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logoPreview->setText(tr("(no logo)"));
}

bool LetterheadDialog::loadLogo(const QString& path) {
    QFile file(path);
    QByteArray bytes;
    Status status = Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.open(QIODevice::ReadOnly)) {
        bytes = file.read(Letterhead::maxLogoBytes + 1);
        status = Letterhead::checkLogo(bytes);
    }
    if (status && QPixmap().loadFromData(bytes) == false)
        status = Status::failure(tr("%1 is not an image Rapport can read.").arg(path));
    if (!status) {
        m_error->setText(status.message());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_logo = bytes;
    showLogo();
    return true;
}

void LetterheadDialog::save() {
    QMap<QString, QString> values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto* line = qobject_cast<QLineEdit*>(it.value()))
            values.insert(it.key(), line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it.value()))
            values.insert(it.key(), text->toPlainText());
    }
    if (const Status saved = Letterhead(m_db).save(values, &m_logo); !saved) {
        m_error->setText(saved.message());
        m_error->show();
        return;
    }
    accept();
}

} // namespace rapport
