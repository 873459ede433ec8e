// Freezing a segment runs on a worker: the window keeps handling events while the members are written, the
// static list appears when it is done, and Cancel leaves the segment as it was.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "marketing/SegmentService.h"
#include "marketing/SegmentsPage.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace rapport;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

qint64 scalar(Database& db, const char* sql) {
    Statement statement(db.handle(), sql);
    return statement.next() ? statement.int64(0) : -1;
}

// `n` customers, every third of them active, and a saved dynamic segment of the active ones.
qint64 activeSegment(Database& db, int n) {
    Statement insert(db.handle(),
                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?1) "
                     "INSERT INTO customers (id, name, status) SELECT 100000 + i, 'Customer ' || i, "
                     "CASE WHEN i % 3 = 0 THEN 'active' ELSE 'prospect' END FROM k");
    insert.bind(1, n);
    REQUIRE(insert.exec().ok());
    Segment active;
    active.name = s("Active customers");
    active.entity = s("customer");
    active.criteria = QJsonObject{
        {s("rules"), QJsonArray{QJsonObject{
                         {s("field"), s("status")}, {s("operator"), s("is")}, {s("value"), s("active")}}}}};
    Status saved;
    const qint64 id = SegmentService(db).saveDynamic(active, &saved);
    REQUIRE(saved.ok());
    return id;
}

} // namespace

TEST_CASE("freezing a segment runs off the GUI thread and the static list appears", "[ui][marketing]") {
    test::TempDatabase temp;
    const qint64 segment = activeSegment(temp.db(), 60000);
    const Prompts prompts = test::acceptingPrompts();
    SegmentsPage page(temp.db(), &prompts);
    page.resize(1100, 600);
    page.show();
    page.list()->setCurrentRow(0);
    REQUIRE(page.currentSegment() == segment);

    int ticks = 0; // the GUI thread's timer keeps firing while the worker writes
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(5);
    QSignalSpy finished(&page, &SegmentsPage::freezeFinished);
    page.freeze();
    CHECK(page.isFreezing()); // freeze() returned before the work was done
    CHECK(page.freezeButton()->text() == s("Cancel freezing"));
    CHECK_FALSE(page.list()->isEnabled());
    REQUIRE(test::eventually([&] { return finished.count() == 1; }, 30000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(ticks > 0);
    CHECK_FALSE(page.isFreezing());
    CHECK(page.list()->isEnabled());
    CHECK(page.list()->item(0)->text().contains(s("(static)")));
    CHECK(page.countLabel()->text().contains(QLocale().toString(20000)));
    CHECK_FALSE(page.freezeButton()->isEnabled()); // a static list is not frozen again
    CHECK(scalar(temp.db(), "SELECT count(*) FROM segment_members") == 20000);
    CHECK(SegmentService(temp.db()).load(segment).kind == s("static"));
}

TEST_CASE("cancelling a freeze leaves the segment dynamic and without members", "[ui][marketing]") {
    test::TempDatabase temp;
    const qint64 segment = activeSegment(temp.db(), 30000);
    const Prompts prompts = test::acceptingPrompts();
    SegmentsPage page(temp.db(), &prompts);
    page.show();
    page.list()->setCurrentRow(0);
    QSignalSpy finished(&page, &SegmentsPage::freezeFinished);
    page.freeze();
    REQUIRE(page.isFreezing());
    QTest::mouseClick(page.freezeButton(), Qt::LeftButton); // now "Cancel freezing"
    REQUIRE(test::eventually([&] { return finished.count() == 1; }, 30000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString().contains(s("cancelled")));
    CHECK(scalar(temp.db(), "SELECT count(*) FROM segment_members") == 0);
    CHECK(SegmentService(temp.db()).load(segment).kind == s("dynamic"));
    CHECK(page.freezeButton()->text() == s("Freeze as static list"));
    CHECK(page.freezeButton()->isEnabled());
    CHECK(page.list()->isEnabled());
}
