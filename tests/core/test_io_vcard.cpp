#include "TestSupport.h"
#include "io/VCardReader.h"
#include "io/VCardWriter.h"

#include <QDir>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QList<VCard> readFixture(const QString& name, QList<VCardReader::Problem>* problems = nullptr) {
    const QString path = test::sharedTestData() + QStringLiteral("/vcard/") + name;
    return VCardReader::parse(test::readBytes(path), problems);
}

QStringList emails(const VCard& card) {
    QStringList out;
    for (const auto& e : card.emails)
        out.append(e.address);
    return out;
}

QStringList phones(const VCard& card) {
    QStringList out;
    for (const auto& p : card.phones)
        out.append(p.number);
    return out;
}

QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("vcard fixtures: every file parses without problems", "[vcard]") {
    if (test::sharedTestData().isEmpty()) {
        WARN("../shared/testdata is absent: vCard fixtures skipped");
        return;
    }
    const QDir dir(test::sharedTestData() + QStringLiteral("/vcard"));
    const QStringList files = dir.entryList({QStringLiteral("*.vcf")}, QDir::Files);
    REQUIRE(files.size() >= 17);
    for (const QString& name : files) {
        INFO(name.toStdString());
        QList<VCardReader::Problem> problems;
        const QList<VCard> cards = readFixture(name, &problems);
        CHECK(!cards.isEmpty());
        for (const auto& p : problems)
            FAIL_CHECK("line " << p.line << ": " << p.message.toStdString());
        for (const VCard& card : cards)
            CHECK(!card.displayName().isEmpty());
    }
}

