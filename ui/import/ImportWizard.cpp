#include "import/ImportWizard.h"

#include "importer/ImportPresets.h"
#include "importer/ImportSchema.h"
#include "io/TextEncoding.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {

ImportWizard::ImportWizard(Database* db, QWidget* parent) : QWizard(parent), m_db(db) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(RunPage, createRunPage());
    setPage(SummaryPage, createSummaryPage());
    resize(900, 600);
    m_askDateOrder = [this](const QString& question, const QString& dayFirst, const QString& monthFirst) {
        QMessageBox box(QMessageBox::Question, tr("Which date order?"), question, QMessageBox::Cancel, this);
        QPushButton* day = box.addButton(tr("Day first: %1").arg(dayFirst), QMessageBox::AcceptRole);
        QPushButton* month = box.addButton(tr("Month first: %1").arg(monthFirst), QMessageBox::AcceptRole);
        box.setDefaultButton(day);
        box.exec();
        return box.clickedButton() == day     ? DateParser::Order::DayMonthYear
               : box.clickedButton() == month ? DateParser::Order::MonthDayYear
                                              : DateParser::Order::Unknown;
    };
}

ImportWizard::~ImportWizard() {
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void ImportWizard::setFile(const QString& path) {
    m_path->setText(path);
}

QString ImportWizard::filePath() const {
    return m_path->text();
}

void ImportWizard::setEntity(ImportEntity entity) {
    m_entity->setCurrentIndex(static_cast<int>(entity));
}

QWizardPage* ImportWizard::createFilePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("Check the preview: the rows are shown as they will be stored."));
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    m_entity->addItems({tr("Customers"), tr("Contacts"), tr("Interactions"), tr("Leads")});
    m_entity->setCurrentIndex(1);
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import"), QDir::homePath(), tr("CSV and vCard files (*.csv *.txt *.tsv *.vcf)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QByteArray());
    for (const QByteArray& name : TextEncoding::supportedEncodings())
        m_encoding->addItem(TextEncoding::displayName(name), name);
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma"), int(','));
    m_delimiter->addItem(tr("Semicolon"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe"), int('|'));
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* form = new QFormLayout;
    form->addRow(tr("Import into:"), m_entity);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_detected);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_previewTable);
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::refreshPreview);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    return page;
}

QWizardPage* ImportWizard::createMappingPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Choose the field each column goes into; unmapped columns can go into the notes."));
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Field"), tr("First value")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_dateOrder = new QComboBox;
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Day.month.year"), int(DateParser::Order::DayMonthYear));
    m_dateOrder->addItem(tr("Month/day/year"), int(DateParser::Order::MonthDayYear));
    connect(m_dateOrder, &QComboBox::activated, this,
            [this] { m_dateOrderAnswered = true; }); // chosen by hand
    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("presetCombo"));
    auto* load = new QPushButton(tr("Load preset"));
    m_presetName = new QLineEdit;
    m_presetName->setObjectName(QStringLiteral("presetNameEdit"));
    m_presetName->setPlaceholderText(tr("Preset name"));
    auto* save = new QPushButton(tr("Save preset"));
    save->setObjectName(QStringLiteral("savePresetButton"));
    connect(load, &QPushButton::clicked, this, &ImportWizard::loadPreset);
    connect(save, &QPushButton::clicked, this, &ImportWizard::savePreset);
    auto* presets = new QHBoxLayout;
    presets->addWidget(m_presets);
    presets->addWidget(load);
    presets->addWidget(m_presetName);
    presets->addWidget(save);
    auto* form = new QFormLayout;
    form->addRow(tr("Dates are written as:"), m_dateOrder);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping);
    layout->addLayout(form);
    layout->addLayout(presets);
    return page;
}

QWizardPage* ImportWizard::createOptionsPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Duplicates"));
    page->setSubTitle(tr("A row is a duplicate when its e-mail, phone, or name and organisation match a "
                         "record already in the database or earlier in the file."));
    m_skip = new QRadioButton(tr("Skip duplicates"));
    m_update = new QRadioButton(tr("Update the existing record"));
    m_create = new QRadioButton(tr("Create a new record anyway"));
    m_skip->setChecked(true);
    m_region = new QLineEdit(QLocale::system().name().section(QLatin1Char('_'), 1, 1));
    m_region->setObjectName(QStringLiteral("regionEdit"));
    m_dryRun = new QCheckBox(tr("Dry run: check everything, write nothing"));
    auto* layout = new QFormLayout(page);
    layout->addRow(m_skip);
    layout->addRow(m_update);
    layout->addRow(m_create);
    layout->addRow(tr("Country for phone numbers without one:"), m_region);
    layout->addRow(m_dryRun);
    return page;
}

QWizardPage* ImportWizard::createRunPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Importing"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progressText = new QLabel;
    m_cancelButton = new QPushButton(tr("Cancel import"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_cancelButton);
    layout->addStretch();
    page->setCommitPage(true);
    return page;
}

