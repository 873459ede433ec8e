// Campaigns: launch with consent and suppression, idempotent launch, single additions, conversions through
// opportunities and leads naming the campaign, and the statistics on hand-computed data.
#include "MarketingFixture.h"
#include "TestSupport.h"

#include "marketing/CampaignService.h"
#include "marketing/CampaignStatistics.h"
#include "marketing/SegmentService.h"

using namespace rapport;
using rapport::test::s;

namespace {

struct CampaignSetup {
    explicit CampaignSetup(Database& db, const char* channel = "email", const char* entity = "contact")
        : fixture(db), database(db) {
        Segment everyone;
        everyone.name = s("Everyone");
        everyone.entity = s(entity);
        Status status;
        segment = SegmentService(db).saveDynamic(everyone, &status);
        REQUIRE(status.ok());
        campaign = test::addRecord(fixture.store, "campaign",
                                   {{"name", s("Spring mailing")},
                                    {"channel", s(channel)},
                                    {"owner_id", fixture.owner},
                                    {"actual_cost_minor", 30000},
                                    {"budget_minor", 50000}});
        test::addRecord(fixture.store, "campaign_segment",
                        {{"campaign_id", campaign}, {"segment_id", segment}});
    }
    qint64 member(const char* column, qint64 id) const {
        return marketing::scalar(
                   database.handle(),
                   s("SELECT id FROM campaign_members WHERE campaign_id = ? AND %1 = ?").arg(s(column)),
                   {campaign, id}, nullptr)
            .toLongLong();
    }
    QString memberValue(qint64 memberId, const char* column) const {
        return marketing::scalar(database.handle(),
                                 s("SELECT %1 FROM campaign_members WHERE id = ?").arg(s(column)), {memberId},
                                 nullptr)
            .toString();
    }
    test::MarketingFixture fixture;
    Database& database;
    qint64 segment = 0;
    qint64 campaign = 0;
};

} // namespace

TEST_CASE("launch leaves out people without consent for the channel and suppressed addresses",
          "[marketing]") {
    test::TempDatabase temp;
    CampaignSetup setup(temp.db());
    CampaignService campaigns(temp.db());
    REQUIRE(campaigns.suppress(s("MAX@corex.example"), QString(), s("request")).ok());

    const LaunchResult launched = campaigns.launch(setup.campaign);
    INFO(launched.status.message().toStdString());
    REQUIRE(launched.status.ok());
    CHECK(launched.added == 3);              // Jane, Zoë, Nora
    CHECK(launched.excludedConsent == 1);    // John
    CHECK(launched.excludedSuppressed == 1); // Max
    CHECK(launched.audience == 3);
    CHECK(setup.member("contact_id", setup.fixture.jane) != 0);
    CHECK(setup.member("contact_id", setup.fixture.john) == 0);
    CHECK(setup.member("contact_id", setup.fixture.max) == 0);
    const qint64 jane = setup.member("contact_id", setup.fixture.jane);
    CHECK(setup.memberValue(jane, "email") == s("jane@acme.example"));
    CHECK(setup.memberValue(jane, "customer_id").toLongLong() == setup.fixture.acme);
    CHECK(setup.memberValue(jane, "status") == s("pending"));
    CHECK(marketing::scalar(
              temp.db().handle(),
              s("SELECT status || ' ' || excluded_consent || ' ' || excluded_suppressed FROM campaigns "
                "WHERE id = ?"),
              {setup.campaign}, nullptr)
              .toString() == s("active 1 1"));
}

TEST_CASE("launching twice adds nobody twice, people who match later are added", "[marketing]") {
    test::TempDatabase temp;
    CampaignSetup setup(temp.db());
    CampaignService campaigns(temp.db());
    REQUIRE(campaigns.launch(setup.campaign).added == 4);
    const LaunchResult again = campaigns.launch(setup.campaign);
    REQUIRE(again.status.ok());
    CHECK(again.added == 0);
    CHECK(again.alreadyMembers == 4);
    CHECK(again.audience == 4);
    test::addRecord(setup.fixture.store, "contact",
                    {{"first_name", s("Newt")}, {"emails", s("newt@example.org")}, {"consent_email", 1}});
    const LaunchResult third = campaigns.launch(setup.campaign);
    CHECK(third.added == 1);
    CHECK(third.audience == 5);
}