TEST_CASE("vcard fixtures: names, organisations, e-mails, phones and addresses are intact", "[vcard]") {
    if (test::sharedTestData().isEmpty()) {
        WARN("../shared/testdata is absent: vCard fixtures skipped");
        return;
    }
    SECTION("Android 2.1: quoted-printable UTF-8 with soft line breaks, bare types, base64 photo") {
        const QList<VCard> cards = readFixture(QStringLiteral("John_Doe_ANDROID.vcf"));
        REQUIRE(cards.size() == 6);
        CHECK(emails(cards[0]) == QStringList{s("john.doe@company.com")});
        CHECK(cards[0].emails[0].preferred);
        CHECK(cards[0].categories == QStringList{s("My Contacts")});
        CHECK(cards[2].formattedName == s("Ñ Ñ Ñ Ñ Ñ"));
        CHECK(cards[2].familyName == s("Ñ Ñ Ñ Ñ"));
        CHECK(phones(cards[2]) == QStringList{s("123456789")});
        CHECK(cards[2].phones[0].types == QStringList{s("cell")});
        CHECK(cards[3].familyName == s("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ")); // joined across the soft line break
        CHECK(phones(cards[3]) == QStringList{s("123456"), s("234567"), s("3456789"), s("45678901")});
        CHECK(cards[3].note.startsWith(s("Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ")));
        CHECK(cards[4].familyName == s("Ñ Ñ"));
        CHECK(cards[4].givenName == s("Ñ Ñ Ñ"));
        CHECK(phones(cards[4]) == QStringList{s("123456"), s("123456"), s("123456")});
        CHECK(cards[4].phones[2].types == QStringList{s("work"), s("fax")});
        REQUIRE(cards[4].emails.size() == 2);
        CHECK(cards[4].emails[0].address == s("bob@company.com"));
        CHECK(cards[4].emails[1].address == QString(14, QChar(0x00D1)));
        CHECK(cards[4].organisation == QString(12, QChar(0x00D1)));
        CHECK(cards[4].urls == QStringList{s("www.company.com"), s("http://www.company.com")});
        CHECK(cards[5].formattedName == s("ÑÑÑÑ"));
        CHECK(emails(cards[5]) == QStringList{s("henry@company.com")});
        CHECK(cards[5].organisation.startsWith(QString(44, QChar(0x00D1))));
    }
    SECTION("BlackBerry") {
        const QList<VCard> cards = readFixture(QStringLiteral("John_Doe_BLACK_BERRY.vcf"));
        REQUIRE(cards.size() == 1);
        CHECK(cards[0].formattedName == s("John Doe"));
        CHECK(cards[0].familyName == s("Doe"));
        CHECK(cards[0].givenName == s("john"));
        CHECK(cards[0].organisation == s("Acme Solutions"));
        CHECK(phones(cards[0]) == QStringList{s("+96123456789")});
        CHECK(cards[0].note.isEmpty());
    }
    SECTION("Evolution: folded lines everywhere, escapes, UUID parameters") {
        const VCard card = readFixture(QStringLiteral("John_Doe_EVOLUTION.vcf")).value(0);
        CHECK(card.familyName == s("Doe"));
        CHECK(card.givenName == s("John"));
        CHECK(card.additionalNames == s("Richter, James"));
        CHECK(card.prefix == s("Mr."));
        CHECK(card.suffix == s("Sr."));
        CHECK(card.formattedName == s("Mr. John Richter, James Doe Sr."));
        CHECK(card.organisation == s("IBM"));
        CHECK(card.unit == s("Accounting; Dungeon"));
        CHECK(card.title == s("Money Counter"));
        CHECK(emails(card) == QStringList{s("john.doe@ibm.com")});
        CHECK(card.emails[0].types == QStringList{s("work")});
        CHECK(phones(card) == QStringList{s("905-666-1234"), s("905-555-1234")});
        CHECK(card.phones[1].types == QStringList{s("work"), s("voice")});
        REQUIRE(card.addresses.size() == 1);
        CHECK(card.addresses[0].poBox == s("ASB-123"));
        CHECK(card.addresses[0].street == s("15 Crescent moon drive"));
        CHECK(card.addresses[0].city == s("Albaney"));
        CHECK(card.addresses[0].region == s("New York"));
        CHECK(card.addresses[0].postcode == s("12345"));
        CHECK(card.addresses[0].country == s("United States of America"));
        CHECK(card.urls == QStringList{s("http://www.ibm.com")});
        CHECK(card.birthday == QDate(1980, 3, 22));
        CHECK(card.categories == QStringList{s("VIP")});
        CHECK(card.note.contains(s("SERVICES; LOSS OF USE, DATA, OR PROFITS;")));
    }
    SECTION("Gmail: escaped newlines in an address, grouped Apple labels") {
        const VCard card = readFixture(QStringLiteral("John_Doe_GMAIL.vcf")).value(0);
        CHECK(card.formattedName == s("Mr. John Richter, James Doe Sr."));
        CHECK(emails(card) == QStringList{s("john.doe@ibm.com")});
        CHECK(card.emails[0].types == QStringList{s("home")});
        CHECK(phones(card) == QStringList{s("905-555-1234"), s("905-666-1234")});
        REQUIRE(card.addresses.size() == 1);
        CHECK(
            card.addresses[0].extended ==
            s("Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America"));
        CHECK(card.organisation == s("IBM"));
        CHECK(card.urls == QStringList{s("http://www.ibm.com")});
        CHECK(card.note.contains(s("\"AS IS\"")));
        CHECK(card.note.endsWith(s("\nFavotire Color: Blue")));
    }
    SECTION("iPhone: item groups, type=pref, base64 photo") {
        const VCard card = readFixture(QStringLiteral("John_Doe_IPHONE.vcf")).value(0);
        CHECK(card.familyName == s("Doe"));
        CHECK(card.additionalNames == s("Richter,James"));
        CHECK(card.organisation == s("IBM"));
        CHECK(card.unit == s("Accounting"));
        CHECK(emails(card) == QStringList{s("john.doe@ibm.com")});
        CHECK(card.emails[0].preferred);
        CHECK(phones(card) == QStringList{s("905-555-1234"), s("905-666-1234"), s("905-777-1234"),
                                          s("905-888-1234"), s("905-999-1234"), s("905-111-1234"),
                                          s("905-222-1234")});
        CHECK(card.phones[0].types == QStringList{s("cell"), s("voice")});
        CHECK(card.phones[0].preferred);
        CHECK(card.phones[6].label == s("AssistantPhone"));
        REQUIRE(card.addresses.size() == 2);
        CHECK(card.addresses[0].street == s("Silicon Alley 5,"));
        CHECK(card.addresses[1].street == s("Street4\nBuilding 6\nFloor 8"));
        CHECK(card.addresses[1].country == s("USA"));
        CHECK(card.urls == QStringList{s("http://www.ibm.com")});
        CHECK(card.birthday == QDate(2012, 6, 6));
    }
    SECTION("Lotus Notes and macOS") {
        const VCard lotus = readFixture(QStringLiteral("John_Doe_LOTUS_NOTES.vcf")).value(0);
        CHECK(lotus.formattedName == s("Mr. Doe John I Johny"));
        CHECK(lotus.organisation == s("IBM"));
        CHECK(lotus.unit == s("SUN"));
        CHECK(emails(lotus) == QStringList{s("john.doe@ibm.com"), s("billy_bob@gmail.com")});
        CHECK(phones(lotus) == QStringList{s("+1 (212) 204-34456"), s("00-1-212-555-7777")});
        REQUIRE(lotus.addresses.size() == 1);
        CHECK(lotus.addresses[0].street == s("25334\nSouth cresent drive, Building 5, 3rd floo r"));
        CHECK(lotus.addresses[0].postcode == s("NYC887"));
        CHECK(lotus.birthday == QDate(1980, 5, 21));
        CHECK(lotus.role == s("Counting Money"));

        const VCard mac = readFixture(QStringLiteral("John_Doe_MAC_ADDRESS_BOOK.vcf")).value(0);
        CHECK(mac.formattedName == s("Mr. John Richter,James Doe Sr."));
        CHECK(emails(mac) == QStringList{s("john.doe@ibm.com")});
        CHECK(mac.phones.size() == 7);
        CHECK(mac.phones[6].label == s("AssistantPhone"));
        CHECK(mac.addresses.size() == 2);
        CHECK(mac.addresses[0].city == s("New York"));
    }
    SECTION("Outlook: 2.1 QP notes and labels, base64 keys and photos") {
        const VCard john = readFixture(QStringLiteral("John_Doe_MS_OUTLOOK.vcf")).value(0);
        CHECK(john.familyName == s("Doe"));
        CHECK(john.additionalNames == s("Richter,James"));
        CHECK(john.organisation == s("IBM"));
        CHECK(phones(john) == QStringList{s("(905) 555-1234"), s("(905) 666-1234")});
        CHECK(emails(john) == QStringList{s("john.doe@ibm.cm")});
        REQUIRE(john.addresses.size() == 2);
        CHECK(john.addresses[0].street == s("Cresent moon drive"));
        CHECK(john.addresses[0].preferred);
        CHECK(john.addresses[1].street == s("Silicon Alley 5,"));
        CHECK(john.birthday == QDate(1980, 3, 22));

        const VCard o2003 = readFixture(QStringLiteral("outlook-2003.vcf")).value(0);
        CHECK(o2003.organisation == s("Company, The"));
        CHECK(o2003.unit == s("TheDepartment"));
        CHECK(o2003.note == s("This is the note field!!\r\nSecond line\r\n\r\nThird line is empty"));
        CHECK(emails(o2003) == QStringList{s("jdoe@hotmail.com")});
        CHECK(o2003.addresses.value(0).extended == s("TheOffice"));
        CHECK(o2003.birthday == QDate(1980, 3, 21));

        const VCard o2007 = readFixture(QStringLiteral("outlook-2007.vcf")).value(0);
        CHECK(o2007.formattedName == s("Mr. Michael Angstadt Jr."));
        CHECK(o2007.note.startsWith(s("This is the NOTE field\t\r\nI assume it encodes")));
        CHECK(o2007.note.endsWith(s("It does not preserve the formatting")));
        CHECK(phones(o2007) == QStringList{s("(111) 555-1111"), s("(111) 555-2222"), s("(111) 555-4444"),
                                           s("(111) 555-3333")});
        CHECK(emails(o2007) == QStringList{s("mike.angstadt@gmail.com")});
        CHECK(o2007.addresses.value(0).street == s("222 Broadway"));
        CHECK(o2007.urls.size() == 2);
    }
    SECTION("Gmail exports, one and many cards") {
        const QList<VCard> list = readFixture(QStringLiteral("gmail-list.vcf"));
        REQUIRE(list.size() == 3);
        CHECK(list[1].formattedName == s("Chris Beatle"));
        CHECK(emails(list[1]) == QStringList{s("chrisy55d@yahoo.com")});
        CHECK(emails(list[2]) == QStringList{s("dwhite@gmail.com")});

        const VCard single = readFixture(QStringLiteral("gmail-single.vcf")).value(0);
        CHECK(phones(single) == QStringList{s("555 555 1111"), s("555 555 2222")});
        CHECK(single.phones[1].label == s("GRAND_CENTRAL"));
        REQUIRE(single.addresses.size() == 2);
        CHECK(single.addresses[1].label == s("CustomAdrType"));
        CHECK(single.addresses[1].region == s("TX"));

        const VCard single2 = readFixture(QStringLiteral("gmail-single2.vcf")).value(0);
        CHECK(single2.emails.size() == 5);
        CHECK(single2.emails[4].label == s("CustomEmailCategory"));
        CHECK(single2.phones.size() == 11);
        CHECK(single2.addresses.size() == 5);
        CHECK(single2.urls.size() == 6);
        CHECK(single2.birthday == QDate(1912, 6, 23));
    }
    SECTION("RFC examples, vCard 4.0, Thunderbird") {
        const QList<VCard> rfc2426 = readFixture(QStringLiteral("rfc2426-example.vcf"));
        REQUIRE(rfc2426.size() == 2);
        CHECK(rfc2426[0].organisation == s("Lotus Development Corporation"));
        CHECK(emails(rfc2426[0]) == QStringList{s("Frank_Dawson@Lotus.com"), s("fdawson@earthlink.net")});
        CHECK(rfc2426[0].emails[0].preferred);
        CHECK(rfc2426[0].addresses.value(0).postcode == s("27613-3502"));
        CHECK(rfc2426[1].addresses.value(0).postcode == s("94043"));

        const VCard simon = readFixture(QStringLiteral("rfc6350-example.vcf")).value(0);
        CHECK(simon.familyName == s("Perreault"));
        CHECK(simon.suffix == s("ing. jr,M.Sc."));
        CHECK(!simon.birthday.isValid()); // --0203 has no year
        CHECK(phones(simon) == QStringList{s("+1-418-656-9254 ext. 102"), s("+1-418-262-6501")});
        CHECK(simon.phones[0].preferred);
        CHECK(simon.phones[0].types == QStringList{s("work"), s("voice")});
        CHECK(simon.addresses.value(0).extended == s("Suite D2-630"));
        CHECK(simon.addresses.value(0).postcode == s("G1V 2M2"));

        const VCard full = readFixture(QStringLiteral("fullcontact.vcf")).value(0);
        CHECK(full.givenName == s("FirstName"));
        CHECK(full.organisation == s("Organization1"));
        CHECK(full.unit == s("Department1"));
        CHECK(full.phones.size() == 9);
        CHECK(emails(full).contains(s("custom@example.com")));
        CHECK(full.addresses.size() == 4);
        CHECK(full.birthday == QDate(2016, 8, 1));
        CHECK(full.note == s("Notes line 1\nNotes line 2"));

        const VCard bird =
            readFixture(QStringLiteral("thunderbird-MoreFunctionsForAddressBook-extension.vcf")).value(0);
        CHECK(bird.familyName == s("Doe"));
        CHECK(bird.givenName == s("John"));
        CHECK(bird.organisation == s("TheOrganization"));
        CHECK(emails(bird).size() == 5);
        CHECK(bird.emails[0].address == s("doe.john@hotmail.com"));
        CHECK(bird.emails[0].preferred);
        CHECK(bird.categories == QStringList{s("category1"), s("category2"), s("category3")});
        CHECK(bird.note.contains(s("\"note\" field; even curse words.")));
        CHECK(bird.addresses.value(1).city == s("Austin"));
    }
}

