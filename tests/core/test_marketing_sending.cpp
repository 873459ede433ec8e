// Sending, offline: placeholders, .eml encoding, mail-merge CSV, call list and responses imported from a
// mail tool's report.
#include "MarketingFixture.h"
#include "TestSupport.h"

#include "io/EmlMessage.h"
#include "marketing/CampaignExport.h"
#include "marketing/CampaignResponses.h"
#include "marketing/CampaignService.h"
#include "marketing/MessageTemplate.h"
#include "marketing/SegmentService.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace rapport;
using rapport::test::s;

namespace {

QByteArray read(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

struct Launched {
    Launched(Database& db, const char* channel, const char* body) : fixture(db), database(db) {
        Segment everyone;
        everyone.name = s("Everyone");
        everyone.entity = s("contact");
        const qint64 segment = SegmentService(db).saveDynamic(everyone);
        campaign = test::addRecord(fixture.store, "campaign",
                                   {{"name", s("Frühling")},
                                    {"channel", s(channel)},
                                    {"owner_id", fixture.owner},
                                    {"subject_template", s("Grüße, {first_name}!")},
                                    {"body_template", s(body)}});
        test::addRecord(fixture.store, "campaign_segment",
                        {{"campaign_id", campaign}, {"segment_id", segment}});
        REQUIRE(CampaignService(db).launch(campaign).status.ok());
    }
    qint64 count(const char* sql) const {
        return marketing::scalar(database.handle(), s(sql), {campaign}, nullptr).toLongLong();
    }
    test::MarketingFixture fixture;
    Database& database;
    qint64 campaign = 0;
};

} // namespace

TEST_CASE("placeholders are replaced and unknown ones reported, not dropped", "[marketing]") {
    const QHash<QString, QString> values{{s("first_name"), s("Zoë")}, {s("company"), s("Bolt Ltd")}};
    QStringList unknown;
    const QString text = MessageTemplate::render(s("Dear {first_name} {last_name}of {company}, {{braces}} "
                                                   "stay; {discount} and {oops} too, {discount}."),
                                                 values, &unknown);
    CHECK(text == s("Dear Zoë of Bolt Ltd, {braces} stay; {discount} and {oops} too, {discount}."));
    CHECK(unknown == QStringList{s("discount"), s("oops")});
    CHECK(MessageTemplate::unknownPlaceholders(s("Hi {first_name}, { not a placeholder }")).isEmpty());
    CHECK(MessageTemplate::placeholders().contains(s("owner")));
}

TEST_CASE(".eml messages: RFC 5322 headers, encoded words for non-ASCII, quoted-printable bodies",
          "[marketing]") {
    EmlMessage message{s("Ann Owner"),
                       s("ann@shop.example"),
                       s("Zoë Ünal"),
                       s("zoe@bolt.example"),
                       s("Grüße aus Köln – Frühjahrsangebot für Sie und Ihr ganzes Team, nur diese Woche"),
                       s("Liebe Zoë,\nhier ist unser Angebot: 10 % Rabatt = viel.\n") +
                           QString(90, QLatin1Char('x')),
                       QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC),
                       s("1.2@rapport.invalid")};
    const QByteArray bytes = message.toBytes();
    // Every line ends CRLF and no line is longer than 78 characters.
    for (const QByteArray& line : bytes.split('\n')) {
        if (!line.isEmpty())
            CHECK(line.endsWith('\r'));
        CHECK(line.size() <= 79);
    }
    for (char c : bytes)
        CHECK(static_cast<unsigned char>(c) < 128); // 7-bit on the wire
    CHECK(bytes.contains("From: \"Ann Owner\" <ann@shop.example>\r\n"));
    CHECK(bytes.contains("To: =?UTF-8?B?"));
    CHECK(bytes.contains("Date: Mon, 04 May 2026 09:30:00 +0000\r\n"));
    CHECK(bytes.contains("Message-ID: <1.2@rapport.invalid>\r\n"));
    CHECK(bytes.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    CHECK(bytes.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    // The subject decodes back to the text, split over folded encoded words.
    const qsizetype start = bytes.indexOf("Subject: ") + 9;
    const qsizetype end = bytes.indexOf("\r\nDate:");
    QByteArray decoded;
    const QRegularExpression word(s("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="));
    auto matches = word.globalMatch(QString::fromLatin1(bytes.mid(start, end - start)));
    int words = 0;
    while (matches.hasNext()) {
        decoded += QByteArray::fromBase64(matches.next().captured(1).toLatin1());
        ++words;
    }
    CHECK(words >= 2);
    CHECK(QString::fromUtf8(decoded) == message.subject);
    // The body: ü as =C3=BC, "=" as =3D, soft line breaks in the long line.
    const QByteArray body = bytes.mid(bytes.indexOf("\r\n\r\n") + 4);
    CHECK(body.startsWith("Liebe Zo=C3=AB,\r\n"));
    CHECK(body.contains("Rabatt =3D viel."));
    CHECK(body.contains("=\r\n"));

    EmlMessage plain{QString(),  s("a@b.example"),   QString(), s("c@d.example"),
                     s("Hello"), s("Plain text.\n"), {},        {}};
    const QByteArray ascii = plain.toBytes();
    CHECK(ascii.contains("Subject: Hello\r\n"));
    CHECK(ascii.contains("Content-Transfer-Encoding: 7bit\r\n"));
    CHECK(ascii.contains("From: <a@b.example>\r\n"));
}

TEST_CASE("mail-merge CSV and .eml export mark members sent with one interaction each", "[marketing]") {
    test::TempDatabase temp;
    Launched launched(temp.db(), "email",
                      "Dear {first_name} {last_name} of {company},\nyour contact is {owner}.");
    CampaignExport exporter(temp.db());
    const QString dir = temp.dir() + s("/out");
    const CampaignExportResult csv =
        exporter.write(launched.campaign, dir, CampaignExportFormat::MailMergeCsv);
    INFO(csv.status.message().toStdString());
    REQUIRE(csv.status.ok());
    CHECK(csv.written == 3); // Nora has no e-mail address
    CHECK(csv.skippedNoAddress == 1);
    CHECK(csv.markedSent == 3);
    const QString text = QString::fromUtf8(read(dir + s("/mail-merge.csv")));
    CHECK(text.contains(s("member_id,first_name,last_name,company,email,phone,subject,body")));
    CHECK(text.contains(s("Grüße, Zoë!")));
    CHECK(text.contains(s("\"Dear Jane Doe of Acme GmbH,\nyour contact is Ann Owner.\"")));
    CHECK(launched.count(
              "SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND status = 'sent' AND sent_at "
              "IS NOT NULL AND interaction_id IS NOT NULL") == 3);
    CHECK(launched.count(
              "SELECT count(*) FROM interactions i JOIN campaign_members m ON m.interaction_id = i.id WHERE "
              "m.campaign_id = ? AND i.channel = 'email' AND i.direction = 'out'") == 3);

    // Again, as .eml files: the files are written, but nobody gets a second interaction.
    const CampaignExportResult eml = exporter.write(launched.campaign, dir, CampaignExportFormat::Eml);
    REQUIRE(eml.status.ok());
    CHECK(eml.written == 3);
    CHECK(eml.markedSent == 0);
    CHECK(QDir(dir).entryList({s("*.eml")}).size() == 3);
    CHECK(launched.count("SELECT count(*) FROM interactions WHERE subject LIKE 'Grüße%' AND ? IS NOT NULL") ==
          3);
    const QByteArray first = read(eml.files.first());
    CHECK(first.contains("From: \"Ann Owner\" <ann@shop.example>"));
    CHECK(first.contains("Subject: =?UTF-8?B?"));
}

TEST_CASE("unknown placeholders stop the export before anything is written", "[marketing]") {
    test::TempDatabase temp;
    Launched launched(temp.db(), "email", "Dear {first_name}, use code {voucher_code}.");
    const QString dir = temp.dir() + s("/out");
    const CampaignExportResult result =
        CampaignExport(temp.db()).write(launched.campaign, dir, CampaignExportFormat::MailMergeCsv);
    CHECK_FALSE(result.status.ok());
    CHECK(result.status.message().contains(s("{voucher_code}")));
    CHECK_FALSE(QFile::exists(dir + s("/mail-merge.csv")));
    CHECK(launched.count(
              "SELECT count(*) FROM campaign_members WHERE campaign_id = ? AND sent_at IS NOT NULL") == 0);
}

TEST_CASE("a call list has the members with phones, logged as phone interactions", "[marketing]") {
    test::TempDatabase temp;
    Launched launched(temp.db(), "phone", "Call {first_name} about the offer.");
    const QString dir = temp.dir() + s("/calls");
    const CampaignExportResult calls =
        CampaignExport(temp.db()).write(launched.campaign, dir, CampaignExportFormat::CallList);
    REQUIRE(calls.status.ok());
    CHECK(calls.written == 1); // only Jane agreed to calls and has a phone
    const QString text = QString::fromUtf8(read(dir + s("/call-list.csv")));
    CHECK(text.contains(s("+493011111111")));
    CHECK(text.contains(s("Call Jane about the offer.")));
    CHECK(launched.count(
              "SELECT count(*) FROM interactions i JOIN campaign_members m ON m.interaction_id = i.id WHERE "
              "m.campaign_id = ? AND i.channel = 'phone'") == 1);
}

TEST_CASE("a mail tool report updates members and reports unmatched lines with line numbers", "[marketing]") {
    test::TempDatabase temp;
    Launched launched(temp.db(), "email", "Hello {first_name}");
    const QString path = temp.dir() + s("/report.csv");
    write(path, "Email Address,Event,Timestamp,Phone\n"
                "jane@acme.example,open,2026-05-04T09:00:00Z,\n"
                "ZOE@BOLT.EXAMPLE,click,2026-05-05 10:00:00,\n"
                "stranger@nowhere.example,bounce,2026-05-05,\n"
                "jane@acme.example,teleported,2026-05-05,\n"
                "jane@acme.example,delivered,2026-05-03,\n"
                "max@corex.example,unsubscribe,2026-05-06,\n"
                ",reply,2026-05-07,+44 113 222 2222\n"
                "nora@x.example,open,not a date,\n");
    const ResponseImportResult result = CampaignResponses(temp.db()).importFile(launched.campaign, path);
    INFO(result.status.message().toStdString());
    REQUIRE(result.status.ok());
    CHECK(result.lines == 8);
    CHECK(result.matched == 5);
    REQUIRE(result.unmatched.size() == 3);
    CHECK(result.unmatched.at(0).line == 4);
    CHECK(result.unmatched.at(0).text == s("stranger@nowhere.example"));
    CHECK(result.unmatched.at(1).line == 5);
    CHECK(result.unmatched.at(1).reason.contains(s("teleported")));
    CHECK(result.unmatched.at(2).line == 9);

    auto member = [&](qint64 contact, const char* column) {
        return marketing::scalar(temp.db().handle(),
                                 s("SELECT %1 FROM campaign_members WHERE campaign_id = ? AND contact_id = ?")
                                     .arg(s(column)),
                                 {launched.campaign, contact}, nullptr)
            .toString();
    };
    // Jane opened; the later "delivered" line does not move her back, but records when she was sent to.
    CHECK(member(launched.fixture.jane, "status") == s("opened"));
    CHECK(member(launched.fixture.jane, "opened_at").startsWith(s("2026-05-04T09:00:00")));
    CHECK(member(launched.fixture.jane, "sent_at").startsWith(s("2026-05-03")));
    CHECK(member(launched.fixture.zoe, "status") == s("responded"));
    CHECK(member(launched.fixture.zoe, "responded_at").startsWith(s("2026-05-05T10:00:00")));
    CHECK(member(launched.fixture.max, "status") == s("opted_out"));
    CHECK(marketing::scalar(temp.db().handle(), s("SELECT count(*) FROM suppression_list WHERE email = ?"),
                            {s("max@corex.example")}, nullptr)
              .toInt() == 1);

    // A file without the columns it needs changes nothing.
    write(path, "name,comment\nJane,hi\n");
    const ResponseImportResult bad = CampaignResponses(temp.db()).importFile(launched.campaign, path);
    CHECK_FALSE(bad.status.ok());
    CHECK(bad.status.message().contains(s("status")));
}