QWizardPage* ImportWizard::createSummaryPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Done"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setOpenExternalLinks(true);
    m_summary->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

ImportOptions ImportWizard::currentOptions(bool withMapping) const {
    ImportOptions options;
    options.entity = static_cast<ImportEntity>(m_entity->currentIndex());
    options.format = m_path->text().endsWith(QStringLiteral(".vcf"), Qt::CaseInsensitive)
                         ? ImportFormat::VCard
                         : ImportFormat::Csv;
    options.encoding = m_encoding->currentData().toByteArray();
    options.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    if (withMapping) {
        for (int row = 0; row < m_mapping->rowCount(); ++row) {
            const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
            options.mapping.insert(m_mapping->item(row, 0)->text(), combo->currentData().toString());
        }
        options.dateOrder = static_cast<DateParser::Order>(m_dateOrder->currentData().toInt());
    }
    options.onDuplicate = m_update && m_update->isChecked()   ? DuplicatePolicy::Update
                          : m_create && m_create->isChecked() ? DuplicatePolicy::Create
                                                              : DuplicatePolicy::Skip;
    options.region = m_region ? m_region->text().trimmed().toUpper() : QString();
    options.dryRun = m_dryRun && m_dryRun->isChecked();
    return options;
}

void ImportWizard::refreshPreview() {
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
    if (m_path->text().isEmpty())
        return;
    m_preview = Importer::preview(m_path->text(), currentOptions(false), 100);
    if (!m_preview.status) {
        m_detected->setText(m_preview.errorLine > 0
                                ? tr("Line %1: %2").arg(m_preview.errorLine).arg(m_preview.status.message())
                                : m_preview.status.message());
        return;
    }
    m_detected->setText(
        tr("Encoding: %1 (%2% sure) · delimiter: %3")
            .arg(TextEncoding::displayName(m_preview.encoding))
            .arg(qRound(m_preview.encodingConfidence * 100))
            .arg(m_preview.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(m_preview.delimiter))));
    const ImportSchema schema(currentOptions(false).entity);
    m_previewTable->setColumnCount(static_cast<int>(m_preview.headers.size()));
    QStringList labels;
    for (int c = 0; c < m_preview.headers.size(); ++c)
        labels
            << QStringLiteral("%1\n→ %2").arg(m_preview.headers[c], schema.label(m_preview.fields.value(c)));
    m_previewTable->setHorizontalHeaderLabels(labels);
    m_previewTable->setRowCount(static_cast<int>(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const ImportPreview::Row& row = m_preview.rows[r];
        for (int c = 0; c < row.values.size(); ++c) {
            auto* item = new QTableWidgetItem(row.values[c]);
            if (!row.errors[c].isEmpty()) {
                item->setBackground(QColor(255, 200, 200));
                item->setToolTip(row.errors[c]);
            }
            m_previewTable->setItem(r, c, item);
        }
    }
}

void ImportWizard::fillMapping() {
    const ImportSchema schema(currentOptions(false).entity);
    m_mapping->setRowCount(static_cast<int>(m_preview.headers.size()));
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_preview.headers[c]));
        auto* combo = new QComboBox;
        combo->addItem(tr("ignore"), QString());
        combo->addItem(tr("→ notes"), ImportOptions::toNotes());
        for (const ImportField& field : schema.fields())
            if (field.name != ImportOptions::toNotes())
                combo->addItem(schema.label(field.name), field.name);
        combo->setCurrentIndex(std::max(0, combo->findData(m_preview.fields.value(c))));
        m_mapping->setCellWidget(c, 1, combo);
        const QString first = m_preview.rows.isEmpty() ? QString() : m_preview.rows.first().values.value(c);
        m_mapping->setItem(c, 2, new QTableWidgetItem(first));
    }
    bool ambiguous = false;
    m_dateOrderAnswered = false;
    for (auto it = m_preview.dateOrders.cbegin(); it != m_preview.dateOrders.cend(); ++it) {
        if (it.value() == DateParser::Order::MonthDayYear)
            m_dateOrder->setCurrentIndex(1);
        ambiguous = ambiguous || it.value() == DateParser::Order::Ambiguous;
    }
    m_dateOrder->setToolTip(ambiguous ? tr("These dates read both ways: please choose.") : QString());
    m_dateOrder->setStyleSheet(ambiguous ? QStringLiteral("background: #ffe9a8") : QString());
    m_presets->clear();
    m_presets->addItems(ImportPresets(*m_db).names(currentOptions(false).entity));
}

void ImportWizard::savePreset() {
    ImportPresets(*m_db).save(m_presetName->text(), currentOptions(true));
    m_presets->clear();
    m_presets->addItems(ImportPresets(*m_db).names(currentOptions(false).entity));
}

void ImportWizard::loadPreset() {
    ImportOptions options = currentOptions(false);
    if (!ImportPresets(*m_db).load(m_presets->currentText(), options))
        return;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString header = m_mapping->item(row, 0)->text();
        if (!options.mapping.contains(header))
            continue;
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        combo->setCurrentIndex(std::max(0, combo->findData(options.mapping.value(header))));
    }
}