TEST_CASE("vcard: CHARSET parameters are honoured for legacy code pages", "[vcard][encoding]") {
    QByteArray bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=WINDOWS-1251:";
    bytes += QStringEncoder("windows-1251").encode(QStringLiteral("Петрова;Анна"));
    bytes += "\r\nFN;CHARSET=ISO-8859-7;ENCODING=QUOTED-PRINTABLE:=C5=EB=DD=ED=E7\r\n"
             "ORG;CHARSET=windows-1250:";
    bytes += QStringEncoder("windows-1250").encode(QStringLiteral("Spółdzielnia Łąka"));
    bytes += "\r\nEND:VCARD\r\n";
    const VCard card = VCardReader::parse(bytes).value(0);
    CHECK(card.familyName == s("Петрова"));
    CHECK(card.givenName == s("Анна"));
    CHECK(card.formattedName == s("Ελένη"));
    CHECK(card.organisation == s("Spółdzielnia Łąka"));
}

TEST_CASE("vcard: malformed input is reported with line numbers", "[vcard]") {
    QList<VCardReader::Problem> problems;
    const QList<VCard> cards = VCardReader::parse("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nthis is junk\n"
                                                  "BEGIN:VCARD\nFN:Bob\nEND:VCARD\n"
                                                  "stray text\n"
                                                  "BEGIN:VCARD\nFN:Cleo\n",
                                                  &problems);
    REQUIRE(cards.size() == 3);
    CHECK(cards[0].formattedName == s("Anna"));
    CHECK(cards[1].formattedName == s("Bob"));
    CHECK(cards[2].formattedName == s("Cleo"));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].line == 4); // not a property
    CHECK(problems[1].line == 1); // Anna's card has no END
    CHECK(problems[2].line == 8); // outside a card
    CHECK(problems[3].line == 9); // Cleo's card has no END
}

