#include "io/FieldSynonyms.h"

#include "storage/TextFold.h"

#include <QHash>

namespace rapport {

namespace {

// Synonyms are '|'-separated and compared after normalizeHeader(), so spelling variants that differ only
// in case, accents, spaces, digits or punctuation need no entry of their own.
struct Synonyms {
    const char* field;
    const char16_t* words;
};

#define ADDRESS_STREET                                                                                       \
    u"street|address|address line|address street|street "                                                    \
    u"address|ulica|adres|улица|адрес|οδός|διεύθυνση|calle|dirección|domicilio|خیابان|آدرس|نشانی"
#define ADDRESS_CITY                                                                                         \
    u"city|town|address city|miasto|miejscowość|город|населенный "                          \
    u"пункт|πόλη|ciudad|localidad|municipio|población|شهر"
#define ADDRESS_POSTCODE                                                                                     \
    u"postcode|post code|postal code|zip|zip code|address postal code|kod pocztowy|почтовый "        \
    u"индекс|индекс|ταχυδρομικός κώδικας|τκ|código postal|cp|کد پستی"
#define ADDRESS_REGION                                                                                                                      \
    u"region|state|province|county|address "                                                                                                \
    u"region|województwo|регион|область|край|περιοχή|νομός|περιφέρεια|provincia|región|comunidad " \
    u"autónoma|استان|منطقه"
#define ADDRESS_COUNTRY u"country|country region|address country|kraj|państwo|страна|χώρα|país|کشور"
#define PHONES                                                                                                                                               \
    u"phone|phones|telephone|tel|phone number|phone value|mobile|mobile phone|cell|cell phone|business "                                                     \
    u"phone|business phone 2|work phone|home phone|home phone 2|primary phone|company main phone|other "                                                     \
    u"phone|car phone|assistant's phone|telefon|telefony|numer telefonu|komórka|telefon komórkowy|telefon "                                                \
    u"stacjonarny|телефон|телефоны|мобильный|мобильный телефон|рабочий "                                      \
    u"телефон|тел|τηλέφωνο|τηλέφωνα|τηλ|κινητό|σταθερό|teléfono|teléfonos|móvil|celular|tel|تلفن|تلفن " \
    u"همراه|موبایل|شماره تلفن|شماره تماس|تلفن ثابت"
#define EMAILS                                                                                                                                   \
    u"email|emails|e-mail|email address|e-mail address|mail|email value|e-mail value|adres e-mail|adres "                                        \
    u"email|poczta|e-mail służbowy|электронная почта|эл почта|почта|емейл|имейл|ηλεκτρονικό " \
    u"ταχυδρομείο|ηλεκτρονική διεύθυνση|ταχυδρομείο|correo|correo electrónico|ایمیل|پست "     \
    u"الکترونیک|رایانامه|نشانی ایمیل"
#define NOTES                                                                                                                                                   \
    u"notes|note|comments|comment|remarks|uwagi|notatki|notatka|komentarz|komentarze|примечание|примечания|"                                \
    u"заметки|комментарий|комментарии|σημειώσεις|σχόλια|παρατηρήσεις|notas|comentarios|observaciones|" \
    u"یادداشت|یادداشت‌ها|توضیحات"
#define OWNER                                                                                                                      \
    u"owner|account owner|sales rep|salesperson|assigned "                                                                         \
    u"to|responsible|opiekun|właściciel|handlowiec|odpowiedzialny|ответственный|менеджер|владелец|" \
    u"υπεύθυνος|πωλητής|ιδιοκτήτης|responsable|propietario|vendedor|comercial|مسئول|مالک|کارشناس فروش"

constexpr Synonyms customerSynonyms[] = {
    {"name",
     u"name|company|company name|organization|organisation|organization name|customer|customer name|account|"
     u"account name|client|client name|business name|nazwa|firma|nazwa firmy|klient|название|компания|"
     u"организация|клиент|наименование|επωνυμία|εταιρεία|επωνυμία εταιρείας|πελάτης|όνομα|nombre|empresa|"
     u"razón social|cliente|nombre de la empresa|نام|شرکت|نام شرکت|مشتری|سازمان"},
    {"kind",
     u"kind|type|customer type|account type|rodzaj|typ|typ klienta|тип|вид|тип клиента|τύπος|είδος|tipo|"
     u"tipo de cliente|نوع|نوع مشتری"},
    {"tax_id",
     u"tax id|taxid|vat|vat id|vat number|vat no|tax number|tin|ein|nip|numer nip|инн|afm|αφμ|α φ μ|"
     u"αριθμός φορολογικού μητρώου|nif|cif|rfc|cuit|ruc|número de identificación fiscal|شناسه ملی|"
     u"کد اقتصادی|شماره اقتصادی"},
    {"industry",
     u"industry|sector|branża|sektor|отрасль|индустрия|сфера деятельности|κλάδος|τομέας|industria|"
     u"rubro|صنعت|حوزه فعالیت"},
    {"tags",
     u"tags|tag|labels|label|groups|group membership|tagi|etykiety|grupy|теги|метки|группы|ετικέτες|ομάδες|"
     u"etiquetas|grupos|برچسب|برچسب‌ها|گروه"},
    {"owner", OWNER},
    {"billing_street",
     ADDRESS_STREET u"|billing street|billing address|business street|adres rozliczeniowy|"
                    u"юридический адрес|διεύθυνση τιμολόγησης|dirección de facturación|آدرس صورتحساب"},
    {"billing_city", ADDRESS_CITY u"|billing city|business city"},
    {"billing_postcode",
     ADDRESS_POSTCODE u"|billing postcode|billing postal code|billing zip|business postal code"},
    {"billing_region", ADDRESS_REGION u"|billing region|billing state|billing province|business state"},
    {"billing_country", ADDRESS_COUNTRY u"|billing country|business country|business country region"},
    {"shipping_street",
     u"shipping street|shipping address|delivery street|delivery address|adres dostawy|"
     u"ulica dostawy|адрес доставки|διεύθυνση αποστολής|διεύθυνση παράδοσης|dirección de envío|"
     u"dirección de entrega|آدرس ارسال|آدرس تحویل"},
    {"shipping_city",
     u"shipping city|delivery city|miasto dostawy|город доставки|πόλη αποστολής|ciudad de envío|"
     u"شهر ارسال"},
    {"shipping_postcode",
     u"shipping postcode|shipping postal code|shipping zip|delivery postcode|"
     u"kod pocztowy dostawy|индекс доставки|τκ αποστολής|código postal de envío|کد پستی ارسال"},
    {"shipping_region",
     u"shipping region|shipping state|shipping province|delivery region|województwo dostawy|"
     u"регион доставки|περιοχή αποστολής|provincia de envío|استان ارسال"},
    {"shipping_country", u"shipping country|delivery country|kraj dostawy|страна доставки|χώρα αποστολής|"
                         u"país de envío|کشور ارسال"},
    {"phones", PHONES},
    {"emails", EMAILS},
    {"website", u"website|web site|web|url|web page|homepage|home page|www|website value|strona|strona www|"
                u"strona internetowa|сайт|веб сайт|ιστοσελίδα|ιστότοπος|sitio web|página "
                u"web|وب‌سایت|وبسایت|سایت"},
    {"status", u"status|stage|lifecycle stage|stan|etap|статус|стадия|κατάσταση|estado|etapa|وضعیت"},
    {"notes", NOTES u"|description|opis|описание|περιγραφή|descripción|شرح"},
};

constexpr Synonyms contactSynonyms[] = {
    {"first_name",
     u"first name|given name|firstname|forename|first|imię|имя|όνομα|nombre|nombre de pila|نام|نام کوچک"},
    {"last_name", u"last name|family name|surname|lastname|last|nazwisko|фамилия|επώνυμο|apellido|apellidos|"
                  u"نام خانوادگی|فامیلی"},
    {"full_name",
     u"full name|name|display name|contact|contact name|person|imię i nazwisko|osoba|фио|полное имя|"
     u"имя и фамилия|контактное лицо|ονοματεπώνυμο|πλήρες όνομα|nombre completo|nombre y apellidos|"
     u"contacto|نام کامل|نام و نام خانوادگی|مخاطب"},
    {"organisation", u"company|organization|organisation|company name|organization name|employer|account|"
                     u"firma|nazwa firmy|pracodawca|компания|организация|работодатель|εταιρεία|οργανισμός|"
                     u"empresa|organización|compañía|شرکت|سازمان|نام شرکت"},
    {"title",
     u"job title|title|position|role|organization title|job|stanowisko|funkcja|должность|θέση|τίτλος|"
     u"ιδιότητα|cargo|puesto|سمت|عنوان شغلی"},
    {"emails", EMAILS},
    {"phones", PHONES},
    {"preferred_channel",
     u"preferred channel|preferred contact method|contact method|preferowany kanał|kanał|"
     u"предпочтительный канал|способ связи|προτιμώμενο κανάλι|τρόπος επικοινωνίας|"
     u"canal preferido|método de contacto|کانال ترجیحی|روش تماس"},
    {"consent_email", u"consent email|email consent|email opt in|email optin|newsletter|marketing emails|"
                      u"zgoda email|zgoda na email|zgoda e-mail|согласие email|согласие на рассылку|"
                      u"συγκατάθεση email|consentimiento email|acepta email|رضایت ایمیل"},
    {"consent_sms", u"consent sms|sms consent|sms opt in|zgoda sms|zgoda na sms|согласие sms|συγκατάθεση sms|"
                    u"consentimiento sms|acepta sms|رضایت پیامک|رضایت sms"},
    {"consent_phone", u"consent phone|phone consent|call consent|zgoda telefon|zgoda na kontakt telefoniczny|"
                      u"согласие на звонки|согласие телефон|συγκατάθεση τηλεφώνου|consentimiento teléfono|"
                      u"acepta llamadas|رضایت تلفن|رضایت تماس"},
    {"consent_post",
     u"consent post|post consent|mail consent|direct mail consent|zgoda poczta|"
     u"zgoda na korespondencję|согласие почта|συγκατάθεση ταχυδρομείου|consentimiento correo postal|"
     u"رضایت پست"},
    {"birthday",
     u"birthday|birth date|date of birth|dob|birthdate|data urodzenia|urodziny|дата рождения|"
     u"день рождения|ημερομηνία γέννησης|γενέθλια|fecha de nacimiento|cumpleaños|تاریخ تولد|زادروز"},
    {"notes", NOTES},
    {"owner", OWNER},
    {"notes_extra",
     ADDRESS_STREET u"|" ADDRESS_CITY u"|" ADDRESS_POSTCODE u"|" ADDRESS_REGION u"|" ADDRESS_COUNTRY u"|home "
                    u"street"
                    u"|home "
                    u"city|"
                    u"home "
                    u"postal"
                    u" code|"
                    u"home "
                    u"state|"
                    u"home "
                    u"countr"
                    u"y|"
                    u"home "
                    u"countr"
                    u"y "
                    u"region"
                    u"|"
                    u"business street|business city|business postal code|business state|business country|"
                    u"business country region|address formatted|address po box|address extended address"},
};

constexpr Synonyms interactionSynonyms[] = {
    {"customer",
     u"customer|customer name|company|account|client|organization|organisation|klient|firma|клиент|"
     u"компания|πελάτης|εταιρεία|cliente|empresa|مشتری|شرکت"},
    {"contact", u"contact|contact name|contact email|person|osoba|kontakt|osoba kontaktowa|контакт|"
                u"контактное лицо|επαφή|πρόσωπο|contacto|persona|مخاطب|شخص"},
    {"user", u"user|owner|employee|agent|sales rep|salesperson|handled by|użytkownik|pracownik|handlowiec|"
             u"пользователь|сотрудник|менеджер|χρήστης|υπάλληλος|usuario|empleado|agente|کاربر|کارمند"},
    {"channel", u"channel|type|medium|activity type|kanał|typ|rodzaj|канал|тип|κανάλι|τύπος|canal|tipo|medio|"
                u"کانال|نوع"},
    {"direction", u"direction|inbound outbound|in out|kierunek|направление|κατεύθυνση|dirección|sentido|جهت"},
    {"occurred_at",
     u"date|time|datetime|date time|occurred at|occurred|timestamp|when|date and time|data|czas|"
     u"data i godzina|дата|время|дата и время|ημερομηνία|ώρα|ημερομηνία και ώρα|fecha|hora|"
     u"fecha y hora|تاریخ|زمان|تاریخ و زمان"},
    {"duration_s", u"duration|duration s|duration seconds|duration sec|length|seconds|czas trwania|długość|"
                   u"длительность|продолжительность|διάρκεια|duración|مدت|مدت زمان"},
    {"subject",
     u"subject|title|topic|summary|temat|tytuł|тема|заголовок|θέμα|τίτλος|asunto|tema|título|موضوع|عنوان"},
    {"body", u"body|description|details|content|message|notes|text|treść|opis|notatka|notatki|текст|описание|"
             u"содержание|сообщение|περιγραφή|κείμενο|σημειώσεις|μήνυμα|descripción|cuerpo|mensaje|notas|"
             u"contenido|متن|شرح|توضیحات|پیام"},
    {"outcome",
     u"outcome|result|disposition|wynik|rezultat|результат|итог|αποτέλεσμα|έκβαση|resultado|نتیجه"},
};

#undef ADDRESS_STREET
#undef ADDRESS_CITY
#undef ADDRESS_POSTCODE
#undef ADDRESS_REGION
#undef ADDRESS_COUNTRY
#undef PHONES
#undef EMAILS
#undef NOTES
#undef OWNER

struct Table {
    QStringList fields;
    QHash<QString, QString> byKey; // normalised synonym -> field (first field listing it wins)
};

template <size_t N> Table buildTable(const Synonyms (&entries)[N]) {
    Table table;
    for (const Synonyms& entry : entries) {
        const QString field = QString::fromLatin1(entry.field);
        table.fields.append(field);
        for (const QString& word : QString::fromUtf16(entry.words).split(QLatin1Char('|'))) {
            const QString key = FieldSynonyms::normalizeHeader(word);
            if (!key.isEmpty() && !table.byKey.contains(key))
                table.byKey.insert(key, field);
        }
    }
    return table;
}

const Table& table(FieldSynonyms::Entity entity) {
    static const Table customer = buildTable(customerSynonyms);
    static const Table contact = buildTable(contactSynonyms);
    static const Table interaction = buildTable(interactionSynonyms);
    switch (entity) {
    case FieldSynonyms::Entity::Customer:
        return customer;
    case FieldSynonyms::Entity::Contact:
        return contact;
    default:
        return interaction;
    }
}

bool containsAny(const QString& key, std::initializer_list<const char16_t*> words) {
    for (const char16_t* word : words)
        if (key.contains(QString::fromUtf16(word)))
            return true;
    return false;
}

} // namespace

QString FieldSynonyms::normalizeHeader(const QString& header) {
    const QString folded = foldText(header);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded)
        if (c.isLetter())
            key += c;
    return key;
}

