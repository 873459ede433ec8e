#include "ChartCard.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace rapport {

ChartCard::ChartCard(const QString& name, const QString& title, QWidget* parent)
    : QFrame(parent), m_title(title) {
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_tableButton = new QToolButton;
    m_tableButton->setObjectName(QStringLiteral("tableButton"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(tr("Show the numbers as a table"));
    auto* png = new QToolButton;
    png->setObjectName(QStringLiteral("pngButton"));
    png->setText(tr("PNG…"));
    png->setToolTip(tr("Save the chart as a picture"));
    auto* csv = new QToolButton;
    csv->setObjectName(QStringLiteral("csvButton"));
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Save the numbers as CSV"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(heading, 1);
    bar->addWidget(m_tableButton);
    bar->addWidget(png);
    bar->addWidget(csv);

    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_tableView = new QTableView;
    m_tableView->setObjectName(QStringLiteral("numbers"));
    m_tableView->setModel(new QStandardItemModel(m_tableView));
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_tableView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, &ChartCard::showTable);
    connect(png, &QToolButton::clicked, this, &ChartCard::exportPng);
    connect(csv, &QToolButton::clicked, this, &ChartCard::exportCsv);
    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_openColumn < 0 || index.row() >= m_table.rows.size())
            return;
        const qint64 id = m_table.rows.at(index.row()).value(m_openColumn).toLongLong();
        if (id > 0)
            emit openRecordRequested(m_openEntity, id);
    });
}

void ChartCard::setChart(QChart* chart) {
    QChart* old = m_view->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Axis labels in the user's locale: digit grouping and decimal sign ("1 000 000", "1,5").
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    m_view->setChart(chart);
    if (old && old != chart)
        delete old;
}

QChart* ChartCard::chart() const {
    return m_view->chart();
}

void ChartCard::setTable(const analytics::ReportTable& table) {
    m_table = table;
    auto* model = static_cast<QStandardItemModel*>(m_tableView->model());
    model->clear();
    QStringList headers;
    for (const analytics::ReportColumn& column : table.columns)
        headers << column.title;
    model->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (int r = 0; r < table.rows.size(); ++r) {
        QList<QStandardItem*> items;
        for (int c = 0; c < table.columns.size(); ++c) {
            auto* item = new QStandardItem(table.displayText(r, c, locale));
            if (table.columns.at(c).kind != analytics::ReportColumn::Kind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        model->appendRow(items);
    }
    m_tableView->resizeColumnsToContents();
}

void ChartCard::setTableOnly(bool tableOnly) {
    m_tableButton->setVisible(!tableOnly);
    findChild<QToolButton*>(QStringLiteral("pngButton"))->setVisible(!tableOnly);
    showTable(tableOnly);
}

void ChartCard::showTable(bool show) {
    m_stack->setCurrentWidget(show ? static_cast<QWidget*>(m_tableView) : m_view);
    const QSignalBlocker blocker(m_tableButton);
    m_tableButton->setChecked(show);
}

bool ChartCard::savePng(const QString& path) const {
    return m_view->grab().save(path, "PNG");
}

bool ChartCard::saveCsv(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_table.toCsv()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartCard::showTip(const QString& text) {
    m_lastTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartCard::setOpenableColumn(int column, const QString& entity) {
    m_openColumn = column;
    m_openEntity = entity;
}

void ChartCard::exportPng() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart as PNG"), m_title + QStringLiteral(".png"), tr("PNG pictures (*.png)"));
    if (!path.isEmpty() && !savePng(path))
        QMessageBox::warning(this, tr("Save Chart"), tr("Could not write %1.").arg(path));
}

void ChartCard::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Numbers as CSV"), m_title + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        QMessageBox::warning(this, tr("Save Numbers"), error);
}

} // namespace rapport
