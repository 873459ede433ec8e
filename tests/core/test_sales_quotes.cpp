// Money rounding, quote totals and numbering, revisions, acceptance into the ledger, credit limits,
// pipelines, configuration rules and the iCalendar writer.
#include "TestSupport.h"

#include "repository/RecordStore.h"
#include "sales/Configurator.h"
#include "sales/ICalendar.h"
#include "sales/Ledger.h"
#include "sales/Money.h"
#include "sales/MyWork.h"
#include "sales/PipelineService.h"
#include "sales/Quotes.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

qint64 add(RecordStore& store, const char* name, const QVariantMap& values) {
    const WriteResult written = store.insert(*EntityCatalog::find(QString::fromLatin1(name)), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

QuoteLine line(qint64 quantityMilli, qint64 price, int discountBp, int taxBp) {
    QuoteLine l;
    l.description = QStringLiteral("Item");
    l.quantityMilli = quantityMilli;
    l.unitPriceMinor = price;
    l.discountBp = discountBp;
    l.taxRateBp = taxBp;
    return l;
}

} // namespace

TEST_CASE("money rounds half away from zero in integers", "[sales]") {
    CHECK(money::divideRounded(5, 2) == 3);
    CHECK(money::divideRounded(-5, 2) == -3);
    CHECK(money::divideRounded(4, 3) == 1);
    CHECK(money::tax(1005, 1900) == 191); // 190.95
    CHECK(money::tax(1000, 2050) == 205);
    CHECK(money::lineNet(2500, 399, 0) == 998);      // 2.5 × 3.99 = 9.975
    CHECK(money::lineNet(3000, 3333, 1000) == 8999); // 3 × 33.33 − 10 % = 89.991
    CHECK(money::lineNet(1'000'000'000, 900'000'000'000, 0) == 900'000'000'000'000'000); // no overflow
    qint64 minor = 0;
    CHECK(money::parse(QStringLiteral("1,234.5"), &minor));
    CHECK(minor == 123450);
    CHECK(money::parse(QStringLiteral("12,99"), &minor));
    CHECK(minor == 1299);
    CHECK_FALSE(money::parse(QStringLiteral("1.234"), &minor));
    CHECK(money::format(-123456789, QStringLiteral("EUR")) == QStringLiteral("-1,234,567.89 EUR"));
    int bp = 0;
    CHECK(money::parseRate(QStringLiteral("7.5 %"), &bp));
    CHECK(bp == 750);
    CHECK(money::formatQuantity(2500) == QStringLiteral("2.5"));
}

TEST_CASE("quote totals round tax once per rate", "[sales]") {
    // Three lines of 0.05 at 19 %: per line the tax would be 0.01 each (0.03); on the band it is 0.15 × 19 %
    // = 0.0285 -> 0.03. A line of 10.05 at 7 %: 0.7035 -> 0.70.
    const QuoteTotals totals =
        QuoteTotals::of({line(1000, 5, 0, 1900), line(1000, 5, 0, 1900), line(1000, 5, 0, 1900),
                         line(1000, 1005, 0, 700), line(2000, 1250, 5000, 0)});
    REQUIRE(totals.bands.size() == 3);
    CHECK(totals.bands[0].rateBp == 0);
    CHECK(totals.bands[0].netMinor == 1250);
    CHECK(totals.bands[1].taxMinor == 70);
    CHECK(totals.bands[2].netMinor == 15);
    CHECK(totals.bands[2].taxMinor == 3);
    CHECK(totals.netMinor == 1250 + 1005 + 15);
    CHECK(totals.taxMinor == 73);
    CHECK(totals.totalMinor == 2270 + 73);
}

TEST_CASE("quotes: numbering per year, revisions, acceptance posts to the ledger and wins", "[sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    RecordStore store(db);
    PipelineService pipelines(db);
    REQUIRE(pipelines.ensureDefaultPipelines());
    const qint64 customer = add(store, "customer",
                                {{QStringLiteral("name"), QStringLiteral("Βιοτεχνία Κρήτης")},
                                 {QStringLiteral("tags"), QStringLiteral("wholesale")}});
    const qint64 widget = add(store, "product",
                              {{QStringLiteral("code"), QStringLiteral("W-1")},
                               {QStringLiteral("name"), QStringLiteral("Widget")},
                               {QStringLiteral("price_minor"), 1999},
                               {QStringLiteral("tax_rate_bp"), 2400}});
    const qint64 list = add(store, "price_list",
                            {{QStringLiteral("name"), QStringLiteral("Wholesale")},
                             {QStringLiteral("customer_group"), QStringLiteral("wholesale")}});
    add(store, "price_list_item",
        {{QStringLiteral("price_list_id"), list},
         {QStringLiteral("product_id"), widget},
         {QStringLiteral("price_minor"), 1499}});
    OpportunityDraft draft;
    draft.title = QStringLiteral("Widgets for Crete");
    draft.customerId = customer;
    draft.amountMinor = 100000;
    const WriteResult opportunity = pipelines.createOpportunity(draft);
    REQUIRE(opportunity.ok());

    QuoteService quotes(db);
    const WriteResult first = quotes.create(customer, opportunity.id, 0, QDate(2025, 12, 30));
    const WriteResult second = quotes.create(customer, 0, 0, QDate(2025, 12, 31));
    const WriteResult newYear = quotes.create(customer, 0, 0, QDate(2026, 1, 2));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(newYear.ok());
    CHECK(
        store.get(*EntityCatalog::find(QStringLiteral("quote")), first.id)->text(QStringLiteral("number")) ==
        QStringLiteral("Q-2025-0001"));
    CHECK(
        store.get(*EntityCatalog::find(QStringLiteral("quote")), second.id)->text(QStringLiteral("number")) ==
        QStringLiteral("Q-2025-0002"));
    CHECK(store.get(*EntityCatalog::find(QStringLiteral("quote")), newYear.id)
              ->text(QStringLiteral("number")) == QStringLiteral("Q-2026-0001"));

    const std::optional<QuoteLine> priced = quotes.productLine(widget, customer, 10000);
    REQUIRE(priced);
    CHECK(priced->unitPriceMinor == 1499); // the wholesale price list
    REQUIRE(quotes.setLines(first.id, {*priced}));
    const WriteResult revised = quotes.revise(first.id);
    REQUIRE(revised.ok());
    const auto revision = store.get(*EntityCatalog::find(QStringLiteral("quote")), revised.id);
    CHECK(revision->text(QStringLiteral("number")) == QStringLiteral("Q-2025-0001"));
    CHECK(revision->value(QStringLiteral("revision")).toInt() == 2);
    CHECK(revision->value(QStringLiteral("total_minor")).toLongLong() == 14990 + 3598);
    CHECK(
        store.get(*EntityCatalog::find(QStringLiteral("quote")), first.id)->text(QStringLiteral("status")) ==
        QStringLiteral("revised"));
    CHECK_FALSE(quotes.accept(first.id));

    Ledger ledger(db);
    REQUIRE(ledger.setCreditLimit(customer, 10000));
    const CreditCheck check = quotes.creditCheck(customer, 18588);
    CHECK(check.exceeds);
    REQUIRE(quotes.accept(revised.id));
    CHECK(sales::scalar(db.handle(), "SELECT status FROM opportunities WHERE id = ?1", {opportunity.id})
              .toString() == QStringLiteral("won"));
    REQUIRE(ledger.post(customer, QDate::currentDate().addDays(1), QStringLiteral("payment"),
                        QStringLiteral("Bank transfer"), 0, 10000));
    const LedgerStatement statement = ledger.statement(customer);
    REQUIRE(statement.lines.size() == 2);
    CHECK(statement.lines[0].debitMinor == 18588);
    CHECK(statement.lines[1].balanceMinor == 8588);
    CHECK(statement.balanceMinor == 8588);
    CHECK_FALSE(statement.overLimit());
    CHECK(ledger.balance(customer) == 8588);
    CHECK(Ledger::toCsv(statement).contains(QStringLiteral(";185.88;0.00;185.88\r\n")));
    CHECK_FALSE(ledger.post(customer, QDate(2026, 1, 20), QStringLiteral("payment"), QString(), 5, 5));

    const QuoteDocument doc = quotes.document(revised.id);
    CHECK(doc.customerLines.first() == QStringLiteral("Βιοτεχνία Κρήτης"));
    CHECK(doc.totals.totalMinor == 18588);
}

TEST_CASE("pipeline moves keep the stage history and closing needs a reason", "[sales]") {
    test::TempDatabase temp;
    PipelineService pipelines(temp.db());
    REQUIRE(pipelines.ensureDefaultPipelines());
    const QList<PipelineInfo> all = pipelines.pipelines();
    REQUIRE(all.size() == 2);
    const PipelineInfo& business = all.first();
    OpportunityDraft draft;
    draft.title = QStringLiteral("Deal");
    draft.amountMinor = 200000;
    const WriteResult deal = pipelines.createOpportunity(draft);
    REQUIRE(deal.ok());
    REQUIRE(pipelines.move(deal.id, business.stages[2].id));
    CHECK_FALSE(pipelines.move(deal.id, all[1].stages[0].id)); // another pipeline's stage
    CHECK_FALSE(pipelines.close(deal.id, false, QString()));
    const QList<BoardColumn> board = pipelines.board(business.id);
    CHECK(board[2].cards.size() == 1);
    CHECK(board[2].amount.value(QStringLiteral("EUR")) == 200000);
    CHECK(board[2].weighted.value(QStringLiteral("EUR")) == 100000);
    REQUIRE(pipelines.close(deal.id, true, QStringLiteral("Best price")));
    const QList<StageVisit> visits = pipelines.history(deal.id);
    REQUIRE(visits.size() == 3);
    CHECK(!visits[0].leftAt.isEmpty());
    CHECK(visits[2].stageName == QStringLiteral("Won"));
    CHECK(visits[2].leftAt.isEmpty());
    qint64 renewal = 0;
    REQUIRE(pipelines.followUp(deal.id, {QStringLiteral("Kick-off call"), QStringLiteral("Training")},
                               QDate(2027, 1, 1), 0, &renewal));
    CHECK(sales::scalar(temp.db().handle(), "SELECT pipeline_id FROM opportunities WHERE id = ?1", {renewal})
              .toLongLong() == all[1].id);
    CHECK(sales::scalar(temp.db().handle(), "SELECT count(*) FROM tasks").toInt() == 2);
}

TEST_CASE("configuration rules allow only valid combinations and price them", "[sales]") {
    ProductConfiguration bike;
    bike.name = QStringLiteral("City bike");
    bike.basePriceMinor = 50000;
    bike.options = {
        {QStringLiteral("E"), QStringLiteral("Electric motor"), QString(), 80000},
        {QStringLiteral("B500"), QStringLiteral("Battery 500 Wh"), QStringLiteral("battery"), 20000},
        {QStringLiteral("B700"), QStringLiteral("Battery 700 Wh"), QStringLiteral("battery"), 35000},
        {QStringLiteral("CHILD"), QStringLiteral("Child seat"), QString(), 6000},
        {QStringLiteral("RACK"), QStringLiteral("Rear rack"), QString(), 4000}};
    bike.rules = {{QStringLiteral("requires"), QStringLiteral("E"), QStringLiteral("B500"), 0, 0, 0, 0},
                  {QStringLiteral("excludes"), QStringLiteral("CHILD"), QStringLiteral("RACK"), 0, 0, 0, 0},
                  {QStringLiteral("price"), QStringLiteral("E"), QString(), 1500, 0, 0, 0},
                  {QStringLiteral("quantity_discount"), QString(), QString(), 0, 0, 10, 500},
                  {QStringLiteral("quantity_discount"), QString(), QString(), 0, 0, 50, 1200}};
    const ConfigResult plain = Configurator::evaluate(bike, {}, 1000);
    CHECK(plain.valid);
    CHECK(plain.unitPriceMinor == 50000);
    const ConfigResult motorOnly = Configurator::evaluate(bike, {QStringLiteral("E")}, 1000);
    CHECK_FALSE(motorOnly.valid);
    CHECK(motorOnly.problems.join(QString()).contains(QStringLiteral("requires")));
    const ConfigResult both = Configurator::evaluate(
        bike, {QStringLiteral("E"), QStringLiteral("B500"), QStringLiteral("B700")}, 1000);
    CHECK_FALSE(both.valid); // one battery only
    const ConfigResult electric = Configurator::evaluate(
        bike, {QStringLiteral("E"), QStringLiteral("B500"), QStringLiteral("CHILD")}, 12000);
    CHECK(electric.valid);
    CHECK(electric.unitPriceMinor == 50000 + 80000 + 20000 + 6000 + 1500);
    CHECK(electric.discountBp == 500);
    CHECK(electric.unavailable.contains(QStringLiteral("RACK")));
    CHECK(Configurator::evaluate(bike, {}, 60000).discountBp == 1200);
    CHECK_FALSE(Configurator::evaluate(bike, {QStringLiteral("CHILD"), QStringLiteral("RACK")}, 1000).valid);
}

TEST_CASE("iCalendar output escapes, folds at 75 octets and uses CRLF", "[sales]") {
    CHECK(ICalendar::escapeText(QStringLiteral("a;b,c\\d\ne")) == QStringLiteral("a\\;b\\,c\\\\d\\ne"));
    CalendarItem meeting;
    meeting.id = 42;
    meeting.title =
        QStringLiteral("Συνάντηση με την Ελένη, Αθήνα; φέρε τον κατάλογο και τις τιμές του 2026 παρακαλώ");
    meeting.start = QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
    CalendarItem task;
    task.kind = CalendarItem::Task;
    task.id = 7;
    task.title = QStringLiteral("Call back");
    task.start = QDateTime(QDate(2026, 5, 5), QTime(8, 0), Qt::UTC);
    const QByteArray ics =
        ICalendar::write({meeting, task}, QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC));
    const QList<QByteArray> lines = ics.split('\n');
    for (const QByteArray& physical : lines) {
        if (physical.isEmpty())
            continue;
        CHECK(physical.endsWith('\r'));
        CHECK(physical.size() - 1 <= 75);
        CHECK(QString::fromUtf8(physical).toUtf8() == physical); // no split UTF-8 sequence
    }
    CHECK(ics.contains("DTSTART:20260504T093000Z\r\n"));
    CHECK(ics.contains("DTEND:20260504T103000Z\r\n"));
    CHECK(ics.contains("BEGIN:VTODO\r\nUID:task-7@rapport\r\n"));
    CHECK(ics.contains("DUE:20260505T080000Z\r\n"));
    // Unfolding gives back the escaped summary.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    CHECK(QString::fromUtf8(unfolded).contains(
        QStringLiteral("SUMMARY:Συνάντηση με την Ελένη\\, Αθήνα\\; φέρε")));
}