TEST_CASE("SMS, phone and customer campaigns read their own consent", "[marketing]") {
    test::TempDatabase temp;
    {
        CampaignSetup sms(temp.db(), "sms");
        const LaunchResult launched = CampaignService(temp.db()).launch(sms.campaign);
        CHECK(launched.added == 1); // only Zoë agreed to SMS
        CHECK(launched.excludedConsent == 4);
    }
    test::TempDatabase temp2;
    CampaignSetup customers(temp2.db(), "email", "customer");
    const LaunchResult launched = CampaignService(temp2.db()).launch(customers.campaign);
    CHECK(launched.added == 1); // Acme
    CHECK(customers.member("customer_id", customers.fixture.acme) != 0);
    CHECK(customers.memberValue(customers.member("customer_id", customers.fixture.acme), "email") ==
          s("info@acme.example"));
    CHECK(CampaignService(temp2.db()).launch(customers.campaign).added == 0);
}

TEST_CASE("adding one member checks consent and suppression and is harmless twice", "[marketing]") {
    test::TempDatabase temp;
    CampaignSetup setup(temp.db());
    CampaignService campaigns(temp.db());
    REQUIRE(campaigns.suppress(QString(), s("+441132222222"), s("opted_out")).ok());
    const AddMemberResult added =
        campaigns.addMember(setup.campaign, CampaignAudienceRef::contact(setup.fixture.jane));
    REQUIRE(added.status.ok());
    CHECK(added.outcome == AddMemberOutcome::Added);
    const AddMemberResult twice =
        campaigns.addMember(setup.campaign, CampaignAudienceRef::contact(setup.fixture.jane));
    CHECK(twice.outcome == AddMemberOutcome::AlreadyMember);
    CHECK(twice.memberId == added.memberId);
    CHECK(campaigns.addMember(setup.campaign, CampaignAudienceRef::contact(setup.fixture.john)).outcome ==
          AddMemberOutcome::NoConsent);
    CHECK(campaigns.addMember(setup.campaign, CampaignAudienceRef::contact(setup.fixture.zoe)).outcome ==
          AddMemberOutcome::Suppressed);
    CHECK_FALSE(campaigns.addMember(setup.campaign, CampaignAudienceRef::contact(123)).status.ok());
    CHECK_FALSE(campaigns.addMember(987, CampaignAudienceRef::contact(setup.fixture.jane)).status.ok());
}

TEST_CASE("opting out puts the address on the suppression list", "[marketing]") {
    test::TempDatabase temp;
    CampaignSetup setup(temp.db());
    CampaignService campaigns(temp.db());
    REQUIRE(campaigns.launch(setup.campaign).status.ok());
    const qint64 zoe = setup.member("contact_id", setup.fixture.zoe);
    REQUIRE(campaigns.setMemberStatus(zoe, s("opted_out")).ok());
    CHECK(setup.memberValue(zoe, "status") == s("opted_out"));
    CHECK_FALSE(setup.memberValue(zoe, "opted_out_at").isEmpty());
    CHECK(marketing::scalar(temp.db().handle(),
                            s("SELECT count(*) FROM suppression_list WHERE lower(email) = ?"),
                            {s("zoe@bolt.example")}, nullptr)
              .toInt() == 1);
    CHECK_FALSE(campaigns.setMemberStatus(zoe, s("delighted")).ok());
    // The next campaign leaves her out.
    const qint64 next = test::addRecord(setup.fixture.store, "campaign", {{"name", s("Summer")}});
    test::addRecord(setup.fixture.store, "campaign_segment",
                    {{"campaign_id", next}, {"segment_id", setup.segment}});
    const LaunchResult launched = campaigns.launch(next);
    CHECK(launched.excludedSuppressed == 1);
    CHECK(launched.added == 3);
}

TEST_CASE("an opportunity or lead naming the campaign converts the member, whoever writes it",
          "[marketing]") {
    test::TempDatabase temp;
    CampaignSetup setup(temp.db());
    REQUIRE(CampaignService(temp.db()).launch(setup.campaign).status.ok());
    const qint64 jane = setup.member("contact_id", setup.fixture.jane);
    const qint64 deal = setup.fixture.opportunity(setup.fixture.acme, "open", 5000, nullptr, setup.campaign,
                                                  setup.fixture.jane);
    CHECK(setup.memberValue(jane, "status") == s("converted"));
    CHECK(setup.memberValue(jane, "converted_opportunity_id").toLongLong() == deal);
    // John's deal names the campaign but John is not a member: nobody else at Acme converts.
    const qint64 nora = setup.member("contact_id", setup.fixture.nora);
    setup.fixture.opportunity(setup.fixture.acme, "open", 5000, nullptr, setup.campaign, setup.fixture.john);
    CHECK(setup.memberValue(nora, "status") == s("pending"));
    // A lead with a member's address, naming the campaign.
    const qint64 zoe = setup.member("contact_id", setup.fixture.zoe);
    const qint64 lead = test::addRecord(
        setup.fixture.store, "lead",
        {{"first_name", s("Zoë")}, {"email", s("ZOE@bolt.example")}, {"campaign_id", setup.campaign}});
    CHECK(setup.memberValue(zoe, "status") == s("converted"));
    CHECK(setup.memberValue(zoe, "converted_lead_id").toLongLong() == lead);
}

