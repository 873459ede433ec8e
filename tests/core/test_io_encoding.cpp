#include "io/TextDecoder.h"
#include "io/TextEncoding.h"

#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QByteArray encode(const char* encoding, const char* utf8) {
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(QString::fromUtf8(utf8));
    REQUIRE(!encoder.hasError());
    return bytes;
}

} // namespace

TEST_CASE("encoding: each legacy code page is recognised from a realistic line of its language",
          "[encoding]") {
    struct Sample {
        const char* encoding;
        const char* text;
    };
    const Sample samples[] = {
        {"windows-1250", "Nazwisko;Imię;Firma;Miasto\nŚliwińska;Żaneta;Przedsiębiorstwo Źródło;Łódź\n"
                         "Wąsowski;Zdzisław;Hurtownia „Gęś”;Kraków\n"},
        {"ISO-8859-2", "Nazwisko;Imię;Firma;Miasto\nŚliwińska;Żaneta;Przedsiębiorstwo Źródło;Łódź\n"
                       "Wąsowski;Zdzisław;Hurtownia Gęś;Kraków\n"},
        {"windows-1251", "Фамилия;Имя;Компания;Город\nПетрова;Анна;ООО «Ромашка»;Москва\n"
                         "Иванов;Сергей;Торговый дом №1;Санкт-Петербург\n"},
        {"ISO-8859-5", "Фамилия;Имя;Компания;Город\nПетрова;Анна;ООО Ромашка;Москва\n"
                       "Иванов;Сергей;Торговый дом;Санкт-Петербург\n"},
        {"windows-1252",
         "Apellido;Nombre;Empresa;Ciudad\nMuñoz;José;Compañía Española de Café – “Niño”;Córdoba\n"
         "Pérez;María;Señor Ibáñez y Asociados;Málaga\n"},
        {"ISO-8859-15", "Apellido;Nombre;Empresa;Precio\nMuñoz;José;Compañía Española;15 €\n"
                        "Pérez;María;Señor Ibáñez;20 €\n"},
        {"windows-1253", "Επώνυμο;Όνομα;Εταιρεία;Πόλη\nΠαπαδοπούλου;Άννα;Ελληνικά Τρόφιμα Α.Ε.;Αθήνα\n"
                         "Γεωργίου;Νίκος;Ναυτιλιακή Εταιρεία “Ωκεανός”;Πειραιάς\n"},
        {"ISO-8859-7", "Επώνυμο;Όνομα;Εταιρεία;Πόλη\nΠαπαδοπούλου;Άννα;Ελληνικά Τρόφιμα Α.Ε.;Αθήνα\n"
                       "Γεωργίου;Νίκος;Ναυτιλιακή Εταιρεία;Πειραιάς\n"},
        // Windows-1256 has the Arabic yeh (ي), which Persian files in it use for ی.
        {"windows-1256", "نام خانوادگي;نام;شرکت;شهر\nکريمي;مريم;شرکت پارس گستر;تهران\nاحمدي;علي;بازرگاني "
                         "ژاله;اصفهان\n"},
        {"ISO-8859-6",
         "الاسم;العائلة;الشركة;المدينة\nمحمد;العلي;شركة النور للتجارة;القاهرة\nأحمد;السيد;مؤسسة "
         "الأمل;الرياض\n"},
    };
    for (const Sample& sample : samples) {
        INFO(sample.encoding);
        const QByteArray bytes = encode(sample.encoding, sample.text);
        const TextEncoding::Detection detection = TextEncoding::detect(bytes);
        CHECK(detection.name == QByteArray(sample.encoding));
        CHECK(!detection.binary);
        CHECK(detection.confidence > 0.5);
        REQUIRE(!detection.alternatives.isEmpty());
        CHECK(detection.alternatives.front().name == detection.name);
        CHECK(TextDecoder::decodeAll(detection.name, bytes) == QString::fromUtf8(sample.text));
    }
}

TEST_CASE("encoding: ISO-8859-1 text reads identically as Windows-1252, which is offered", "[encoding]") {
    const QByteArray bytes =
        encode("ISO-8859-1", "Nombre;Ciudad\nJosé Muñoz;Córdoba\nFrançois Dupré;Genève\n");
    const TextEncoding::Detection detection = TextEncoding::detect(bytes);
    CHECK(detection.name == "windows-1252");
    CHECK(TextDecoder::decodeAll(detection.name, bytes) ==
          QStringLiteral("Nombre;Ciudad\nJosé Muñoz;Córdoba\nFrançois Dupré;Genève\n"));
}

