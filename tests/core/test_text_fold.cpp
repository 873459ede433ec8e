#include "storage/TextFold.h"

#include <QString>
#include <catch2/catch.hpp>
#include <random>

using namespace rapport;

namespace {
std::string viaQt(const QString& text) {
    return foldText(text).toStdString();
}
std::string fast(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return foldUtf8(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}
} // namespace

TEST_CASE("folding UTF-8 gives what folding the text gives, for every character of two bytes", "[search]") {
    for (char32_t c = 0x80; c < 0x800; ++c) {
        const QString one = QString::fromUcs4(&c, 1);
        const QString inText = QStringLiteral("Ab") + one + QStringLiteral("Z\u0301") + one + one;
        INFO(static_cast<unsigned>(c));
        REQUIRE(fast(one) == viaQt(one));
        REQUIRE(fast(inText) == viaQt(inText));
    }
}

TEST_CASE("folding UTF-8 matches folding the text on mixed scripts and broken bytes", "[search]") {
    CHECK(foldUtf8("Kraków ŁÓDŹ") == "krakow lodz");
    CHECK(foldUtf8("Ελένη ΠΑΠΑΔΟΠΟΎΛΟΥ") == "ελενη παπαδοπουλου");
    CHECK(foldUtf8("Straße") == "strasse");
    CHECK(foldUtf8("ﻙ") == viaQt(QStringLiteral("ﻙ"))); // a presentation form, three bytes: through Qt
    // Random texts from ASCII, two-byte letters and marks, and three-byte characters (ZWNJ, Hangul, CJK,
    // presentation forms) in any order.
    const char32_t pool[] = {U'a',   U'Z',   U' ',   U'-',  U'é',  U'Ł',   U'ß', U'Σ',
                             U'ς',   U'ϊ',   U'Ж',   U'ё',  U'ي',  U'ك',   U'آ', 0x0301,
                             0x0308, 0x0651, 0x200C, U'한', U'中', 0xFEFB, U'ﬁ', U'Ⅻ'};
    std::mt19937 random(7);
    for (int round = 0; round < 2000; ++round) {
        std::u32string text;
        const int length = static_cast<int>(random() % 12);
        for (int i = 0; i < length; ++i)
            text += pool[random() % std::size(pool)];
        const QString qtext = QString::fromStdU32String(text);
        INFO(qtext.toStdString());
        REQUIRE(fast(qtext) == viaQt(qtext));
    }
    // Long ASCII runs (folded eight bytes at a time), every printable character, at every offset and length.
    std::string ascii;
    for (char c = ' '; c <= '~'; ++c)
        ascii += c;
    ascii += ascii;
    for (size_t from = 0; from < 12; ++from)
        for (size_t length = 0; length + from <= ascii.size(); length += 7) {
            const std::string part = ascii.substr(from, length) + "É" + ascii.substr(0, length % 19);
            INFO(part);
            REQUIRE(foldUtf8(part) == viaQt(QString::fromStdString(part)));
        }
    // Characters that fold longer than they are ('ŉ' is "ʼn", 'և' is "եւ"), many in a row.
    for (const char32_t longer : {char32_t{0x0149}, char32_t{0x0587}}) {
        const QString many = QString::fromUcs4(&longer, 1).repeated(300) + QStringLiteral("END");
        REQUIRE(foldUtf8(many.toStdString()).size() > static_cast<size_t>(many.toUtf8().size()));
        REQUIRE(fast(many) == viaQt(many));
    }
    // Broken UTF-8 does not crash and folds as Qt reads it.
    const std::string broken = "ab\xC3";
    CHECK(foldUtf8(broken) == foldText(QString::fromUtf8(broken.data(), 3)).toStdString());
    const std::string lone = "\x80x";
    CHECK(foldUtf8(lone) == foldText(QString::fromUtf8(lone.data(), 2)).toStdString());
}
