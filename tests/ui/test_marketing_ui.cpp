// The Marketing area: the segment builder counts live (off the GUI thread) as rules change, saves a segment;
// the campaign page launches a campaign and shows its members and figures.
#include "../core/MarketingFixture.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "marketing/CampaignView.h"
#include "marketing/CampaignsPage.h"
#include "marketing/MarketingJob.h"
#include "marketing/SegmentBuilder.h"
#include "marketing/SegmentCounter.h"
#include "marketing/SegmentService.h"
#include "marketing/SegmentsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace rapport;
using rapport::test::s;

namespace {

void choose(QComboBox* box, const QString& data) {
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

bool waitForText(QLabel* label, const QString& text) {
    for (int i = 0; i < 300 && !label->text().contains(text); ++i)
        QTest::qWait(10);
    return label->text().contains(text);
}

void savePicture(QWidget* widget, const char* name) {
    const QByteArray dir = qgetenv("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + s(name));
}

} // namespace

TEST_CASE("the segment builder counts matches live as rules change", "[ui][marketing]") {
    test::TempDatabase temp;
    test::MarketingFixture fixture(temp.db());
    const Prompts prompts = test::acceptingPrompts();
    SegmentsPage page(temp.db(), &prompts);
    page.resize(1100, 600);
    page.show();
    page.counter()->setDebounceMs(20);

    choose(page.entityBox(), s("customer"));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 3")));

    SegmentRuleRow* rule = page.builder()->root()->addRule();
    choose(rule->fieldBox(), s("status"));
    choose(rule->operatorBox(), s("is"));
    choose(qobject_cast<QComboBox*>(rule->valueEditor()), s("active"));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 1")));
    choose(qobject_cast<QComboBox*>(rule->valueEditor()), s("prospect"));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 1")));
    choose(rule->operatorBox(), s("is_not"));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 2")));

    // A nested OR group: not a prospect AND (Leeds OR tag vip).
    SegmentGroupBox* group = page.builder()->root()->addGroup();
    choose(group->joinBox(), s("or"));
    SegmentRuleRow* city = group->rules().first();
    choose(city->fieldBox(), s("billing_city"));
    choose(city->operatorBox(), s("equals"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(city->valueEditor()), s("Leeds"));
    SegmentRuleRow* tag = group->addRule();
    choose(tag->fieldBox(), s("tags"));
    choose(tag->operatorBox(), s("has_item"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(tag->valueEditor()), s("vip"));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 1"))); // Acme

    // A derived fact with a money value typed in the locale.
    fixture.opportunity(fixture.corex, "won", 250000, "2026-01-10T10:00:00Z");
    SegmentRuleRow* bought = group->addRule();
    choose(bought->fieldBox(), s("total_bought"));
    choose(bought->operatorBox(), s("ge"));
    QTest::keyClicks(qobject_cast<QLineEdit*>(bought->valueEditor()), QLocale().toString(2000));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 2"))); // Acme and Corex

    // Nonsense typed into a number shows what is wrong instead of a count.
    QLineEdit* amount = qobject_cast<QLineEdit*>(bought->valueEditor());
    amount->clear();
    QTest::keyClicks(amount, s("lots"));
    CHECK(waitForText(page.countLabel(), s("lots")));
    amount->clear();
    QTest::keyClicks(amount, QLocale().toString(2000));
    CHECK(waitForText(page.countLabel(), s("Matching customers: 2")));
    savePicture(&page, "segment-builder.png");

    page.nameEdit()->setText(s("Good customers"));
    REQUIRE(page.save());
    REQUIRE(page.list()->count() == 1);
    const Segment saved = SegmentService(temp.db()).load(page.currentSegment());
    CHECK(saved.entity == s("customer"));
    CHECK(SegmentService(temp.db()).count(saved.id) == 2);

    // Opening it again rebuilds the same rules.
    page.newSegment();
    page.list()->setCurrentRow(0);
    CHECK(page.builder()->root()->rules().size() == 1);
    CHECK(page.builder()->root()->groups().size() == 1);
    CHECK(page.builder()->root()->groups().first()->rules().size() == 3);
    CHECK(waitForText(page.countLabel(), s("Matching customers: 2")));
}

TEST_CASE("the campaign page launches a campaign and shows members and figures", "[ui][marketing]") {
    test::TempDatabase temp;
    test::MarketingFixture fixture(temp.db());
    Segment everyone;
    everyone.name = s("Everyone");
    everyone.entity = s("contact");
    const qint64 segment = SegmentService(temp.db()).saveDynamic(everyone);
    const qint64 campaign = test::addRecord(fixture.store, "campaign",
                                            {{"name", s("Spring mailing")},
                                             {"channel", s("email")},
                                             {"actual_cost_minor", 12000},
                                             {"owner_id", fixture.owner}});
    test::addRecord(fixture.store, "campaign_segment", {{"campaign_id", campaign}, {"segment_id", segment}});

    QStringList asked;
    const Prompts prompts = test::acceptingPrompts(&asked);
    CampaignsPage page(temp.db(), nullptr, &prompts);
    page.resize(1200, 800);
    page.show();
    QStringList told;
    page.view()->inform = [&told](const QString&, const QString& text) {
        told << text;
    };
    page.refresh();
    REQUIRE(page.table()->rowCount() == 1);
    CHECK(page.view()->campaignId() == campaign);
    CHECK(page.view()->members()->rowCount() == 0);

    QSignalSpy finished(page.view(), &CampaignView::jobFinished);
    QTest::mouseClick(page.view()->launchButton(), Qt::LeftButton);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().at(0).toBool());
    REQUIRE(told.size() == 1);
    CHECK(told.first().contains(s("4 new members")));
    CHECK(told.first().contains(s("1 without consent")));
    CHECK(asked.size() == 1);
    CHECK(page.view()->members()->rowCount() == 4);
    CHECK(page.view()->figures()->text().contains(s("Audience")));
    CHECK(page.table()->item(0, 3)->text() == QLocale().toString(4));

    // Marking a member by hand updates the figures and the comparison table.
    page.view()->members()->selectRow(0);
    choose(page.view()->findChild<QComboBox*>(s("memberStatus")), s("responded"));
    QTest::mouseClick(page.view()->findChild<QPushButton*>(s("setMemberStatus")), Qt::LeftButton);
    CHECK(page.view()->members()->item(0, 4)->text().contains(s("respond"), Qt::CaseInsensitive));
    CHECK(page.table()->item(0, 5)->text() == QLocale().toString(1));
    savePicture(&page, "campaign-page.png");
}