TEST_CASE("vcard: folding, grouping, escapes and unknown properties", "[vcard]") {
    const QByteArray text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowal\\;ski;Jan;;;\r\nFN:Jan Kowal;ski\r\n"
                            "NOTE:line one\\nline two\\, with comma \\\\ and backslash and a long folded\r\n"
                            "  text\r\n"
                            "\tcontinued\r\n"
                            "X-CUSTOM;X-PARAM=1:ignored\r\n"
                            "item7.EMAIL;TYPE=INTERNET;TYPE=WORK:jan@example.com\r\n"
                            "ITEM7.X-ABLabel:_$!<Work>!$_\r\n"
                            "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n BBBB\r\n CCCC\r\n"
                            "TEL;TYPE=\"work,voice\":+48 12 555 01 23\r\n"
                            "END:VCARD\r\n";
    const VCard card = VCardReader::parse(text).value(0);
    CHECK(card.familyName == s("Kowal;ski"));
    CHECK(card.note == s("line one\nline two, with comma \\ and backslash and a long folded textcontinued"));
    REQUIRE(card.emails.size() == 1);
    CHECK(card.emails[0].types == QStringList{s("work")});
    CHECK(card.emails[0].label == s("Work"));
    CHECK(phones(card) == QStringList{s("+48 12 555 01 23")});
    CHECK(card.phones[0].types == QStringList{s("work"), s("voice")});
}

