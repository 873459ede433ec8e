// The sales UI: dragging a card across the kanban board (with live totals and reasons for closing), the quote
// dialog (lines, totals, credit warning, configurator) and the quote PDF checked with pdftotext.
#include "TestSupport.h"

#include "QuotePdf.h"
#include "repository/RecordStore.h"
#include "sales/ConfiguratorDialog.h"
#include "sales/KanbanBoard.h"
#include "sales/Ledger.h"
#include "sales/PipelineService.h"
#include "sales/QuoteDialog.h"
#include "sales/Quotes.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

qint64 add(RecordStore& store, const char* name, const QVariantMap& values) {
    const WriteResult written = store.insert(*EntityCatalog::find(QString::fromLatin1(name)), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

// Drags the first card of `from` onto `to` the way a mouse drop arrives: enter, move, drop on the viewport.
bool dropFirstCard(StageList* from, StageList* to) {
    const QModelIndex index = from->model()->index(0, 0);
    std::unique_ptr<QMimeData> data(from->model()->mimeData({index}));
    if (!data)
        return false;
    const QPoint pos = to->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);
    for (int i = 0; i < 20; ++i)
        QTest::qWait(5);
    return drop.isAccepted();
}

// The board reads its columns off the GUI thread: wait until what the last reload asked for is shown.
void waitForBoard(const KanbanBoard& board) {
    REQUIRE(QTest::qWaitFor([&board] { return !board.isLoading(); }, 10000));
}

QString status(Database& db, qint64 id) {
    return sales::scalar(db.handle(), "SELECT status FROM opportunities WHERE id = ?1", {id}).toString();
}

} // namespace

TEST_CASE("kanban: dragging a card moves the opportunity, updates totals and asks why when closing",
          "[ui][sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    RecordStore store(db);
    PipelineService pipelines(db);
    REQUIRE(pipelines.ensureDefaultPipelines());
    const qint64 customer =
        add(store, "customer", {{QStringLiteral("name"), QStringLiteral("Harbour Logistics")}});
    OpportunityDraft draft;
    draft.title = QStringLiteral("Fleet terminals");
    draft.customerId = customer;
    draft.amountMinor = 1234500;
    const qint64 deal = pipelines.createOpportunity(draft).id;
    draft.title = QStringLiteral("Printers");
    draft.amountMinor = 50000;
    pipelines.createOpportunity(draft);
    const QList<StageInfo> stages = pipelines.pipelines().first().stages;

    KanbanBoard board(db);
    QStringList asked;
    QString answer;
    board.askText = [&](const QString& title, const QString&) {
        asked << title;
        return answer;
    };
    qint64 followedUp = 0;
    board.offerFollowUp = [&](qint64 id) {
        followedUp = id;
    };
    board.resize(1400, 600);
    board.show();
    board.reload();
    waitForBoard(board);
    REQUIRE(board.column(stages[0].id)->count() == 2);
    CHECK(board.totalLabel(stages[0].id)->text().contains(QStringLiteral("12,845.00 EUR")));

    // Qualification -> Proposal: the card moves, both totals change, the history has two stages.
    REQUIRE(dropFirstCard(board.column(stages[0].id), board.column(stages[2].id)));
    waitForBoard(board);
    CHECK(board.column(stages[0].id)->count() == 1);
    REQUIRE(board.column(stages[2].id)->count() == 1);
    CHECK(board.totalLabel(stages[2].id)->text().contains(QStringLiteral("12,345.00 EUR")));
    CHECK(board.totalLabel(stages[2].id)->text().contains(QStringLiteral("weighted 6,172.50 EUR")));
    CHECK(board.totalLabel(stages[0].id)->text().contains(QStringLiteral("500.00 EUR")));
    CHECK(pipelines.history(deal).size() == 2);

    // Onto Lost without a reason: nothing changes.
    answer.clear();
    dropFirstCard(board.column(stages[2].id), board.column(stages[5].id));
    waitForBoard(board);
    CHECK(asked == QStringList{QStringLiteral("Close as lost")});
    CHECK(board.column(stages[2].id)->count() == 1);
    CHECK(status(db, deal) == QStringLiteral("open"));

    // Onto Won with a reason: closed, follow-up offered.
    answer = QStringLiteral("Best total cost");
    REQUIRE(dropFirstCard(board.column(stages[2].id), board.column(stages[4].id)));
    waitForBoard(board);
    CHECK(status(db, deal) == QStringLiteral("won"));
    CHECK(sales::scalar(db.handle(), "SELECT close_reason FROM opportunities WHERE id = ?1", {deal})
              .toString() == QStringLiteral("Best total cost"));
    CHECK(followedUp == deal);
    CHECK(board.column(stages[4].id)->count() == 1);

    // A column of more deals than the board shows: the count and totals cover them all, the list ends with
    // a line that is not a card (it cannot be dragged or opened).
    draft.amountMinor = 100;
    for (int i = 0; i < PipelineService::defaultCardLimit + 5; ++i)
        REQUIRE(pipelines.createOpportunity(draft).ok());
    board.reload();
    waitForBoard(board);
    QListWidget* crowded = board.column(stages[0].id);
    REQUIRE(crowded->count() == PipelineService::defaultCardLimit + 1);
    QListWidgetItem* more = crowded->item(crowded->count() - 1);
    CHECK(more->text().contains(QStringLiteral("6 more")));
    CHECK(more->flags() == Qt::NoItemFlags);
    CHECK(board.totalLabel(stages[0].id)->text().contains(QStringLiteral("206 opportunities")));
    CHECK(board.totalLabel(stages[0].id)->text().contains(QStringLiteral("705.00 EUR")));
}