TEST_CASE("campaign statistics on hand-computed data", "[marketing]") {
    test::TempDatabase temp;
    CampaignSetup setup(temp.db());
    CampaignService campaigns(temp.db());
    REQUIRE(campaigns.suppress(s("john@acme.example"), QString(), s("legal")).ok());
    REQUIRE(campaigns.launch(setup.campaign).added == 4); // Jane, Zoë, Max, Nora
    const test::MarketingFixture& f = setup.fixture;
    for (qint64 contact : {f.jane, f.zoe, f.max, f.nora})
        REQUIRE(campaigns.setMemberStatus(setup.member("contact_id", contact), s("sent")).ok());
    const QDateTime day1(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);
    REQUIRE(campaigns.setMemberStatus(setup.member("contact_id", f.jane), s("responded"), day1).ok());
    REQUIRE(campaigns.setMemberStatus(setup.member("contact_id", f.max), s("opened"), day1).ok());
    REQUIRE(campaigns.setMemberStatus(setup.member("contact_id", f.nora), s("bounced"), day1).ok());
    // Zoë converts into a won deal of 1,200.00; a lost deal naming the campaign adds no revenue.
    const qint64 won =
        setup.fixture.opportunity(f.bolt, "won", 120000, "2026-05-06T10:00:00Z", setup.campaign, f.zoe);
    REQUIRE(won != 0);
    setup.fixture.opportunity(f.corex, "lost", 99900, "2026-05-07T10:00:00Z", 0, 0);

    Status status;
    const CampaignStats stats = CampaignStatistics(temp.db()).stats(setup.campaign, &status);
    REQUIRE(status.ok());
    CHECK(stats.audience == 4);
    CHECK(stats.sent == 4);
    CHECK(stats.bounced == 1);
    CHECK(stats.opened == 1);
    CHECK(stats.responses == 2); // Jane responded, Zoë converted
    CHECK(stats.conversions == 1);
    CHECK(stats.responseRateBp == 5000); // 2 of 4
    CHECK(stats.conversionRateBp == 2500);
    CHECK(stats.costMinor == 30000);
    CHECK(stats.costPerResponseMinor == 15000); // 300.00 / 2
    CHECK(stats.revenueMinor == 120000);
    CHECK(stats.roiKnown);
    CHECK(stats.roiBp == 30000); // (1,200 - 300) / 300 = 300 %
    // John is both without consent and suppressed: consent is checked first.
    CHECK(stats.excludedConsent == 1);
    CHECK(stats.excludedSuppressed == 0);

    const QList<DailyResponses> days = CampaignStatistics(temp.db()).responsesPerDay(setup.campaign);
    REQUIRE(days.size() == 2);
    CHECK(days.at(0).day == QDate(2026, 5, 4));
    CHECK(days.at(0).responses == 1);
    CHECK(days.at(1).responses == 1); // the conversion, today

    // Rounding: 1 response of 3 sent is 33.33 %; cost 100.00 over 3 responses is 33.33.
    const qint64 other =
        test::addRecord(setup.fixture.store, "campaign", {{"name", s("Tiny")}, {"actual_cost_minor", 10000}});
    for (qint64 contact : {f.jane, f.zoe, f.max}) {
        const AddMemberResult added = campaigns.addMember(other, CampaignAudienceRef::contact(contact));
        REQUIRE(added.outcome == AddMemberOutcome::Added);
        REQUIRE(campaigns.setMemberStatus(added.memberId, s("responded")).ok());
    }
    const CampaignStats tiny = CampaignStatistics(temp.db()).stats(other);
    CHECK(tiny.responseRateBp == 10000);
    CHECK(tiny.costPerResponseMinor == 3333);
    CHECK(tiny.roiBp == -10000);
    CHECK(CampaignStatistics(temp.db()).compare({setup.campaign, other}).size() == 2);
}
