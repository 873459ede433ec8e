#include "import/ImportHistoryDialog.h"

#include "import/ImportUndoCommand.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

ImportHistoryDialog::ImportHistoryDialog(Database& db, const Prompts* prompts, QWidget* parent)
    : QDialog(parent), m_db(db), m_prompts(prompts) {
    setWindowTitle(tr("Import History"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Records"), tr("Imported"), tr("Created"),
                                        tr("Updated"), tr("Skipped"), tr("Rejected"), tr("Undone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo this import"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(760, 360);
    refresh();
}

void ImportHistoryDialog::refresh() {
    Status status;
    m_runs = ImportUndo(m_db).history(&status);
    if (!status && m_prompts && m_prompts->warn)
        m_prompts->warn(tr("Import History"), status.message());
    m_table->setRowCount(static_cast<int>(m_runs.size()));
    const QLocale locale;
    auto when = [&](const QString& stamp) {
        const QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : stamp;
    };
    for (int row = 0; row < m_runs.size(); ++row) {
        const ImportRun& run = m_runs[row];
        const QStringList cells{run.fileName,
                                run.entity,
                                when(run.stamp),
                                locale.toString(run.created),
                                locale.toString(run.updated),
                                locale.toString(run.skipped),
                                locale.toString(run.rejected),
                                run.isReverted() ? when(run.revertedAt) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= 3 && column <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    if (!m_runs.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ImportHistoryDialog::updateButtons() {
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_runs.size() && !m_runs[row].isReverted());
}

void ImportHistoryDialog::undoSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_runs.size() || m_runs[row].isReverted() || !m_prompts)
        return;
    const qint64 id = m_runs[row].id;
    if (!ImportUndoCommand::revert(m_db, id, *m_prompts))
        return;
    refresh();
    emit importUndone(id);
}

} // namespace rapport