QStringList FieldSynonyms::fields(Entity entity) {
    return table(entity).fields;
}

QString FieldSynonyms::match(Entity entity, const QString& header) {
    const QString key = normalizeHeader(header);
    if (key.isEmpty())
        return {};
    const Table& t = table(entity);
    if (const auto it = t.byKey.constFind(key); it != t.byKey.cend())
        return it.value();
    if (entity == Entity::Interaction)
        return {};
    // Exporters invent many "<kind> Phone" and "E-mail <n> <something>" columns; the type and display-name
    // columns beside them are not numbers or addresses.
    if (containsAny(key,
                    {u"type", u"typ", u"тип", u"τυπο", u"tipo", u"نوع", u"label", u"display", u"etykiet"}))
        return {};
    if (containsAny(
            key, {u"phone", u"telefon", u"телефон", u"τηλεφων", u"telefono", u"تلفن", u"mobile", u"موبایل"}))
        return QStringLiteral("phones");
    if (containsAny(key, {u"email", u"mail", u"почт", u"correo", u"ایمیل"}))
        return QStringLiteral("emails");
    return {};
}

bool FieldSynonyms::isListField(const QString& field) {
    return field == QLatin1String("emails") || field == QLatin1String("phones") ||
           field == QLatin1String("tags") || field == QLatin1String("notes_extra");
}