TEST_CASE("a board column counts and totals every deal but holds only the first cards", "[sales]") {
    test::TempDatabase temp;
    PipelineService pipelines(temp.db());
    REQUIRE(pipelines.ensureDefaultPipelines());
    const PipelineInfo business = pipelines.pipelines().first();
    // Twelve deals in the first stage (10 %), expected to close on the 12th down to the 1st of March; odd
    // amounts so that each weighted amount rounds on its own.
    qint64 amount = 0;
    qint64 weighted = 0;
    for (int i = 12; i >= 1; --i) {
        OpportunityDraft draft;
        draft.title = QStringLiteral("Deal %1").arg(i);
        draft.amountMinor = 1005 + i;
        draft.expectedClose = QDate(2026, 3, i);
        REQUIRE(pipelines.createOpportunity(draft).ok());
        amount += draft.amountMinor;
        weighted += money::percentOf(draft.amountMinor, 1000);
    }
    // Three won deals, closed on different days: the won column shows the latest closed first.
    for (const auto& [title, closed] :
         {std::pair{"Won early", "2026-01-10T10:00:00Z"}, std::pair{"Won late", "2026-02-20T10:00:00Z"},
          std::pair{"Won between", "2026-02-01T10:00:00Z"}}) {
        OpportunityDraft draft;
        draft.title = QString::fromLatin1(title);
        draft.expectedClose = QDate(2026, 1, 1);
        const WriteResult deal = pipelines.createOpportunity(draft);
        REQUIRE(pipelines.close(deal.id, true, QStringLiteral("Best price")));
        REQUIRE(sales::exec(temp.db().handle(), "UPDATE opportunities SET closed_at = ?2 WHERE id = ?1",
                            {deal.id, QString::fromLatin1(closed)}));
    }
    const QList<BoardColumn> board = pipelines.board(business.id, 0, 5);
    REQUIRE(board.size() == business.stages.size());
    const BoardColumn& first = board.first();
    CHECK(first.count == 12);
    CHECK(first.amount.value(QStringLiteral("EUR")) == amount);
    CHECK(first.weighted.value(QStringLiteral("EUR")) == weighted);
    REQUIRE(first.cards.size() == 5);
    CHECK(first.cards.first().title == QStringLiteral("Deal 1")); // the soonest to close first
    CHECK(first.cards.last().title == QStringLiteral("Deal 5"));
    CHECK(first.cards.first().probability == 10);
    CHECK(board[1].count == 0);
    CHECK(board[1].cards.isEmpty());
    const BoardColumn& won = board[4];
    REQUIRE(won.stage.outcome == QStringLiteral("won"));
    CHECK(won.count == 3);
    REQUIRE(won.cards.size() == 3);
    CHECK(won.cards[0].title == QStringLiteral("Won late"));
    CHECK(won.cards[1].title == QStringLiteral("Won between"));
    CHECK(won.cards[2].title == QStringLiteral("Won early"));
    // Without a limit worth the name, every card.
    CHECK(pipelines.board(business.id, 0, 100).first().cards.size() == 12);
}

