// The sales gaps closed in the desktop program: kanban moves undone with Ctrl+Z, the letterhead settings
// printed on the quote PDF, the user's form with its "Sales" section and the users list, a lead typed in
// assigned by the rules and leads reassigned in bulk, choice labels and percentages in forms.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "QuotePdf.h"
#include "RecordActions.h"
#include "Workspace.h"
#include "dialogs/RecordDialog.h"
#include "models/RecordListModel.h"
#include "pages/RecordListPage.h"
#include "repository/RecordStore.h"
#include "sales/KanbanBoard.h"
#include "sales/Letterhead.h"
#include "sales/PipelineService.h"
#include "sales/Quotes.h"
#include "sales/SalesArea.h"
#include "sales/SalesSql.h"
#include "sales/TeamPage.h"
#include "settings/LetterheadDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

const EntityDescriptor& entity(const char* name) {
    return *EntityCatalog::find(QString::fromLatin1(name));
}

qint64 add(RecordStore& store, const char* name, const QVariantMap& values) {
    const WriteResult written = store.insert(entity(name), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

qint64 number(Database& db, std::string_view sql, const QVariantList& bound = {}) {
    return sales::scalar(db.handle(), sql, bound).toLongLong();
}

void activate(QWidget& window) {
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

template <typename Dialog> Dialog* openDialog(QWidget& window) {
    Dialog* found = nullptr;
    for (Dialog* dialog : window.findChildren<Dialog*>())
        if (dialog->isVisible())
            found = dialog;
    return found;
}

void clickSave(QDialog* dialog) {
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

// The board reads its columns off the GUI thread: wait until what the last reload asked for is shown.
void waitForBoard(const KanbanBoard& board) {
    REQUIRE(QTest::qWaitFor([&board] { return !board.isLoading(); }, 10000));
}

bool dropFirstCard(StageList* from, StageList* to) {
    std::unique_ptr<QMimeData> data(from->model()->mimeData({from->model()->index(0, 0)}));
    if (!data)
        return false;
    const QPoint pos = to->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &drop);
    for (int i = 0; i < 20; ++i)
        QTest::qWait(5);
    return drop.isAccepted();
}

// The messages a record dialog shows under its fields, for a failing save.
std::string dialogErrors(QDialog* dialog) {
    QStringList texts;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->isVisible() && (label->objectName().startsWith(QStringLiteral("error_")) ||
                                   label->objectName() == QStringLiteral("generalError") ||
                                   label->objectName() == QStringLiteral("settingsError")))
            texts << label->objectName() + QStringLiteral(": ") + label->text();
    return texts.join(QLatin1Char('\n')).toStdString();
}

QString pdfText(const QString& pdf) {
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("kanban: Ctrl+Z takes a move back, history included, and Ctrl+Shift+Z does it again",
          "[ui][sales]") {
    QSettings().clear();
    test::TempDatabase temp;
    PipelineService seed(temp.db());
    REQUIRE(seed.ensureDefaultPipelines());
    OpportunityDraft draft;
    draft.title = QStringLiteral("Fleet terminals");
    draft.amountMinor = 1234500;
    const qint64 deal = seed.createOpportunity(draft).id;
    const QList<StageInfo> stages = seed.pipelines().first().stages;

    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1400, 800);
    window.show();
    activate(window);
    Workspace* workspace = window.workspace();
    workspace->showArea(workspace->salesRow() + 1);
    KanbanBoard* board = workspace->sales()->board();
    QString reason;
    board->askText = [&reason](const QString&, const QString&) {
        return reason;
    };
    board->offerFollowUp = [](qint64) {
    };
    waitForBoard(*board);
    REQUIRE(board->column(stages[0].id)->count() == 1);

    REQUIRE(dropFirstCard(board->column(stages[0].id), board->column(stages[2].id)));
    waitForBoard(*board);
    reason = QStringLiteral("Best total cost");
    REQUIRE(dropFirstCard(board->column(stages[2].id), board->column(stages[4].id)));
    waitForBoard(*board);
    PipelineService pipelines(temp.db());
    CHECK(pipelines.history(deal).size() == 3);
    CHECK(board->column(stages[4].id)->count() == 1);
    CHECK(window.findChild<QAction*>(QStringLiteral("actionUndo"))->text().contains(QStringLiteral("Won")));

    // Ctrl+Z: back in Proposal, open again, the Won visit gone from the history.
    activate(window);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    waitForBoard(*board);
    CHECK(board->column(stages[4].id)->count() == 0);
    CHECK(board->column(stages[2].id)->count() == 1);
    CHECK(sales::scalar(temp.db().handle(), "SELECT status FROM opportunities WHERE id = ?1", {deal})
              .toString() == QStringLiteral("open"));
    QList<StageVisit> history = pipelines.history(deal);
    REQUIRE(history.size() == 2);
    CHECK(history.last().stageId == stages[2].id);
    CHECK(history.last().leftAt.isEmpty());
    CHECK(board->totalLabel(stages[2].id)->text().contains(QStringLiteral("12,345.00 EUR")));

    // Once more: back where it started.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    waitForBoard(*board);
    CHECK(board->column(stages[0].id)->count() == 1);
    CHECK(pipelines.history(deal).size() == 1);

    // Redo twice: won again with its reason.
    window.findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    window.findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    waitForBoard(*board);
    CHECK(board->column(stages[4].id)->count() == 1);
    CHECK(pipelines.history(deal).size() == 3);
    CHECK(sales::scalar(temp.db().handle(), "SELECT close_reason FROM opportunities WHERE id = ?1", {deal})
              .toString() == QStringLiteral("Best total cost"));
}

TEST_CASE("Edit > Settings: the letterhead is checked, saved and printed on the quote PDF", "[ui][sales]") {
    QSettings().clear();
    test::TempDatabase temp;
    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.show();
    Database& db = *window.database();

    window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    auto* dialog = openDialog<LetterheadDialog>(window);
    REQUIRE(dialog);
    const auto type = [dialog](const char* key, const QString& text) {
        auto* edit = qobject_cast<QLineEdit*>(dialog->editor(QString::fromLatin1(key)));
        REQUIRE(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("company_name", QStringLiteral("Nordlicht Handels GmbH"));
    type("company_street", QStringLiteral("Hafenstraße 12"));
    type("company_city", QStringLiteral("20457 Hamburg"));
    type("company_website", QStringLiteral("www.nordlicht.example"));
    type("company_tax_id", QStringLiteral("DE 123 456 789"));
    type("company_email", QStringLiteral("info at nordlicht"));
    auto* terms = qobject_cast<QPlainTextEdit*>(dialog->editor(QStringLiteral("quote_terms")));
    REQUIRE(terms);
    terms->setPlainText(QStringLiteral("Payment within 14 days net. Delivery ex works Hamburg."));
    // A logo: a small PNG chosen from a file.
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(QColor(31, 59, 92));
    const QString logoPath = QDir(temp.dir()).filePath(QStringLiteral("logo.png"));
    REQUIRE(image.save(logoPath));
    dialog->chooseLogoFile = [&logoPath] {
        return logoPath;
    };
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseLogoButton")), Qt::LeftButton);
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("logoPreview"))->pixmap().isNull());

    // The bad e-mail address keeps the dialog open and writes nothing.
    clickSave(dialog);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("settingsError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("info at nordlicht")));
    CHECK(dialog->isVisible());
    CHECK(db.meta(QStringLiteral("company_name")).isEmpty());

    type("company_email", QStringLiteral("info@nordlicht.example"));
    clickSave(dialog);
    INFO(dialogErrors(dialog));
    REQUIRE(test::eventually([&] { return !dialog->isVisible(); }));
    const Letterhead letterhead(db);
    CHECK(letterhead.value(QStringLiteral("company_name")) == QStringLiteral("Nordlicht Handels GmbH"));
    CHECK(!letterhead.logo().isEmpty());

    // A new quote takes the terms; its PDF prints the letterhead.
    RecordStore store(db);
    const qint64 customer = add(store, "customer", {{QStringLiteral("name"), QStringLiteral("Acme Ltd")}});
    QuoteService quotes(db);
    const WriteResult quote = quotes.create(customer);
    REQUIRE(quote.ok());
    const QString pdf = QDir(temp.dir()).filePath(QStringLiteral("quote.pdf"));
    REQUIRE(QuotePdf::write(quotes.document(quote.id), pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
        return;
    }
    const QString content = pdfText(pdf);
    INFO(content.toStdString());
    for (const QString& expected :
         {QStringLiteral("Nordlicht Handels GmbH"), QStringLiteral("Hafenstraße 12"),
          QStringLiteral("20457 Hamburg"), QStringLiteral("info@nordlicht.example"),
          QStringLiteral("www.nordlicht.example"), QStringLiteral("Tax id DE 123 456 789"),
          QStringLiteral("Payment within 14 days net.")}) {
        INFO(expected.toStdString());
        CHECK(content.contains(expected));
    }
    CHECK_FALSE(content.contains(QStringLiteral("Your Company Ltd")));
    // The logo is in the PDF as an image.
    QProcess images;
    images.start(QStandardPaths::findExecutable(QStringLiteral("pdfimages")), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(20000));
    const QStringList lines =
        QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() >= 3); // two header lines and the logo
}

TEST_CASE("users: the user's form has a Sales section, the users list shows it, Ctrl+Z undoes",
          "[ui][sales]") {
    QSettings().clear();
    test::TempDatabase temp;
    RecordStore seed(temp.db());
    const qint64 maria = add(seed, "user", {{QStringLiteral("name"), QStringLiteral("Maria")}});

    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1300, 800);
    window.show();
    activate(window);
    Workspace* workspace = window.workspace();
    workspace->showArea(workspace->salesRow() + int(workspace->sales()->pages().size()) - 1);
    TeamPage* team = workspace->sales()->team();
    REQUIRE(team);
    REQUIRE(test::eventually([&] { return team->isVisible(); }));
    QTableWidget* table = team->table();
    REQUIRE(table->rowCount() == 1);
    table->selectRow(0);
    QTest::mouseClick(team->findChild<QPushButton*>(QStringLiteral("editUserButton")), Qt::LeftButton);
    auto* dialog = openDialog<RecordDialog>(window);
    REQUIRE(dialog);
    auto* quota = dialog->findChild<QLineEdit*>(QStringLiteral("field_quota_minor"));
    auto* teamName = dialog->findChild<QLineEdit*>(QStringLiteral("field_team"));
    auto* country = dialog->findChild<QLineEdit*>(QStringLiteral("field_country"));
    auto* period = dialog->findChild<QComboBox*>(QStringLiteral("field_quota_period"));
    REQUIRE(quota);
    REQUIRE(teamName);
    REQUIRE(country);
    REQUIRE(period);
    CHECK(period->findText(QStringLiteral("Quarter")) >= 0); // a label, not the key
    QTest::keyClicks(teamName, QStringLiteral("field"));
    QTest::keyClicks(country, QStringLiteral("ES"));
    quota->selectAll(); // "0.00" until a quota is set
    QTest::keyClicks(quota, QStringLiteral("50000.00"));
    period->setCurrentIndex(period->findData(QStringLiteral("year")));
    clickSave(dialog);
    INFO(dialogErrors(dialog));
    REQUIRE(test::eventually([&] { return !dialog->isVisible(); }));

    Database& db = *window.database();
    CHECK(number(db, "SELECT quota_minor FROM sales_reps WHERE user_id = ?1", {maria}) == 5000000);
    CHECK(sales::scalar(db.handle(), "SELECT quota_period FROM sales_reps WHERE user_id = ?1", {maria})
              .toString() == QStringLiteral("year"));
    CHECK(test::eventually([&] { return table->item(0, 3)->text() == QStringLiteral("field"); }));
    CHECK(table->item(0, 4)->text() == QStringLiteral("ES"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("50,000.00 EUR per year"));

    activate(window);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(number(db, "SELECT quota_minor FROM sales_reps WHERE user_id = ?1", {maria}) == 0);
    CHECK(test::eventually([&] { return table->item(0, 3)->text() == QString(); }));
}

TEST_CASE("a lead typed in is assigned by the rules, and leads are reassigned in bulk", "[ui][sales]") {
    QSettings().clear();
    test::TempDatabase temp;
    RecordStore seed(temp.db());
    const qint64 anna = add(seed, "user", {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 ben = add(seed, "user", {{QStringLiteral("name"), QStringLiteral("Ben")}});
    add(seed, "sales_rep",
        {{QStringLiteral("user_id"), anna}, {QStringLiteral("team"), QStringLiteral("inside")}});
    add(seed, "assignment_rule",
        {{QStringLiteral("name"), QStringLiteral("Everyone")},
         {QStringLiteral("kind"), QStringLiteral("round_robin")},
         {QStringLiteral("team"), QStringLiteral("inside")}});
    for (int i = 0; i < 3; ++i)
        add(seed, "lead", {{QStringLiteral("last_name"), QStringLiteral("Imported %1").arg(i)}});

    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1300, 800);
    window.show();
    activate(window);
    Workspace* workspace = window.workspace();
    workspace->showArea(workspace->salesRow());
    RecordListPage* leads = workspace->currentList();
    REQUIRE(leads);
    REQUIRE(leads->entity().name == QStringLiteral("lead"));

    // The form shows the source as a label and saves the key; the new lead goes to Anna with a task.
    window.findChild<QAction*>(QStringLiteral("actionNewRecord"))->trigger();
    auto* dialog = openDialog<RecordDialog>(window);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_last_name")),
                     QStringLiteral("Typed In"));
    auto* source = dialog->findChild<QComboBox*>(QStringLiteral("field_source"));
    REQUIRE(source);
    const int coldCall = source->findData(QStringLiteral("cold_call"));
    REQUIRE(coldCall >= 0);
    CHECK(source->itemText(coldCall) == QStringLiteral("Cold call"));
    source->setCurrentIndex(coldCall);
    clickSave(dialog);
    INFO(dialogErrors(dialog));
    REQUIRE(test::eventually([&] { return !dialog->isVisible(); }));
    Database& db = *window.database();
    const qint64 typed = number(db, "SELECT id FROM leads WHERE last_name = 'Typed In'");
    CHECK(number(db, "SELECT owner_id FROM leads WHERE id = ?1", {typed}) == anna);
    CHECK(number(db, "SELECT count(*) FROM tasks WHERE lead_id = ?1 AND assignee_id = ?2", {typed, anna}) ==
          1);

    // The list's filter offers labels too.
    bool labelled = false;
    for (QComboBox* combo : leads->findChildren<QComboBox*>())
        labelled = labelled || combo->findText(QStringLiteral("Cold call")) >= 0;
    CHECK(labelled);

    // Select every lead and give them all to Ben.
    REQUIRE(test::eventually([&] { return leads->model()->rowCount() == 4; }));
    leads->view()->selectAll();
    REQUIRE(leads->selectedIds().size() == 4);
    qsizetype asked = 0;
    workspace->sales()->chooseRep = [&asked, ben](qsizetype count) {
        asked = count;
        return ben;
    };
    QString informed;
    workspace->sales()->inform = [&informed](const QString& text) {
        informed = text;
    };
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("reassignLeadsButton")), Qt::LeftButton);
    CHECK(asked == 4);
    CHECK(number(db, "SELECT count(*) FROM leads WHERE owner_id = ?1", {ben}) == 4);
    CHECK(number(db, "SELECT count(*) FROM tasks WHERE assignee_id = ?1", {ben}) == 4);
    CHECK(informed.contains(QStringLiteral("Ben")));
}

TEST_CASE("forms show a tax rate as a percentage and store basis points", "[ui][sales]") {
    QSettings().clear();
    test::TempDatabase temp;
    RecordStore seed(temp.db());
    const qint64 product = add(seed, "product",
                               {{QStringLiteral("code"), QStringLiteral("HW")},
                                {QStringLiteral("name"), QStringLiteral("Terminal")},
                                {QStringLiteral("tax_rate_bp"), 1900}});
    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.show();
    Workspace* workspace = window.workspace();
    workspace->showArea(workspace->salesRow() + 2);
    RecordActions* actions = workspace->findChild<RecordActions*>();
    REQUIRE(actions);
    RecordDialog* dialog = actions->editRecord(entity("product"), product);
    REQUIRE(dialog);
    auto* rate = dialog->findChild<QLineEdit*>(QStringLiteral("field_tax_rate_bp"));
    REQUIRE(rate);
    CHECK(rate->text() == QStringLiteral("19 %"));
    rate->setText(QStringLiteral("seven"));
    clickSave(dialog);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("error_tax_rate_bp"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("percentage")));
    rate->setText(QStringLiteral("7.5"));
    clickSave(dialog);
    INFO(dialogErrors(dialog));
    REQUIRE(test::eventually([&] { return !dialog->isVisible(); }));
    CHECK(number(*window.database(), "SELECT tax_rate_bp FROM products WHERE id = ?1", {product}) == 750);
}