QStringList FieldSynonyms::mapHeaders(Entity entity, const QStringList& headers) {
    QStringList mapped;
    QStringList taken;
    for (const QString& header : headers) {
        QString field = match(entity, header);
        if (!field.isEmpty() && !isListField(field)) {
            if (taken.contains(field))
                field.clear();
            else
                taken.append(field);
        }
        mapped.append(field);
    }
    return mapped;
}

QString FieldSynonyms::label(const QString& field) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("tax_id"), QT_TR_NOOP("Tax ID")},
        {QStringLiteral("industry"), QT_TR_NOOP("Industry")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("billing_street"), QT_TR_NOOP("Billing street")},
        {QStringLiteral("billing_city"), QT_TR_NOOP("Billing city")},
        {QStringLiteral("billing_postcode"), QT_TR_NOOP("Billing postcode")},
        {QStringLiteral("billing_region"), QT_TR_NOOP("Billing region")},
        {QStringLiteral("billing_country"), QT_TR_NOOP("Billing country")},
        {QStringLiteral("shipping_street"), QT_TR_NOOP("Shipping street")},
        {QStringLiteral("shipping_city"), QT_TR_NOOP("Shipping city")},
        {QStringLiteral("shipping_postcode"), QT_TR_NOOP("Shipping postcode")},
        {QStringLiteral("shipping_region"), QT_TR_NOOP("Shipping region")},
        {QStringLiteral("shipping_country"), QT_TR_NOOP("Shipping country")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phone numbers")},
        {QStringLiteral("emails"), QT_TR_NOOP("E-mail addresses")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name (split into first and last)")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("preferred_channel"), QT_TR_NOOP("Preferred channel")},
        {QStringLiteral("consent_email"), QT_TR_NOOP("Consent: e-mail")},
        {QStringLiteral("consent_sms"), QT_TR_NOOP("Consent: SMS")},
        {QStringLiteral("consent_phone"), QT_TR_NOOP("Consent: phone")},
        {QStringLiteral("consent_post"), QT_TR_NOOP("Consent: post")},
        {QStringLiteral("birthday"), QT_TR_NOOP("Birthday")},
        {QStringLiteral("notes_extra"), QT_TR_NOOP("Added to notes")},
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("Date and time")},
        {QStringLiteral("duration_s"), QT_TR_NOOP("Duration (seconds)")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("body"), QT_TR_NOOP("Description")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
    };
    const char* text = labels.value(field);
    return text ? tr(text) : field;
}

} // namespace rapport
