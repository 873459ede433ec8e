// The rule editor (WHEN/IF/THEN) saving and refusing rules, the firing log, the partner view and the quote
// dialog applying a promotion, driven through their widgets.
#include "TestSupport.h"

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "automation/AutomationArea.h"
#include "automation/PartnerView.h"
#include "automation/RuleEditor.h"
#include "automation/RuleEngine.h"
#include "automation/RulesPage.h"
#include "demo/DemoGenerator.h"
#include "models/RecordListModel.h"
#include "pages/RecordListPage.h"
#include "repository/RecordStore.h"
#include "sales/Money.h"
#include "sales/QuoteDialog.h"
#include "sales/Quotes.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void save(QWidget& widget, const char* name) {
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

qint64 add(Database& db, const char* entity, const QVariantMap& values) {
    const WriteResult written =
        RecordStore(db).insert(*EntityCatalog::find(QString::fromLatin1(entity)), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

} // namespace

TEST_CASE("the rule editor saves a WHEN/IF/THEN rule and refuses a bad one", "[ui][automation]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    add(db, "user", {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 org = add(db, "customer",
                           {{QStringLiteral("name"), QStringLiteral("Orange SA")},
                            {QStringLiteral("tags"), QStringLiteral("vip")}});
    add(db, "contact",
        {{QStringLiteral("first_name"), QStringLiteral("Eva")},
         {QStringLiteral("customer_id"), org},
         {QStringLiteral("birthday"), QStringLiteral("1980-03-15")}});
    RulesPage page(db, nullptr);
    page.resize(1200, 800);
    page.show();
    RuleEditor* editor = page.editor();
    REQUIRE(page.rulesList()->count() == 0);

    // A new rule is offered with one action row; fill in WHEN, add an IF, set the THEN.
    editor->nameEdit()->clear();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Birthday card"));
    editor->eventCombo()->setCurrentIndex(editor->eventCombo()->findData(QStringLiteral("birthday")));
    CHECK_FALSE(editor->thresholdSpin()->isEnabled());
    CHECK_FALSE(editor->categoryEdit()->isEnabled());
    editor->daysSpin()->setValue(7);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addConditionButton")), Qt::LeftButton);
    QTableWidget* conditions = editor->conditions();
    REQUIRE(conditions->rowCount() == 1);
    auto* field = qobject_cast<QComboBox*>(conditions->cellWidget(0, 0));
    REQUIRE(field);
    CHECK(field->findText(QStringLiteral("customer.tags")) >= 0); // the contact's fields and its customer's
    CHECK(field->findText(QStringLiteral("birthday")) >= 0);
    field->setCurrentText(QStringLiteral("customer.tags"));
    auto* op = qobject_cast<QComboBox*>(conditions->cellWidget(0, 1));
    op->setCurrentIndex(op->findData(QStringLiteral("contains")));
    conditions->item(0, 2)->setText(QStringLiteral("vip"));
    QTableWidget* actions = editor->actions();
    REQUIRE(actions->rowCount() == 1);
    actions->item(0, 2)->setText(QStringLiteral("Send a card"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveRuleButton")), Qt::LeftButton);
    INFO(page.message()->text().toStdString());
    REQUIRE(page.rulesList()->count() == 1);
    CHECK(page.rulesList()->item(0)->text() == QStringLiteral("Birthday card"));
    const QList<Rule> rules = RuleStore(db).all();
    REQUIRE(rules.size() == 1);
    CHECK(rules[0].event == QStringLiteral("birthday"));
    CHECK(rules[0].days == 7);
    REQUIRE(rules[0].conditions.size() == 1);
    CHECK(rules[0].conditions[0].field == QStringLiteral("customer.tags"));
    CHECK(rules[0].conditions[0].op == QStringLiteral("contains"));
    CHECK(rules[0].conditions[0].value == QStringLiteral("vip"));
    REQUIRE(rules[0].actions.size() == 1);
    CHECK(rules[0].actions[0].kind == QStringLiteral("create_task"));
    CHECK(rules[0].actions[0].value == QStringLiteral("Send a card"));
    save(page, "rule-editor.png");

    // A condition on a field the record does not have: refused with the part named, nothing stored.
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addConditionButton")), Qt::LeftButton);
    qobject_cast<QComboBox*>(conditions->cellWidget(1, 0))->setCurrentText(QStringLiteral("shoe_size"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveRuleButton")), Qt::LeftButton);
    CHECK(page.message()->text().contains(QStringLiteral("Condition 2: “shoe_size” is not a field")));
    CHECK(RuleStore(db).get(rules[0].id)->conditions.size() == 1);

    // The rule fires; the firing log lists it.
    REQUIRE(RuleEngine(db).run(QDate(2026, 3, 10)).firings.size() == 1);
    page.showRun(1, {}, {});
    page.tabs()->setCurrentIndex(1); // the log reads its rows when shown
    CHECK(page.firingLog()->model()->rowCount() == 1);
    page.tabs()->setCurrentIndex(0);
    CHECK(page.message()->text() == QStringLiteral("1 rule firing(s)."));

    // Switching to another rule and back shows each rule's own parts.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newRuleButton")), Qt::LeftButton);
    CHECK(editor->nameEdit()->text() == QStringLiteral("New rule"));
    CHECK(editor->conditions()->rowCount() == 0);
    page.rulesList()->setCurrentRow(0);
    CHECK(editor->nameEdit()->text() == QStringLiteral("Birthday card"));
    CHECK(editor->conditions()->rowCount() == 1);
}

TEST_CASE("the automation pages in the window: cases, rules, partners, and a promotion in a quote",
          "[ui][automation]") {
    QSettings().clear();
    test::TempDatabase temp;
    DemoOptions options;
    options.customers = 300;
    options.today = QDate(2026, 6, 15); // a fixed day: which events fall due depends on it
    REQUIRE(DemoGenerator().generate(temp.db(), options).ok());
    const RuleRun fired = RuleEngine(temp.db()).run(options.today);
    REQUIRE(fired.status.ok());
    REQUIRE(fired.firings.size() > 0);
    MainWindow window;
    window.setPrompts(test::acceptingPrompts());
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1400, 860);
    window.show();
    Workspace* workspace = window.workspace();
    AutomationArea* automation = workspace->automation();
    REQUIRE(automation);

    workspace->showArea(workspace->automationRow());
    QTest::qWait(50);
    REQUIRE(workspace->currentList());
    CHECK(workspace->currentList()->entity().name == QStringLiteral("case"));
    CHECK(workspace->currentList()->model()->rowCount() > 3);
    save(window, "automation-cases.png");

    workspace->showArea(workspace->automationRow() + 1);
    QTest::qWait(50);
    CHECK(automation->rules()->rulesList()->count() == 7);
    save(window, "automation-rules.png");

    // The firing log, filtered to one rule.
    RulesPage* rulesPage = automation->rules();
    rulesPage->tabs()->setCurrentIndex(1);
    QTest::qWait(20);
    RecordListModel* log = rulesPage->firingLog()->model();
    // (The window's own rules run may add firings of today's events at any moment: compare with the table.)
    CHECK(log->rowCount() == sales::scalar(temp.db().handle(), "SELECT count(*) FROM rule_firings").toInt());
    auto* byRule = rulesPage->firingLog()->findChild<QComboBox*>(QStringLiteral("filter_rule_id"));
    REQUIRE(byRule);
    const int anniversary = byRule->findText(QStringLiteral("Customer anniversary"));
    REQUIRE(anniversary > 0);
    byRule->setCurrentIndex(anniversary);
    QTest::qWait(20);
    CHECK(log->rowCount() == sales::scalar(temp.db().handle(),
                                           "SELECT count(*) FROM rule_firings f JOIN automation_rules r ON "
                                           "r.id = f.rule_id WHERE r.name = 'Customer anniversary'")
                                 .toInt());
    save(window, "automation-rule-log.png");
    rulesPage->tabs()->setCurrentIndex(0);

    workspace->showArea(workspace->automationRow() + 3);
    QTest::qWait(50);
    RecordListPage* partners = automation->partners();
    REQUIRE(partners->model()->rowCount() == 4);
    partners->view()->selectRow(0);
    QTest::qWait(20);
    PartnerView* view = automation->partnerView();
    CHECK(view->partnerId() == partners->model()->idAt(0));
    CHECK(view->revenue()->text().contains(QStringLiteral("Won revenue")));
    CHECK(view->heading()->text().contains(
        RecordStore(temp.db())
            .displayName(*EntityCatalog::find(QStringLiteral("partner")), view->partnerId())
            .toHtmlEscaped()));
    save(window, "automation-partner.png");

    // A quote for a licence: the spring promotion is offered and takes 10 % off the licence line.
    Database& db = temp.db();
    const qint64 customer =
        sales::scalar(db.handle(), "SELECT id FROM customers ORDER BY id LIMIT 1").toLongLong();
    const qint64 licence =
        sales::scalar(db.handle(), "SELECT id FROM products WHERE code = 'LIC-STD'").toLongLong();
    QuoteService quotes(db);
    const WriteResult q = quotes.create(customer, 0, 0, options.today); // inside the promotions' year
    REQUIRE(q.ok());
    QuoteLine line = *quotes.productLine(licence, customer, 2000);
    const qint64 expected = money::lineNet(line.quantityMilli, line.unitPriceMinor, line.discountBp, 1000, 0);
    REQUIRE(quotes.setLines(q.id, {line}).ok());
    QuoteDialog dialog(db, q.id);
    dialog.show();
    QComboBox* offers = dialog.promotions();
    const int spring = offers->findText(QStringLiteral("Spring offer"), Qt::MatchStartsWith);
    REQUIRE(spring >= 0);
    offers->setCurrentIndex(spring);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("applyPromotionButton")), Qt::LeftButton);
    QList<QuoteLine> shown;
    REQUIRE(dialog.readLines(&shown));
    CHECK(shown.first().netMinor() == expected);
    REQUIRE(dialog.save());
    CHECK(quotes.lines(q.id).first().promotionBp == 1000);
    save(dialog, "quote-promotion.png");
}