void ImportWizard::initializePage(int id) {
    if (id == MappingPage)
        fillMapping();
    else if (id == RunPage)
        start();
    else if (id == SummaryPage) {
        QString text = m_result.cancelled ? tr("The import was cancelled; nothing was changed.")
                       : !m_result.status ? tr("The import failed; nothing was changed.<br>%1")
                                                .arg(m_result.status.message().toHtmlEscaped())
                                          : tr("%1 created, %2 updated, %3 skipped, %4 rejected.")
                                                .arg(m_result.created)
                                                .arg(m_result.updated)
                                                .arg(m_result.skipped)
                                                .arg(m_result.rejected);
        if (m_result.status && currentOptions(false).dryRun)
            text += QStringLiteral("<br>") + tr("Dry run: nothing was written.");
        if (!m_result.rejectsPath.isEmpty())
            text += QStringLiteral("<br><a href=\"%1\">%2</a>")
                        .arg(QUrl::fromLocalFile(m_result.rejectsPath).toString(),
                             tr("Open the rejected rows (correct them and import the file again)"));
        m_summary->setText(text);
    }
    QWizard::initializePage(id);
}

bool ImportWizard::askDateOrder() {
    if (m_dateOrderAnswered)
        return true;
    for (auto it = m_preview.dateOrders.cbegin(); it != m_preview.dateOrders.cend(); ++it) {
        const QStringList examples = m_preview.dateSamples.value(it.key());
        if (it.value() != DateParser::Order::Ambiguous || examples.isEmpty())
            continue;
        const QString example = examples.first();
        const QLocale locale;
        const QString format = QStringLiteral("d MMMM yyyy");
        const QString dayFirst =
            locale.toString(DateParser::parseDate(example, DateParser::Order::DayMonthYear), format);
        const QString monthFirst =
            locale.toString(DateParser::parseDate(example, DateParser::Order::MonthDayYear), format);
        QString question = tr("The dates in the column “%1” can be read two ways.\n\n%2 — %3 or %4?")
                               .arg(m_preview.headers.value(it.key()), example, dayFirst, monthFirst);
        if (examples.size() > 1)
            question += QLatin1Char('\n') +
                        tr("Other dates in the file: %1.").arg(examples.mid(1).join(QStringLiteral(", ")));
        const DateParser::Order answer = m_askDateOrder(question, dayFirst, monthFirst);
        if (answer != DateParser::Order::DayMonthYear && answer != DateParser::Order::MonthDayYear)
            return false;
        m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(answer))));
        m_dateOrderAnswered = true;
        m_dateOrder->setStyleSheet(QString());
        break; // one order applies to every date column of the file
    }
    return true;
}

bool ImportWizard::validateCurrentPage() {
    if (currentId() == MappingPage)
        return askDateOrder();
    if (currentId() == FilePage)
        return !m_path->text().isEmpty() && m_preview.status.ok() && !m_preview.headers.isEmpty();
    if (currentId() == RunPage)
        return m_done;
    return true;
}

void ImportWizard::reject() {
    if (m_thread) {
        m_cancel = true;
        return; // the summary follows when the worker has rolled back
    }
    QWizard::reject();
}

void ImportWizard::start() {
    m_done = false;
    m_cancel = false;
    button(QWizard::NextButton)->setEnabled(false);
    ImportOptions options = currentOptions(true);
    const QString path = m_path->text();
    options.rejectsPath = QDir(QFileInfo(path).absolutePath())
                              .filePath(QFileInfo(path).completeBaseName() + QStringLiteral("-rejects.csv"));
    const QString databasePath = m_db->path();
    m_thread = QThread::create([this, options, path, databasePath] {
        Database db; // the worker's own connection
        ImportResult result;
        if (const Status opened = db.open(databasePath); !opened) {
            result.status = opened;
        } else {
            Importer importer(db, options);
            importer.setCancelFlag(&m_cancel);
            importer.setProgressCallback([this](const ImportProgress& p) {
                QMetaObject::invokeMethod(
                    this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
            });
            result = importer.run(path);
        }
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_result = result;
                finish();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportWizard::showProgress(const ImportProgress& p) {
    m_progress->setMaximum(1000);
    m_progress->setValue(p.totalBytes > 0 ? static_cast<int>(p.bytes * 1000 / p.totalBytes) : 0);
    m_progressText->setText(
        tr("%1 rows · %2 rows/s · %3 s left")
            .arg(p.rows)
            .arg(qRound64(p.rowsPerSecond))
            .arg(p.secondsLeft < 0 ? QStringLiteral("…") : QString::number(qRound(p.secondsLeft))));
}

void ImportWizard::finish() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_done = true;
    m_progress->setMaximum(1);
    m_progress->setValue(1);
    m_cancelButton->setEnabled(false);
    if (m_result.status && !m_result.cancelled && !currentOptions(false).dryRun)
        emit imported();
    next();
}

} // namespace rapport