TEST_CASE("vcard writer: escaping, 75-octet UTF-8-safe folding, round trip in 3.0 and 4.0", "[vcard]") {
    VCard card;
    card.familyName = s("Παπαδοπούλου; Κ.");
    card.givenName = s("Ελένη");
    card.additionalNames = s("Μαρία");
    card.prefix = s("Dr.");
    card.formattedName = s("Dr. Ελένη Παπαδοπούλου");
    card.nickname = s("Λένα");
    card.organisation = s("Ελληνικά Τρόφιμα, Α.Ε.");
    card.unit = s("Πωλήσεις");
    card.title = s("Διευθύντρια");
    card.emails = {{s("elena@example.gr"), {s("work")}, true, {}},
                   {s("ελένη@παράδειγμα.ελ"), {}, false, s("Home")}};
    card.phones = {{s("+30 210 123 4567"), {s("work"), s("voice")}, false, {}},
                   {s("+30 69 1234 5678"), {s("cell")}, true, s("Mobile")}};
    card.addresses = {{{},
                       s("2ος όροφος"),
                       s("Οδός Ερμού 10"),
                       s("Αθήνα"),
                       s("Αττική"),
                       s("105 63"),
                       s("Ελλάδα"),
                       {s("work")},
                       true,
                       {}}};
    card.birthday = QDate(1984, 2, 29);
    card.note =
        s("Πρώτη γραμμή\nΔεύτερη γραμμή με \\ και ; και , και πολύ μεγάλο κείμενο που πρέπει να διπλωθεί "
          "σε πολλές γραμμές των εβδομήντα πέντε οκτάδων χωρίς να σπάσει ούτε ένας χαρακτήρας.");
    card.urls = {s("https://example.gr/a,b;c")};
    card.categories = {s("Πελάτες"), s("VIP")};
    card.uid = s("urn:uuid:1234");

    for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
        const QByteArray bytes = VCardWriter::toByteArray(card, version);
        for (const QByteArray& line : bytes.split('\n')) {
            CHECK(line.size() <= 76);                        // 75 octets plus the CR
            CHECK(QString::fromUtf8(line).toUtf8() == line); // no character was cut in half
        }
        CHECK(bytes.contains("\r\n "));
        CHECK(bytes.contains("N:Παπαδοπούλου\\; Κ.;Ελένη;Μαρία;Dr.;\r\n"));
        QList<VCardReader::Problem> problems;
        const QList<VCard> back =
            VCardReader::parse(bytes + VCardWriter::toByteArray(card, version), &problems);
        CHECK(problems.isEmpty());
        REQUIRE(back.size() == 2);
        CHECK(back[0] == card);
        CHECK(back[1] == card);
    }
    CHECK(VCardWriter::escapeText(s("a\\b,c;d\r\ne\nf")) == s("a\\\\b\\,c\\;d\\ne\\nf"));
}