TEST_CASE("my work lists the week and the latest overdue tasks, and counts them all", "[sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const qint64 me = db.ids().next();
    REQUIRE(sales::exec(db.handle(), "INSERT INTO users (id, name) VALUES (?1, 'Me')", {me}));
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    const auto task = [&](const QString& title, const QDateTime& due, bool done) {
        REQUIRE(sales::exec(
            db.handle(),
            "INSERT INTO tasks (id, title, assignee_id, due_at, done) VALUES (?1, ?2, ?3, ?4, ?5)",
            {db.ids().next(), title, me, due.toString(Qt::ISODate), done ? 1 : 0}));
    };
    // 150 open tasks overdue from before this week (one a day), one done long ago, two next week's days.
    const QDateTime weekStart = monday.startOfDay(Qt::UTC);
    for (int day = 1; day <= 150; ++day)
        task(QStringLiteral("Overdue %1").arg(day), weekStart.addDays(-day).addSecs(9 * 3600), false);
    task(QStringLiteral("Done long ago"), weekStart.addDays(-3), true);
    task(QStringLiteral("Next week"), weekStart.addDays(7 + 2), false);
    task(QStringLiteral("Later this week"), weekStart.addDays(6).addSecs(23 * 3600), false);

    const MyWorkData data = MyWork::load(db, me, monday, monday.addDays(7));
    CHECK(data.overdue >= 150); // "later this week" is overdue too when today is Sunday night
    CHECK(data.overdueShown == MyWork::overdueListed + (data.overdue - 150));
    QStringList titles;
    for (const CalendarItem& item : data.items)
        titles << item.title;
    CHECK(titles.contains(QStringLiteral("Later this week")));
    CHECK_FALSE(titles.contains(QStringLiteral("Next week")));
    CHECK_FALSE(titles.contains(QStringLiteral("Done long ago")));
    CHECK(titles.contains(QStringLiteral("Overdue 1"))); // the latest ones
    CHECK(titles.contains(QStringLiteral("Overdue 100")));
    CHECK_FALSE(titles.contains(QStringLiteral("Overdue 101")));
    CHECK(titles.first() == QStringLiteral("Overdue 100")); // sorted by due date
}
