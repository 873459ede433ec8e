#include "import/ExportDialog.h"

#include "importer/Exporter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>

namespace rapport {

ExportDialog::ExportDialog(Database* db, QWidget* parent) : QDialog(parent), m_db(db) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_entity = new QComboBox;
    m_entity->addItems({tr("Customers"), tr("Contacts"), tr("Interactions"), tr("Leads")});
    m_format = new QComboBox;
    m_format->addItems({tr("CSV (UTF-8)"), tr("vCard (contacts)")});
    m_version = new QComboBox;
    m_version->addItems({QStringLiteral("3.0"), QStringLiteral("4.0")});
    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Comma"), int(','));
    m_delimiter->addItem(tr("Semicolon"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_bom = new QCheckBox(tr("Byte-order mark (for Excel)"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir::homePath());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    m_progress = new QProgressBar;
    m_status = new QLabel;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Records:"), m_entity);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("vCard version:"), m_version);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(m_bom);
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_progress);
    form->addRow(m_status);
    form->addRow(buttons);
}

ExportDialog::~ExportDialog() {
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void ExportDialog::setFile(const QString& path) {
    m_path->setText(path);
}

QString ExportDialog::message() const {
    return m_status->text();
}

void ExportDialog::reject() {
    if (m_thread) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

void ExportDialog::start() {
    if (m_thread || m_path->text().isEmpty())
        return;
    ExportOptions options;
    options.entity = static_cast<ImportEntity>(m_entity->currentIndex());
    options.format = m_format->currentIndex() == 1 ? ImportFormat::VCard : ImportFormat::Csv;
    options.vcardVersion =
        m_version->currentIndex() == 1 ? VCardWriter::Version::V4_0 : VCardWriter::Version::V3_0;
    options.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    options.bom = m_bom->isChecked();
    const QString path = m_path->text();
    const QString databasePath = m_db->path();
    m_cancel = false;
    m_thread = QThread::create([this, options, path, databasePath] {
        Database db;
        ExportResult result;
        if (const Status opened = db.open(databasePath); !opened) {
            result.status = opened;
        } else {
            Exporter exporter(db, options);
            exporter.setCancelFlag(&m_cancel);
            exporter.setProgressCallback([this](const ImportProgress& p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, p] {
                        m_progress->setMaximum(static_cast<int>(std::max<qint64>(1, p.totalBytes)));
                        m_progress->setValue(static_cast<int>(p.rows));
                    },
                    Qt::QueuedConnection);
            });
            result = exporter.run(path);
        }
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                const bool ok = result.status.ok() && !result.cancelled;
                m_status->setText(result.cancelled ? tr("Cancelled.")
                                  : ok             ? tr("%1 records exported.").arg(result.rows)
                                                   : result.status.message());
                emit finished(ok);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace rapport
