#include "demo/DemoNames.h"

#include <array>

// clang-format off
namespace rapport::demo {
namespace {

using SV = std::string_view;

// ---- United Kingdom -------------------------------------------------------------------------------------------
constexpr std::array<SV, 2> enMobiles{"+44 7### ######", "+44 7### ### ###"};
constexpr std::array<Term, 16> enMale{{{"James"}, {"Oliver"}, {"William"}, {"Harry"}, {"George"}, {"Thomas"}, {"Jack"},
    {"Daniel"}, {"Samuel"}, {"Edward"}, {"Henry"}, {"Charles"}, {"Matthew"}, {"Benjamin"}, {"Joseph"}, {"David"}}};
constexpr std::array<Term, 16> enFemale{{{"Olivia"}, {"Emily"}, {"Charlotte"}, {"Sophie"}, {"Amelia"}, {"Jessica"},
    {"Hannah"}, {"Grace"}, {"Lucy"}, {"Emma"}, {"Chloe"}, {"Isabella"}, {"Alice"}, {"Eleanor"}, {"Ruby"}, {"Megan"}}};
constexpr std::array<Surname, 22> enSurnames{{{{"Smith"}, {"Smith"}}, {{"Jones"}, {"Jones"}}, {{"Taylor"}, {"Taylor"}},
    {{"Brown"}, {"Brown"}}, {{"Williams"}, {"Williams"}}, {{"Wilson"}, {"Wilson"}}, {{"Johnson"}, {"Johnson"}},
    {{"Davies"}, {"Davies"}}, {{"Robinson"}, {"Robinson"}}, {{"Wright"}, {"Wright"}}, {{"Thompson"}, {"Thompson"}},
    {{"Evans"}, {"Evans"}}, {{"Walker"}, {"Walker"}}, {{"White"}, {"White"}}, {{"Roberts"}, {"Roberts"}},
    {{"Green"}, {"Green"}}, {{"Hall"}, {"Hall"}}, {{"Wood"}, {"Wood"}}, {{"Jackson"}, {"Jackson"}},
    {{"Clarke"}, {"Clarke"}}, {{"Hughes"}, {"Hughes"}}, {{"O'Brien"}, {"O'Brien"}}}};
constexpr std::array<City, 11> enCities{{{"London", "Greater London", "SW1", "20"},
    {"Manchester", "Greater Manchester", "M1", "161"}, {"Birmingham", "West Midlands", "B1", "121"},
    {"Leeds", "West Yorkshire", "LS1", "113"}, {"Bristol", "Bristol", "BS1", "117"},
    {"Liverpool", "Merseyside", "L1", "151"}, {"Edinburgh", "Scotland", "EH1", "131"},
    {"Glasgow", "Scotland", "G1", "141"}, {"Cardiff", "Wales", "CF10", "29"},
    {"Sheffield", "South Yorkshire", "S1", "114"}, {"Nottingham", "Nottinghamshire", "NG1", "115"}}};
constexpr std::array<SV, 12> enStreets{"High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue",
    "Mill Lane", "King Street", "Queen's Road", "Manor Road", "The Green", "London Road", "Market Place"};
constexpr std::array<Term, 14> enStems{{{"Northgate"}, {"Redbrook"}, {"Ashford"}, {"Silverline"}, {"Bluewater"},
    {"Kingsbridge"}, {"Oakfield"}, {"Highmoor"}, {"Westbury"}, {"Greenway"}, {"Stonebridge"}, {"Brightwell"},
    {"Harbourside"}, {"Thistle"}}};
constexpr std::array<Term, industryCount> enIndustry{{{"Construction"}, {"Logistics"}, {"Software"}, {"Trading"},
    {"Manufacturing"}, {"Foods"}, {"Medical"}, {"Hotels"}, {"Farms"}, {"Consulting"}, {"Energy"}, {"Motors"}}};
constexpr std::array<LegalForm, 6> enLegal{{{"", " Ltd"}, {"", " Ltd"}, {"", " Ltd"}, {"", " Limited"}, {"", " PLC"},
    {"", " LLP"}}};
constexpr std::array<SV, 6> enTitles{"Managing Director", "Sales Director", "Procurement Manager", "Finance Manager",
    "Office Manager", "Operations Director"};
constexpr std::array<SV, 4> enNotes{"Prefers e-mail over phone calls.", "Payment terms: 30 days net.",
    "Interested in wholesale pricing.", "Met at the trade fair in Birmingham."};
constexpr std::array<SV, 4> enFreemail{"gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"};
constexpr std::array<SV, 4> enMailboxes{"info", "sales", "accounts", "hello"};

// ---- Poland ---------------------------------------------------------------------------------------------------
constexpr std::array<SV, 3> plMobiles{"+48 5## ### ###", "+48 6## ### ###", "+48 7## ### ###"};
constexpr std::array<Term, 16> plMale{{{"Piotr"}, {"Krzysztof"}, {"Andrzej"}, {"Tomasz"}, {"Paweł"}, {"Michał"},
    {"Marcin"}, {"Łukasz"}, {"Jakub"}, {"Grzegorz"}, {"Mateusz"}, {"Wojciech"}, {"Marek"}, {"Kamil"}, {"Rafał"},
    {"Zbigniew"}}};
constexpr std::array<Term, 16> plFemale{{{"Anna"}, {"Katarzyna"}, {"Małgorzata"}, {"Agnieszka"}, {"Barbara"}, {"Ewa"},
    {"Magdalena"}, {"Joanna"}, {"Aleksandra"}, {"Monika"}, {"Zofia"}, {"Dorota"}, {"Justyna"}, {"Beata"}, {"Agata"},
    {"Żaneta"}}};
constexpr std::array<Surname, 24> plSurnames{{{{"Nowak"}, {"Nowak"}}, {{"Kowalski"}, {"Kowalska"}},
    {{"Wiśniewski"}, {"Wiśniewska"}}, {{"Wójcik"}, {"Wójcik"}}, {{"Kowalczyk"}, {"Kowalczyk"}},
    {{"Kamiński"}, {"Kamińska"}}, {{"Lewandowski"}, {"Lewandowska"}}, {{"Zieliński"}, {"Zielińska"}},
    {{"Szymański"}, {"Szymańska"}}, {{"Woźniak"}, {"Woźniak"}}, {{"Dąbrowski"}, {"Dąbrowska"}},
    {{"Kozłowski"}, {"Kozłowska"}}, {{"Jankowski"}, {"Jankowska"}}, {{"Mazur"}, {"Mazur"}},
    {{"Kwiatkowski"}, {"Kwiatkowska"}}, {{"Krawczyk"}, {"Krawczyk"}}, {{"Piotrowski"}, {"Piotrowska"}},
    {{"Grabowski"}, {"Grabowska"}}, {{"Nowakowski"}, {"Nowakowska"}}, {{"Pawłowski"}, {"Pawłowska"}},
    {{"Michalski"}, {"Michalska"}}, {{"Król"}, {"Król"}}, {{"Wieczorek"}, {"Wieczorek"}},
    {{"Jabłoński"}, {"Jabłońska"}}}};
constexpr std::array<City, 11> plCities{{{"Warszawa", "mazowieckie", "00-", "22"}, {"Kraków", "małopolskie", "30-", "12"},
    {"Łódź", "łódzkie", "90-", "42"}, {"Wrocław", "dolnośląskie", "50-", "71"}, {"Poznań", "wielkopolskie", "60-", "61"},
    {"Gdańsk", "pomorskie", "80-", "58"}, {"Szczecin", "zachodniopomorskie", "70-", "91"},
    {"Lublin", "lubelskie", "20-", "81"}, {"Katowice", "śląskie", "40-", "32"}, {"Białystok", "podlaskie", "15-", "85"},
    {"Rzeszów", "podkarpackie", "35-", "17"}}};
constexpr std::array<SV, 14> plStreets{"Długa", "Marszałkowska", "Piłsudskiego", "Mickiewicza", "Słowackiego",
    "Kościuszki", "Sienkiewicza", "Polna", "Lipowa", "Kwiatowa", "Ogrodowa", "Grunwaldzka", "Floriańska", "Żeromskiego"};
constexpr std::array<Term, 15> plStems{{{"Polbex"}, {"Budrex"}, {"Transpol"}, {"Elmech"}, {"Drewmax"}, {"Agrotex"},
    {"Stalmet"}, {"Inwestor"}, {"Medicor"}, {"Netpol"}, {"Sanbud"}, {"Ekoplast"}, {"Viatrans"}, {"Kromet"},
    {"Wisłomet"}}};
constexpr std::array<Term, industryCount> plIndustry{{{"Budownictwo"}, {"Transport"}, {"Systemy IT"}, {"Handel"},
    {"Produkcja"}, {"Żywność"}, {"Medyka"}, {"Hotele"}, {"Rolnictwo"}, {"Doradztwo"}, {"Energia"}, {"Motoryzacja"}}};
constexpr std::array<LegalForm, 6> plLegal{{{"", " Sp. z o.o."}, {"", " Sp. z o.o."}, {"", " Sp. z o.o."},
    {"", " S.A."}, {"", " sp.j."}, {"", " sp.k."}}};
constexpr std::array<SV, 6> plTitles{"Prezes Zarządu", "Dyrektor Handlowy", "Kierownik Zakupów",
    "Specjalista ds. Sprzedaży", "Główna Księgowa", "Kierownik Projektu"};
constexpr std::array<SV, 4> plNotes{"Preferuje kontakt mailowy.", "Płatność przelewem 14 dni.",
    "Zainteresowani ofertą hurtową.", "Klient z targów w Poznaniu."};
constexpr std::array<SV, 5> plFreemail{"wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"};
constexpr std::array<SV, 4> plMailboxes{"biuro", "kontakt", "info", "sprzedaz"};

// ---- Greece ---------------------------------------------------------------------------------------------------
constexpr std::array<SV, 3> elMobiles{"+30 694 ### ####", "+30 697 ### ####", "+30 698 ### ####"};
constexpr std::array<Term, 14> elMale{{{"Γιώργος"}, {"Νίκος"}, {"Κώστας"}, {"Δημήτρης"}, {"Γιάννης"}, {"Παναγιώτης"},
    {"Βασίλης"}, {"Χρήστος"}, {"Αθανάσιος"}, {"Μιχάλης"}, {"Σπύρος"}, {"Ευάγγελος"}, {"Αντώνης"}, {"Στέλιος"}}};
constexpr std::array<Term, 14> elFemale{{{"Ελένη"}, {"Μαρία"}, {"Αικατερίνη"}, {"Βασιλική"}, {"Σοφία"}, {"Αγγελική"},
    {"Γεωργία"}, {"Δήμητρα"}, {"Ειρήνη"}, {"Κωνσταντίνα"}, {"Χριστίνα"}, {"Παναγιώτα"}, {"Αναστασία"}, {"Δέσποινα"}}};
constexpr std::array<Surname, 20> elSurnames{{{{"Παπαδόπουλος"}, {"Παπαδοπούλου"}}, {{"Παπαδάκης"}, {"Παπαδάκη"}},
    {{"Γεωργίου"}, {"Γεωργίου"}}, {{"Οικονόμου"}, {"Οικονόμου"}}, {{"Νικολάου"}, {"Νικολάου"}},
    {{"Βασιλείου"}, {"Βασιλείου"}}, {{"Παπανικολάου"}, {"Παπανικολάου"}}, {{"Ιωάννου"}, {"Ιωάννου"}},
    {{"Αλεξίου"}, {"Αλεξίου"}}, {{"Μακρής"}, {"Μακρή"}}, {{"Κωνσταντινίδης"}, {"Κωνσταντινίδου"}},
    {{"Δημητρίου"}, {"Δημητρίου"}}, {{"Αντωνίου"}, {"Αντωνίου"}}, {{"Παππάς"}, {"Παππά"}},
    {{"Καραγιάννης"}, {"Καραγιάννη"}}, {{"Σταματόπουλος"}, {"Σταματοπούλου"}}, {{"Μαυρίδης"}, {"Μαυρίδου"}},
    {{"Χατζηδάκης"}, {"Χατζηδάκη"}}, {{"Λαμπράκης"}, {"Λαμπράκη"}}, {{"Πετρόπουλος"}, {"Πετροπούλου"}}}};
constexpr std::array<City, 10> elCities{{{"Αθήνα", "Αττική", "10", "210"},
    {"Θεσσαλονίκη", "Κεντρική Μακεδονία", "54", "2310"}, {"Πάτρα", "Δυτική Ελλάδα", "26", "2610"},
    {"Ηράκλειο", "Κρήτη", "71", "2810"}, {"Λάρισα", "Θεσσαλία", "41", "2410"}, {"Βόλος", "Θεσσαλία", "38", "24210"},
    {"Ιωάννινα", "Ήπειρος", "45", "26510"}, {"Χανιά", "Κρήτη", "73", "28210"}, {"Πειραιάς", "Αττική", "18", "210"},
    {"Καλαμάτα", "Πελοπόννησος", "24", "27210"}}};
constexpr std::array<SV, 12> elStreets{"Ερμού", "Σταδίου", "Πανεπιστημίου", "Αθηνάς", "Τσιμισκή", "Εγνατίας",
    "Αγίου Δημητρίου", "Κηφισίας", "Βασιλίσσης Σοφίας", "Μητροπόλεως", "Αριστοτέλους", "25ης Μαρτίου"};
constexpr std::array<Term, 12> elStems{{{"Αιγαίο"}, {"Όλυμπος"}, {"Αθηνά"}, {"Ποσειδών"}, {"Ερμής"}, {"Ίκαρος"},
    {"Ήλιος"}, {"Αστήρ"}, {"Δέλτα"}, {"Πήγασος"}, {"Κυκλάδες"}, {"Ωκεανός"}}};
constexpr std::array<Term, industryCount> elIndustry{{{"Κατασκευές"}, {"Μεταφορές"}, {"Πληροφορική"}, {"Εμπορική"},
    {"Βιομηχανία"}, {"Τρόφιμα"}, {"Ιατρικά"}, {"Ξενοδοχεία"}, {"Αγροτικά"}, {"Σύμβουλοι"}, {"Ενέργεια"},
    {"Αυτοκίνητα"}}};
constexpr std::array<LegalForm, 5> elLegal{{{"", " Α.Ε."}, {"", " Α.Ε."}, {"", " Ε.Π.Ε."}, {"", " Ι.Κ.Ε."},
    {"", " Ο.Ε."}}};
constexpr std::array<SV, 6> elTitles{"Γενικός Διευθυντής", "Διευθυντής Πωλήσεων", "Υπεύθυνος Αγορών", "Λογίστρια",
    "Μηχανικός Έργου", "Γραμματέας Διοίκησης"};
constexpr std::array<SV, 4> elNotes{"Προτιμά επικοινωνία με email.", "Πληρωμή σε 30 ημέρες.",
    "Ενδιαφέρεται για τιμές χονδρικής.", "Γνωριστήκαμε στην έκθεση Θεσσαλονίκης."};
constexpr std::array<SV, 4> elFreemail{"gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"};
constexpr std::array<SV, 3> elMailboxes{"info", "sales", "grammateia"};

// ---- Russia ---------------------------------------------------------------------------------------------------
constexpr std::array<SV, 3> ruMobiles{"+7 9## ###-##-##", "+7 91# ###-##-##", "+7 98# ###-##-##"};
constexpr std::array<Term, 14> ruMale{{{"Александр"}, {"Сергей"}, {"Дмитрий"}, {"Андрей"}, {"Алексей"}, {"Максим"},
    {"Евгений"}, {"Иван"}, {"Михаил"}, {"Николай"}, {"Владимир"}, {"Павел"}, {"Артём"}, {"Олег"}}};
constexpr std::array<Term, 14> ruFemale{{{"Анна"}, {"Елена"}, {"Ольга"}, {"Наталья"}, {"Татьяна"}, {"Ирина"},
    {"Мария"}, {"Екатерина"}, {"Светлана"}, {"Юлия"}, {"Анастасия"}, {"Марина"}, {"Дарья"}, {"Ксения"}}};
constexpr std::array<Surname, 22> ruSurnames{{{{"Иванов"}, {"Иванова"}}, {{"Смирнов"}, {"Смирнова"}},
    {{"Кузнецов"}, {"Кузнецова"}}, {{"Попов"}, {"Попова"}}, {{"Васильев"}, {"Васильева"}}, {{"Петров"}, {"Петрова"}},
    {{"Соколов"}, {"Соколова"}}, {{"Михайлов"}, {"Михайлова"}}, {{"Новиков"}, {"Новикова"}},
    {{"Фёдоров"}, {"Фёдорова"}}, {{"Морозов"}, {"Морозова"}}, {{"Волков"}, {"Волкова"}},
    {{"Алексеев"}, {"Алексеева"}}, {{"Лебедев"}, {"Лебедева"}}, {{"Семёнов"}, {"Семёнова"}},
    {{"Егоров"}, {"Егорова"}}, {{"Павлов"}, {"Павлова"}}, {{"Козлов"}, {"Козлова"}}, {{"Степанов"}, {"Степанова"}},
    {{"Никитин"}, {"Никитина"}}, {{"Орлов"}, {"Орлова"}}, {{"Белов"}, {"Белова"}}}};
constexpr std::array<City, 10> ruCities{{{"Москва", "Москва", "12", "495"}, {"Санкт-Петербург", "Санкт-Петербург", "19", "812"},
    {"Новосибирск", "Новосибирская область", "63", "383"}, {"Екатеринбург", "Свердловская область", "62", "343"},
    {"Казань", "Республика Татарстан", "42", "843"}, {"Нижний Новгород", "Нижегородская область", "60", "831"},
    {"Самара", "Самарская область", "44", "846"}, {"Ростов-на-Дону", "Ростовская область", "34", "863"},
    {"Краснодар", "Краснодарский край", "35", "861"}, {"Воронеж", "Воронежская область", "39", "473"}}};
constexpr std::array<SV, 12> ruStreets{"Ленина", "Гагарина", "Пушкина", "Советская", "Мира", "Лесная", "Садовая",
    "Тверская", "Профсоюзная", "Московская", "Новая", "Школьная"};
constexpr std::array<Term, 14> ruStems{{{"Стройтех"}, {"Промсервис"}, {"Техноком"}, {"Альфа"}, {"Вектор"}, {"Гранит"},
    {"Меридиан"}, {"Сибирь"}, {"Волга"}, {"Импульс"}, {"Прогресс"}, {"Спектр"}, {"Эталон"}, {"Регион"}}};
constexpr std::array<Term, industryCount> ruIndustry{{{"Строй"}, {"Логистик"}, {"Софт"}, {"Трейд"}, {"Пром"},
    {"Продукт"}, {"Мед"}, {"Отель"}, {"Агро"}, {"Консалт"}, {"Энерго"}, {"Авто"}}};
constexpr std::array<LegalForm, 5> ruLegal{{{"ООО «", "»"}, {"ООО «", "»"}, {"ООО «", "»"}, {"АО «", "»"},
    {"ПАО «", "»"}}};
constexpr std::array<SV, 6> ruTitles{"Генеральный директор", "Коммерческий директор", "Менеджер по закупкам",
    "Главный бухгалтер", "Руководитель отдела продаж", "Инженер"};
constexpr std::array<SV, 4> ruNotes{"Предпочитает связь по e-mail.", "Оплата по счёту в течение 10 дней.",
    "Интересуется оптовыми поставками.", "Познакомились на выставке в Москве."};
constexpr std::array<SV, 4> ruFreemail{"yandex.ru", "mail.ru", "gmail.com", "rambler.ru"};
constexpr std::array<SV, 3> ruMailboxes{"info", "sales", "office"};

// ---- Spain ----------------------------------------------------------------------------------------------------
constexpr std::array<SV, 2> esMobiles{"+34 6## ### ###", "+34 7## ### ###"};
constexpr std::array<Term, 16> esMale{{{"Antonio"}, {"José"}, {"Manuel"}, {"Francisco"}, {"David"}, {"Juan"},
    {"Javier"}, {"Daniel"}, {"Carlos"}, {"Jesús"}, {"Alejandro"}, {"Miguel"}, {"Rafael"}, {"Pablo"}, {"Sergio"},
    {"Álvaro"}}};
constexpr std::array<Term, 16> esFemale{{{"María"}, {"Carmen"}, {"Ana"}, {"Laura"}, {"Isabel"}, {"Lucía"},
    {"Cristina"}, {"Marta"}, {"Elena"}, {"Paula"}, {"Sara"}, {"Raquel"}, {"Pilar"}, {"Nuria"}, {"Beatriz"}, {"Inés"}}};
constexpr std::array<Surname, 24> esSurnames{{{{"García"}, {"García"}}, {{"Rodríguez"}, {"Rodríguez"}},
    {{"González"}, {"González"}}, {{"Fernández"}, {"Fernández"}}, {{"López"}, {"López"}}, {{"Martínez"}, {"Martínez"}},
    {{"Sánchez"}, {"Sánchez"}}, {{"Pérez"}, {"Pérez"}}, {{"Gómez"}, {"Gómez"}}, {{"Martín"}, {"Martín"}},
    {{"Jiménez"}, {"Jiménez"}}, {{"Ruiz"}, {"Ruiz"}}, {{"Hernández"}, {"Hernández"}}, {{"Díaz"}, {"Díaz"}},
    {{"Moreno"}, {"Moreno"}}, {{"Muñoz"}, {"Muñoz"}}, {{"Álvarez"}, {"Álvarez"}}, {{"Romero"}, {"Romero"}},
    {{"Navarro"}, {"Navarro"}}, {{"Torres"}, {"Torres"}}, {{"Domínguez"}, {"Domínguez"}}, {{"Vázquez"}, {"Vázquez"}},
    {{"Ramos"}, {"Ramos"}}, {{"Gil"}, {"Gil"}}}};
constexpr std::array<City, 10> esCities{{{"Madrid", "Comunidad de Madrid", "280", "91"}, {"Barcelona", "Cataluña", "080", "93"},
    {"Valencia", "Comunidad Valenciana", "460", "96"}, {"Sevilla", "Andalucía", "410", "95"},
    {"Zaragoza", "Aragón", "500", "976"}, {"Málaga", "Andalucía", "290", "952"}, {"Bilbao", "País Vasco", "480", "94"},
    {"Murcia", "Región de Murcia", "300", "968"}, {"Palma", "Islas Baleares", "070", "971"},
    {"Valladolid", "Castilla y León", "470", "983"}}};
constexpr std::array<SV, 12> esStreets{"Calle Mayor", "Gran Vía", "Calle de Alcalá", "Avenida de la Constitución",
    "Calle Serrano", "Paseo de Gracia", "Calle Real", "Avenida de América", "Calle Colón", "Plaza de España",
    "Calle San Vicente", "Rambla de Catalunya"};
constexpr std::array<Term, 14> esStems{{{"Hispatec"}, {"Levante"}, {"Iberlux"}, {"Mediterránea"}, {"Castellana"},
    {"Solmar"}, {"Aragonesa"}, {"Atlántica"}, {"Cantábrica"}, {"Norteña"}, {"Sureste"}, {"del Tajo"}, {"del Ebro"},
    {"Galaica"}}};
constexpr std::array<Term, industryCount> esIndustry{{{"Construcciones"}, {"Logística"}, {"Software"}, {"Comercial"},
    {"Industrias"}, {"Alimentación"}, {"Salud"}, {"Hoteles"}, {"Agrícola"}, {"Consultores"}, {"Energía"},
    {"Automoción"}}};
constexpr std::array<LegalForm, 5> esLegal{{{"", " S.L."}, {"", " S.L."}, {"", " S.L."}, {"", " S.A."}, {"", " S.L.U."}}};
constexpr std::array<SV, 6> esTitles{"Director General", "Director Comercial", "Responsable de Compras", "Contable",
    "Jefe de Proyecto", "Administrativa"};
constexpr std::array<SV, 4> esNotes{"Prefiere contacto por correo electrónico.", "Pago a 30 días.",
    "Interesado en precios de mayorista.", "Lo conocimos en la feria de Madrid."};
constexpr std::array<SV, 4> esFreemail{"gmail.com", "hotmail.es", "yahoo.es", "outlook.es"};
constexpr std::array<SV, 4> esMailboxes{"info", "ventas", "administracion", "contacto"};

// ---- Iran -----------------------------------------------------------------------------------------------------
constexpr std::array<SV, 3> faMobiles{"+98 912 ### ####", "+98 935 ### ####", "+98 919 ### ####"};
constexpr std::array<Term, 14> faMale{{{"محمد", "mohammad"}, {"علی", "ali"}, {"حسین", "hossein"}, {"رضا", "reza"},
    {"مهدی", "mahdi"}, {"امیر", "amir"}, {"حسن", "hasan"}, {"سعید", "saeed"}, {"مجید", "majid"}, {"احمد", "ahmad"},
    {"فرهاد", "farhad"}, {"بهروز", "behrouz"}, {"کامران", "kamran"}, {"داریوش", "dariush"}}};
constexpr std::array<Term, 14> faFemale{{{"فاطمه", "fatemeh"}, {"زهرا", "zahra"}, {"مریم", "maryam"}, {"سارا", "sara"},
    {"نرگس", "narges"}, {"لیلا", "leila"}, {"مینا", "mina"}, {"شیرین", "shirin"}, {"الهام", "elham"},
    {"پریسا", "parisa"}, {"نازنین", "nazanin"}, {"سمیرا", "samira"}, {"آزاده", "azadeh"}, {"مهسا", "mahsa"}}};
constexpr std::array<Surname, 18> faSurnames{{{{"رضایی", "rezaei"}, {"رضایی", "rezaei"}},
    {{"محمدی", "mohammadi"}, {"محمدی", "mohammadi"}}, {{"حسینی", "hosseini"}, {"حسینی", "hosseini"}},
    {{"احمدی", "ahmadi"}, {"احمدی", "ahmadi"}}, {{"کریمی", "karimi"}, {"کریمی", "karimi"}},
    {{"موسوی", "mousavi"}, {"موسوی", "mousavi"}}, {{"جعفری", "jafari"}, {"جعفری", "jafari"}},
    {{"رحیمی", "rahimi"}, {"رحیمی", "rahimi"}}, {{"صادقی", "sadeghi"}, {"صادقی", "sadeghi"}},
    {{"هاشمی", "hashemi"}, {"هاشمی", "hashemi"}}, {{"کاظمی", "kazemi"}, {"کاظمی", "kazemi"}},
    {{"نوری", "nouri"}, {"نوری", "nouri"}}, {{"قاسمی", "ghasemi"}, {"قاسمی", "ghasemi"}},
    {{"اکبری", "akbari"}, {"اکبری", "akbari"}}, {{"تهرانی", "tehrani"}, {"تهرانی", "tehrani"}},
    {{"شریفی", "sharifi"}, {"شریفی", "sharifi"}}, {{"نجفی", "najafi"}, {"نجفی", "najafi"}},
    {{"یزدانی", "yazdani"}, {"یزدانی", "yazdani"}}}};
constexpr std::array<City, 10> faCities{{{"تهران", "استان تهران", "1", "21"}, {"مشهد", "خراسان رضوی", "9", "51"},
    {"اصفهان", "استان اصفهان", "8", "31"}, {"شیراز", "فارس", "7", "71"}, {"تبریز", "آذربایجان شرقی", "5", "41"},
    {"کرج", "البرز", "3", "26"}, {"اهواز", "خوزستان", "6", "61"}, {"قم", "استان قم", "3", "25"},
    {"رشت", "گیلان", "4", "13"}, {"کرمان", "استان کرمان", "7", "34"}}};
constexpr std::array<SV, 10> faStreets{"خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز",
    "خیابان فردوسی", "خیابان شریعتی", "خیابان مطهری", "بلوار میرداماد", "خیابان حافظ", "خیابان امام خمینی"};
constexpr std::array<Term, 12> faStems{{{"آریا", "aria"}, {"پارس", "pars"}, {"سپهر", "sepehr"}, {"البرز", "alborz"},
    {"کوروش", "kourosh"}, {"زاگرس", "zagros"}, {"آرمان", "arman"}, {"نوین", "novin"}, {"پویا", "pouya"},
    {"سپید", "sepid"}, {"مهر", "mehr"}, {"تابان", "taban"}}};
constexpr std::array<Term, industryCount> faIndustry{{{"ساختمانی", "sakhtemani"}, {"حمل و نقل", "haml"},
    {"نرم‌افزار", "narmafzar"}, {"بازرگانی", "bazargani"}, {"تولیدی", "tolidi"}, {"صنایع غذایی", "ghazaei"},
    {"تجهیزات پزشکی", "pezeshki"}, {"هتلداری", "hoteldari"}, {"کشاورزی", "keshavarzi"}, {"مشاوران", "moshaveran"},
    {"انرژی", "energy"}, {"خودرو", "khodro"}}};
constexpr std::array<LegalForm, 4> faLegal{{{"شرکت ", " (سهامی خاص)"}, {"شرکت ", " (سهامی خاص)"},
    {"شرکت ", " (سهامی عام)"}, {"شرکت ", " (با مسئولیت محدود)"}}};
constexpr std::array<SV, 6> faTitles{"مدیرعامل", "مدیر فروش", "کارشناس خرید", "حسابدار", "مدیر پروژه", "مهندس"};
constexpr std::array<SV, 4> faNotes{"ترجیح می‌دهد از طریق ایمیل با او تماس بگیریم.", "پرداخت ۳۰ روزه.",
    "به خرید عمده علاقه‌مند است.", "در نمایشگاه تهران آشنا شدیم."};
constexpr std::array<SV, 3> faFreemail{"gmail.com", "yahoo.com", "chmail.ir"};
constexpr std::array<SV, 3> faMailboxes{"info", "sales", "office"};

constexpr std::array<LocaleTable, 6> localeTables{{
    {"en", "United Kingdom", 24, "+44", 10, enMobiles, " #@@", "", " ", true, false, " ", false, "co.uk", enMale,
     enFemale, enSurnames, enCities, enStreets, enStems, enIndustry, enLegal, enTitles, enNotes, enFreemail,
     enMailboxes},
    {"pl", "Poland", 20, "+48", 9, plMobiles, "###", "ul. ", " ", false, false, " ", false, "pl", plMale, plFemale,
     plSurnames, plCities, plStreets, plStems, plIndustry, plLegal, plTitles, plNotes, plFreemail, plMailboxes},
    {"el", "Greece", 14, "+30", 10, elMobiles, "# ##", "", " ", false, false, " ", false, "gr", elMale, elFemale,
     elSurnames, elCities, elStreets, elStems, elIndustry, elLegal, elTitles, elNotes, elFreemail, elMailboxes},
    {"ru", "Russia", 14, "+7", 10, ruMobiles, "####", "ул. ", ", д. ", false, false, "-", false, "ru", ruMale,
     ruFemale, ruSurnames, ruCities, ruStreets, ruStems, ruIndustry, ruLegal, ruTitles, ruNotes, ruFreemail,
     ruMailboxes},
    {"es", "Spain", 16, "+34", 9, esMobiles, "##", "", ", ", false, true, " ", true, "es", esMale, esFemale,
     esSurnames, esCities, esStreets, esStems, esIndustry, esLegal, esTitles, esNotes, esFreemail, esMailboxes},
    {"fa", "Iran", 12, "+98", 10, faMobiles, "####-#####", "", "، پلاک ", false, true, " ", false, "ir", faMale,
     faFemale, faSurnames, faCities, faStreets, faStems, faIndustry, faLegal, faTitles, faNotes, faFreemail,
     faMailboxes},
}};

} // namespace

std::span<const LocaleTable> locales() { return localeTables; }

} // namespace rapport::demo
// clang-format on