TEST_CASE("quote dialog: lines, totals, credit warning, configurator, PDF", "[ui][sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    RecordStore store(db);
    REQUIRE(db.setMeta(QStringLiteral("company_name"), QStringLiteral("Rapport Demo GmbH")));
    REQUIRE(db.setMeta(QStringLiteral("company_street"), QStringLiteral("Hafenstraße 12, 20457 Hamburg")));
    const qint64 customer = add(store, "customer",
                                {{QStringLiteral("name"), QStringLiteral("Ναυτιλιακή Αιγαίου Α.Ε.")},
                                 {QStringLiteral("billing_street"), QStringLiteral("Ακτή Μιαούλη 45")},
                                 {QStringLiteral("billing_postcode"), QStringLiteral("185 36")},
                                 {QStringLiteral("billing_city"), QStringLiteral("Πειραιάς")},
                                 {QStringLiteral("billing_country"), QStringLiteral("Greece")}});
    add(store, "product",
        {{QStringLiteral("code"), QStringLiteral("HW-TERM")},
         {QStringLiteral("name"), QStringLiteral("Field terminal")},
         {QStringLiteral("price_minor"), 89900},
         {QStringLiteral("tax_rate_bp"), 2400}});
    const qint64 bike = add(store, "product",
                            {{QStringLiteral("code"), QStringLiteral("BIKE")},
                             {QStringLiteral("name"), QStringLiteral("City bike")},
                             {QStringLiteral("price_minor"), 50000},
                             {QStringLiteral("tax_rate_bp"), 2400},
                             {QStringLiteral("configurable"), 1}});
    add(store, "product_option",
        {{QStringLiteral("product_id"), bike},
         {QStringLiteral("code"), QStringLiteral("E")},
         {QStringLiteral("name"), QStringLiteral("Motor")},
         {QStringLiteral("price_minor"), 80000}});
    add(store, "product_option",
        {{QStringLiteral("product_id"), bike},
         {QStringLiteral("code"), QStringLiteral("B")},
         {QStringLiteral("name"), QStringLiteral("Battery")},
         {QStringLiteral("price_minor"), 20000}});
    add(store, "config_rule",
        {{QStringLiteral("product_id"), bike},
         {QStringLiteral("kind"), QStringLiteral("requires")},
         {QStringLiteral("if_option"), QStringLiteral("E")},
         {QStringLiteral("then_option"), QStringLiteral("B")}});
    REQUIRE(Ledger(db).setCreditLimit(customer, 100000));
    const WriteResult quote = QuoteService(db).create(customer);
    REQUIRE(quote.ok());

    QuoteDialog dialog(db, quote.id);
    dialog.show();
    // The configurator: the motor alone is refused, with the battery OK is enabled.
    dialog.configure = [](const ProductConfiguration& product) -> std::optional<QuoteLine> {
        ConfiguratorDialog configurator(product);
        QPushButton* ok = configurator.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        configurator.option(QStringLiteral("E"))->setChecked(true);
        CHECK_FALSE(ok->isEnabled());
        configurator.option(QStringLiteral("B"))->setChecked(true);
        configurator.quantity()->setText(QStringLiteral("2"));
        CHECK(ok->isEnabled());
        return configurator.line();
    };
    QComboBox* products = dialog.products();
    products->setCurrentIndex(products->findText(QStringLiteral("BIKE"), Qt::MatchStartsWith));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addProductButton")), Qt::LeftButton);
    products->setCurrentIndex(products->findText(QStringLiteral("HW-TERM"), Qt::MatchStartsWith));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addProductButton")), Qt::LeftButton);
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("City bike: Motor, Battery"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("3,000.00"));
    // Typing a discount recomputes: 899.00 − 10 % = 809.10; net 3,809.10, tax 24 % 914.18, total 4,723.28.
    table->item(1, 5)->setText(QStringLiteral("10"));
    CHECK(table->item(1, 7)->text() == QStringLiteral("809.10"));
    CHECK(dialog.totalsLabel()->text().contains(QStringLiteral("4,723.28 EUR")));
    CHECK(dialog.creditWarning()->text().contains(QStringLiteral("credit")));
    table->item(1, 4)->setText(QStringLiteral("abc"));
    CHECK(dialog.totalsLabel()->text().contains(QStringLiteral("Correct")));
    CHECK_FALSE(dialog.save());
    table->item(1, 4)->setText(QStringLiteral("899"));
    REQUIRE(dialog.save());
    CHECK(
        sales::scalar(db.handle(), "SELECT total_minor FROM quotes WHERE id = ?1", {quote.id}).toLongLong() ==
        472328);

    const QString pdf = temp.dir() + QStringLiteral("/quote.pdf");
    dialog.choosePdfPath = [&pdf] {
        return pdf;
    };
    REQUIRE(dialog.exportPdf());
    REQUIRE(QFile::exists(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
        return;
    }
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdf});
    REQUIRE(info.waitForFinished(20000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    // Reading order, whitespace collapsed: table cells wrap at different places with different fonts.
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    INFO(content.toStdString());
    for (const QString& expected :
         {QStringLiteral("Quotation"), QStringLiteral("Rapport Demo GmbH"), QStringLiteral("Q-"),
          QStringLiteral("Ναυτιλιακή Αιγαίου Α.Ε."), QStringLiteral("Πειραιάς"),
          QStringLiteral("City bike: Motor, Battery"), QStringLiteral("809.10"), QStringLiteral("914.18"),
          QStringLiteral("4,723.28"), QStringLiteral("Terms and conditions")}) {
        INFO(expected.toStdString());
        CHECK(content.contains(expected));
    }

    // Accepting posts the total to the ledger.
    dialog.confirm = [](const QString&) {
        return true;
    };
    REQUIRE(dialog.acceptQuote());
    CHECK(Ledger(db).balance(customer) == 472328);
}