TEST_CASE("encoding: Unicode is recognised by BOM, by validity, and pure ASCII is UTF-8", "[encoding]") {
    CHECK(TextEncoding::detect("plain ascii, nothing else\n").name == "UTF-8");
    CHECK(TextEncoding::detect("plain ascii, nothing else\n").confidence == 1.0);
    const TextEncoding::Detection utf8 = TextEncoding::detect("Zażółć gęślą jaźń");
    CHECK(utf8.name == "UTF-8");
    CHECK(utf8.bomLength == 0);
    const TextEncoding::Detection bom = TextEncoding::detect("\xEF\xBB\xBFname");
    CHECK(bom.name == "UTF-8");
    CHECK(bom.bomLength == 3);

    QByteArray le("\xFF\xFE");
    le += encode("UTF-16LE", "Όνομα,Имя");
    QByteArray be("\xFE\xFF");
    be += encode("UTF-16BE", "Όνομα,Имя");
    CHECK(TextEncoding::detect(le).name == "UTF-16LE");
    CHECK(TextEncoding::detect(le).bomLength == 2);
    CHECK(TextEncoding::detect(be).name == "UTF-16BE");
    CHECK(TextDecoder::decodeAll("UTF-16LE", le) == QStringLiteral("Όνομα,Имя"));
    CHECK(TextDecoder::decodeAll("UTF-16BE", be) == QStringLiteral("Όνομα,Имя"));
    CHECK(TextEncoding::detect(encode("UTF-16LE", "name,email\nAnna,anna@example.com\n")).name == "UTF-16LE");

    // A sample cut in the middle of a character is still UTF-8.
    QByteArray cut = QByteArray("Łódź");
    cut.chop(1);
    CHECK(TextEncoding::detect(cut).name == "UTF-8");
    CHECK(TextEncoding::isValidUtf8(cut, true));
    CHECK(!TextEncoding::isValidUtf8(cut, false));
    CHECK(!TextEncoding::isValidUtf8("\xC0\xAF"));     // overlong
    CHECK(!TextEncoding::isValidUtf8("\xED\xA0\x80")); // surrogate
}

TEST_CASE("encoding: binary data is flagged", "[encoding]") {
    CHECK(TextEncoding::detect(QByteArray("abc\0def", 7)).binary);
    CHECK(TextEncoding::detect(QByteArray(100, '\x02')).binary);
    CHECK(!TextEncoding::detect("a\tb\r\nc\td\r\n").binary);
}

TEST_CASE("encoding: the streaming decoder keeps characters split across chunks", "[encoding]") {
    const QByteArray utf8 = QByteArray("\xEF\xBB\xBF") + QByteArray("Ελένη Łódź Фёдор");
    TextDecoder decoder("UTF-8");
    QString out;
    for (const char byte : utf8)
        out += decoder.decode(QByteArrayView(&byte, 1));
    out += decoder.finish();
    CHECK(out == QStringLiteral("Ελένη Łódź Фёдор"));
    CHECK(decoder.replacementCount() == 0);

    const QByteArray utf16 = encode("UTF-16BE", "Ελένη");
    TextDecoder be("UTF-16BE");
    QString beOut;
    for (qsizetype i = 0; i < utf16.size(); i += 3)
        beOut += be.decode(QByteArrayView(utf16).sliced(i, std::min<qsizetype>(3, utf16.size() - i)));
    CHECK(beOut + be.finish() == QStringLiteral("Ελένη"));

    TextDecoder truncated("UTF-8");
    QString text = truncated.decode("ab\xC5");
    text += truncated.finish();
    CHECK(text == QStringLiteral("ab\uFFFD"));
    CHECK(truncated.replacementCount() == 1);
}

TEST_CASE("encoding: supported names, aliases and labels", "[encoding]") {
    const QList<QByteArray> names = TextEncoding::supportedEncodings();
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250", "windows-1251", "windows-1252",
                             "windows-1253", "windows-1256", "ISO-8859-1", "ISO-8859-2", "ISO-8859-5",
                             "ISO-8859-6", "ISO-8859-7", "ISO-8859-15"}) {
        INFO(name);
        CHECK(names.contains(QByteArray(name)));
        CHECK(TextDecoder(name).isValid());
        CHECK(!TextEncoding::displayName(name).isEmpty());
    }
    CHECK(TextEncoding::canonicalName("CP1251") == "windows-1251");
    CHECK(TextEncoding::canonicalName("latin2") == "ISO-8859-2");
    CHECK(TextEncoding::canonicalName("utf8") == "UTF-8");
    CHECK(TextEncoding::canonicalName("klingon").isEmpty());
    CHECK(TextEncoding::displayName("windows-1250").contains(QStringLiteral("1250")));
}
