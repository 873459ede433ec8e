// Sales rules kept in one place whoever writes: the stage history from every path (trigger), lead assignment
// for leads typed in and imported (with undo of the import), the letterhead settings, users with their sales
// profile, choice labels and percentages in lists.
#include "TestSupport.h"
#include "test_sync_support.h"

#include "entity/ChoiceLabels.h"
#include "importer/ImportUndo.h"
#include "importer/Importer.h"
#include "models/RecordListModel.h"
#include "repository/RecordSnapshot.h"
#include "repository/RecordStore.h"
#include "sales/Letterhead.h"
#include "sales/Money.h"
#include "sales/PipelineService.h"
#include "sales/Quotes.h"
#include "sales/SalesSql.h"
#include "sales/SalesTeam.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

const EntityDescriptor& entity(const char* name) {
    return *EntityCatalog::find(QString::fromLatin1(name));
}

qint64 add(RecordStore& store, const char* name, const QVariantMap& values) {
    const WriteResult written = store.insert(entity(name), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

qint64 number(Database& db, std::string_view sql, const QVariantList& bound = {}) {
    return sales::scalar(db.handle(), sql, bound).toLongLong();
}

QStringList visits(PipelineService& pipelines, qint64 opportunity) {
    QStringList result;
    for (const StageVisit& visit : pipelines.history(opportunity))
        result << visit.stageName + (visit.leftAt.isEmpty() ? QStringLiteral(" (now)") : QString());
    return result;
}

QString writeFile(const test::TempDatabase& temp, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(temp.dir()).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("the stage history is written once by every path that changes the stage", "[sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    RecordStore store(db);
    PipelineService pipelines(db);
    REQUIRE(pipelines.ensureDefaultPipelines());
    const QList<StageInfo> stages = pipelines.pipelines().first().stages;
    OpportunityDraft draft;
    draft.title = QStringLiteral("Fleet terminals");
    const qint64 deal = pipelines.createOpportunity(draft).id;
    REQUIRE(deal);
    CHECK(visits(pipelines, deal) == QStringList{QStringLiteral("Qualification (now)")});

    // The generic update (the form, `rapport-cli update opportunity ID stage_id=...`).
    REQUIRE(store.update(entity("opportunity"), deal, {{QStringLiteral("stage_id"), stages[1].id}}).ok());
    CHECK(visits(pipelines, deal) ==
          QStringList{QStringLiteral("Qualification"), QStringLiteral("Needs analysis (now)")});
    // An edit that leaves the stage alone adds nothing.
    REQUIRE(store.update(entity("opportunity"), deal, {{QStringLiteral("next_step"), QStringLiteral("Call")}})
                .ok());
    CHECK(pipelines.history(deal).size() == 2);

    // The kanban and `opportunity move`: one visit per move, not two.
    const StageMoveState beforeMove = pipelines.moveState(deal);
    REQUIRE(pipelines.move(deal, stages[4].id, QStringLiteral("Best price")));
    CHECK(visits(pipelines, deal) == QStringList{QStringLiteral("Qualification"),
                                                 QStringLiteral("Needs analysis"),
                                                 QStringLiteral("Won (now)")});
    const QList<StageVisit> history = pipelines.history(deal);
    CHECK(history[1].leftAt == history[2].enteredAt);
    const StageMoveState afterMove = pipelines.moveState(deal);

    // Undo puts the stage, the closing fields and the history back exactly; redo the move again.
    REQUIRE(pipelines.restoreMoveState(beforeMove));
    CHECK(visits(pipelines, deal) ==
          QStringList{QStringLiteral("Qualification"), QStringLiteral("Needs analysis (now)")});
    CHECK(sales::scalar(db.handle(), "SELECT status FROM opportunities WHERE id = ?1", {deal}).toString() ==
          QStringLiteral("open"));
    REQUIRE(pipelines.restoreMoveState(afterMove));
    CHECK(pipelines.moveState(deal).history == afterMove.history);
    CHECK(sales::scalar(db.handle(), "SELECT close_reason FROM opportunities WHERE id = ?1", {deal})
              .toString() == QStringLiteral("Best price"));

    // Deleting and restoring the opportunity (undo of a delete) brings back its history, not a new visit.
    const RecordSnapshot snapshot = RecordSnapshot::capture(db, entity("opportunity"), deal);
    REQUIRE(store.remove(entity("opportunity"), deal));
    CHECK(number(db, "SELECT count(*) FROM opportunity_stage_history WHERE opportunity_id = ?1", {deal}) ==
          0);
    REQUIRE(snapshot.restore(db));
    CHECK(pipelines.moveState(deal).history == afterMove.history);
}

TEST_CASE("imported leads go through the assignment rules, and undoing the import takes their tasks",
          "[sales][import]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    RecordStore store(db);
    const qint64 anna = add(store, "user", {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 ben = add(store, "user", {{QStringLiteral("name"), QStringLiteral("Ben")}});
    const qint64 chloe = add(store, "user", {{QStringLiteral("name"), QStringLiteral("Chloe")}});
    for (qint64 rep : {anna, ben})
        add(store, "sales_rep",
            {{QStringLiteral("user_id"), rep}, {QStringLiteral("team"), QStringLiteral("inside")}});
    add(store, "assignment_rule",
        {{QStringLiteral("name"), QStringLiteral("Bavaria")},
         {QStringLiteral("position"), 1},
         {QStringLiteral("kind"), QStringLiteral("territory")},
         {QStringLiteral("country"), QStringLiteral("DE")},
         {QStringLiteral("postcode_from"), QStringLiteral("80000")},
         {QStringLiteral("postcode_to"), QStringLiteral("87999")},
         {QStringLiteral("user_id"), chloe}});
    add(store, "assignment_rule",
        {{QStringLiteral("name"), QStringLiteral("Inside team")},
         {QStringLiteral("position"), 2},
         {QStringLiteral("kind"), QStringLiteral("round_robin")},
         {QStringLiteral("team"), QStringLiteral("inside")}});

    const QString path = writeFile(temp, QStringLiteral("fair.csv"),
                                   "First name,Last name,Company,E-mail,Country,Postcode,Source\n"
                                   "Max,Huber,Alpenbau,max@alpenbau.de,DE,80331,fair\n"
                                   "Eva,Klein,,eva@klein.example,DE,10115,\n"
                                   "Jan,Novak,Brno Tech,jan@brno.example,CZ,60200,\n"
                                   "Lea,Roth,Roth AG,lea@roth.example,DE,20095,cold_call\n"
                                   ",,,,DE,10115,\n");
    ImportOptions options;
    options.entity = ImportEntity::Lead;
    const ImportResult imported = Importer(db, options).run(path);
    INFO(imported.status.message().toStdString());
    REQUIRE(imported.status);
    CHECK(imported.created == 4);
    CHECK(imported.rejected == 1); // a lead needs a name or an organisation
    CHECK(imported.leadsAssigned == 4);
    auto ownerOf = [&db](const char* email) {
        return number(db, "SELECT owner_id FROM leads WHERE email = ?1", {QString::fromLatin1(email)});
    };
    CHECK(ownerOf("max@alpenbau.de") == chloe);  // Munich postcode: the territory rule
    CHECK(ownerOf("eva@klein.example") == anna); // the others: round robin within the team
    CHECK(ownerOf("jan@brno.example") == ben);
    CHECK(ownerOf("lea@roth.example") == anna);
    CHECK(
        sales::scalar(db.handle(), "SELECT source FROM leads WHERE email = 'eva@klein.example'").toString() ==
        QStringLiteral("import"));
    CHECK(
        sales::scalar(db.handle(), "SELECT source FROM leads WHERE email = 'lea@roth.example'").toString() ==
        QStringLiteral("cold_call"));
    CHECK(number(db, "SELECT count(*) FROM tasks WHERE lead_id IS NOT NULL") == 4);
    CHECK(number(db, "SELECT count(*) FROM tasks WHERE assignee_id = ?1", {anna}) == 2);

    // Importing the file again finds the same leads by e-mail: nothing new, nobody gets a second task.
    const ImportResult again = Importer(db, options).run(path);
    REQUIRE(again.status);
    CHECK(again.created == 0);
    CHECK(again.skipped == 4);
    CHECK(number(db, "SELECT count(*) FROM tasks") == 4);

    // Undo needs no force: the assignments and the reps' tasks are the import's own.
    const ImportUndoCheck check = ImportUndo(db).check(imported.importId);
    REQUIRE(check.status);
    CHECK(check.isClean());
    const ImportUndoResult undone = ImportUndo(db).revert(imported.importId, false);
    INFO(undone.status.message().toStdString());
    REQUIRE(undone.status);
    CHECK(number(db, "SELECT count(*) FROM leads") == 0);
    CHECK(number(db, "SELECT count(*) FROM tasks") == 0);
}

TEST_CASE("letterhead settings: checked, saved together, printed on the quote", "[sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    Letterhead letterhead(db);
    CHECK(letterhead.companyName() == QStringLiteral("Your Company Ltd"));

    // A bad e-mail refuses the whole save: the name typed with it is not stored either.
    const Status refused =
        letterhead.save({{QStringLiteral("company_name"), QStringLiteral("Nordlicht GmbH")},
                         {QStringLiteral("company_email"), QStringLiteral("info at nordlicht")}});
    REQUIRE_FALSE(refused);
    CHECK(refused.message().contains(QStringLiteral("E-mail")));
    CHECK(db.meta(QStringLiteral("company_name")).isEmpty());
    CHECK_FALSE(letterhead.set(QStringLiteral("company_fax"), QStringLiteral("1")));
    CHECK_FALSE(letterhead.set(QStringLiteral("company_city"), QStringLiteral("two\nlines")));

    REQUIRE(
        letterhead.save({{QStringLiteral("company_name"), QStringLiteral("Nordlicht GmbH")},
                         {QStringLiteral("company_street"), QStringLiteral("Hafenstraße 12")},
                         {QStringLiteral("company_city"), QStringLiteral("20457 Hamburg")},
                         {QStringLiteral("company_phone"), QStringLiteral("+49 40 123456")},
                         {QStringLiteral("company_email"), QStringLiteral("info@nordlicht.example")},
                         {QStringLiteral("company_website"), QStringLiteral("www.nordlicht.example")},
                         {QStringLiteral("company_tax_id"), QStringLiteral("DE123456789")},
                         {QStringLiteral("quote_terms"), QStringLiteral("Net 14 days.\nPrices in EUR.")}}));
    // The logo: images only, and not too big.
    CHECK_FALSE(letterhead.setLogo(QByteArray("not an image")));
    CHECK_FALSE(
        letterhead.setLogo(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(Letterhead::maxLogoBytes, 'x')));
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    REQUIRE(letterhead.setLogo(png));
    CHECK(letterhead.logo() == png);

    RecordStore store(db);
    const qint64 customer = add(store, "customer", {{QStringLiteral("name"), QStringLiteral("Acme")}});
    QuoteService quotes(db);
    const WriteResult quote = quotes.create(customer);
    REQUIRE(quote.ok());
    const QuoteDocument document = quotes.document(quote.id);
    CHECK(document.sellerLines ==
          QStringList{QStringLiteral("Nordlicht GmbH"), QStringLiteral("Hafenstraße 12"),
                      QStringLiteral("20457 Hamburg"), QStringLiteral("Phone +49 40 123456"),
                      QStringLiteral("info@nordlicht.example"), QStringLiteral("www.nordlicht.example"),
                      QStringLiteral("Tax id DE123456789")});
    CHECK(document.terms == QStringLiteral("Net 14 days.\nPrices in EUR.")); // a new quote's terms
    CHECK(document.logo == png);
}

TEST_CASE("a user's sales profile is saved with the user", "[sales]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    SalesTeam team(db);
    // Only team, territory, skills or a quota make a user a rep.
    const WriteResult admin = team.saveUser(0, {{QStringLiteral("name"), QStringLiteral("Admin")},
                                                {QStringLiteral("currency"), QStringLiteral("EUR")},
                                                {QStringLiteral("quota_period"), QStringLiteral("quarter")},
                                                {QStringLiteral("active"), 1}});
    REQUIRE(admin.ok());
    CHECK(number(db, "SELECT count(*) FROM sales_reps") == 0);

    const WriteResult rep = team.saveUser(0, {{QStringLiteral("name"), QStringLiteral("Maria")},
                                              {QStringLiteral("team"), QStringLiteral("field")},
                                              {QStringLiteral("country"), QStringLiteral("ES")},
                                              {QStringLiteral("skills"), QStringLiteral("es; retail")},
                                              {QStringLiteral("quota_minor"), 5000000}});
    REQUIRE(rep.ok());
    REQUIRE(team.saveUser(rep.id, {{QStringLiteral("quota_minor"), 7500000},
                                   {QStringLiteral("quota_period"), QStringLiteral("year")}})
                .ok());
    const QVariantMap values = team.formValues(rep.id);
    CHECK(values.value(QStringLiteral("name")).toString() == QStringLiteral("Maria"));
    CHECK(values.value(QStringLiteral("quota_minor")).toLongLong() == 7500000);
    CHECK(values.value(QStringLiteral("quota_period")).toString() == QStringLiteral("year"));
    CHECK(values.value(QStringLiteral("skills")).toString() == QStringLiteral("es; retail"));

    // A bad value names its field and changes nothing.
    const WriteResult bad = team.saveUser(rep.id, {{QStringLiteral("name"), QStringLiteral("Maria G.")},
                                                   {QStringLiteral("quota_period"), QStringLiteral("week")}});
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.fieldErrors.size() == 1);
    CHECK(bad.fieldErrors.first().field == QStringLiteral("quota_period"));
    CHECK(team.formValues(rep.id).value(QStringLiteral("name")).toString() == QStringLiteral("Maria"));
    CHECK_FALSE(team.saveUser(rep.id, {{QStringLiteral("shoe_size"), 42}}).ok());

    const QList<TeamMember> members = team.members();
    REQUIRE(members.size() == 2);
    CHECK(members[1].name == QStringLiteral("Maria"));
    CHECK(members[1].hasProfile);
    CHECK(members[1].country == QStringLiteral("ES"));
    CHECK_FALSE(members[0].hasProfile);
    // The form lists the profile's fields in a "Sales" section.
    const FieldDescriptor* quota = SalesTeam::userForm().field(QStringLiteral("quota_minor"));
    REQUIRE(quota);
    CHECK(quota->translatedSection() == QStringLiteral("Sales"));
}

TEST_CASE("lists show choice labels and percentages, never raw keys or basis points", "[sales]") {
    CHECK(choiceLabel(QStringLiteral("cold_call")) == QStringLiteral("Cold call"));
    CHECK(choiceLabel(QStringLiteral("closed_won")) == QStringLiteral("Closed won"));
    CHECK(choiceLabel(QStringLiteral("round_robin")) == QStringLiteral("Round robin"));
    CHECK(choiceLabel(QStringLiteral("some_new_key")) == QStringLiteral("Some new key"));

    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(money::formatRateLocalized(1900, german) == QStringLiteral("19 %"));
    CHECK(money::formatRateLocalized(750, german) == QStringLiteral("7,5 %"));
    CHECK(money::formatRateLocalized(1225, english) == QStringLiteral("12.25 %"));
    CHECK(money::formatRateLocalized(0, english) == QStringLiteral("0 %"));
    int bp = 0;
    CHECK(money::parseRateLocalized(QStringLiteral("7,5 %"), german, &bp));
    CHECK(bp == 750);
    CHECK(money::parseRateLocalized(QStringLiteral("19"), english, &bp));
    CHECK(bp == 1900);
    CHECK_FALSE(money::parseRateLocalized(QStringLiteral("120"), english, &bp));
    CHECK_FALSE(money::parseRateLocalized(QStringLiteral("abc"), english, &bp));

    test::TempDatabase temp;
    RecordStore store(temp.db());
    add(store, "lead",
        {{QStringLiteral("last_name"), QStringLiteral("Nowak")},
         {QStringLiteral("source"), QStringLiteral("cold_call")}});
    add(store, "product",
        {{QStringLiteral("code"), QStringLiteral("HW")},
         {QStringLiteral("name"), QStringLiteral("Terminal")},
         {QStringLiteral("tax_rate_bp"), 1900}});
    const QLocale previous;
    QLocale::setDefault(english);
    RecordListModel leads(temp.db(), entity("lead"));
    leads.setColumns({QStringLiteral("last_name"), QStringLiteral("source"), QStringLiteral("status")});
    leads.refresh();
    REQUIRE(leads.rowCount() == 1);
    CHECK(leads.data(leads.index(0, 1)).toString() == QStringLiteral("Cold call"));
    CHECK(leads.data(leads.index(0, 2)).toString() == QStringLiteral("New"));
    RecordListModel products(temp.db(), entity("product"));
    products.setColumns({QStringLiteral("code"), QStringLiteral("tax_rate_bp")});
    products.refresh();
    REQUIRE(products.rowCount() == 1);
    CHECK(products.data(products.index(0, 1)).toString() == QStringLiteral("19 %"));
    QLocale::setDefault(previous);
}

TEST_CASE("a field copy's stage moves arrive with their history, not a second one made by the triggers",
          "[sales][sync]") {
    test::SyncFixture fixture;
    PipelineService office(fixture.office());
    REQUIRE(office.ensureDefaultPipelines());
    const QList<StageInfo> stages = office.pipelines().first().stages;
    OpportunityDraft draft;
    draft.title = QStringLiteral("Harbour cranes");
    const qint64 deal = office.createOpportunity(draft).id;
    REQUIRE(deal);
    Database& laptop = fixture.clone(QStringLiteral("laptop"));
    PipelineService field(laptop);
    REQUIRE(field.move(deal, stages[2].id));
    REQUIRE(field.move(deal, stages[3].id));
    REQUIRE(field.history(deal).size() == 3);
    fixture.send(laptop, fixture.office());
    const QList<StageVisit> arrived = office.history(deal);
    REQUIRE(arrived.size() == 3);
    CHECK(arrived.last().stageId == stages[3].id);
    CHECK(arrived.last().leftAt.isEmpty());
    CHECK(office.moveState(deal).history == field.moveState(deal).history);
}

TEST_CASE("the default pipelines set up on two copies sync as one set, not two", "[sales][sync]") {
    test::SyncFixture fixture;
    Database& laptop = fixture.clone(QStringLiteral("laptop")); // before either copy has pipelines
    PipelineService office(fixture.office());
    PipelineService field(laptop);
    REQUIRE(office.ensureDefaultPipelines());
    REQUIRE(field.ensureDefaultPipelines());
    OpportunityDraft draft;
    draft.title = QStringLiteral("Harbour cranes");
    draft.stageId = field.pipelines().first().stages[1].id;
    const qint64 deal = field.createOpportunity(draft).id;
    REQUIRE(deal);
    const sync::ImportResult atOffice = fixture.send(laptop, fixture.office());
    const sync::ImportResult atLaptop = fixture.send(fixture.office(), laptop);
    CHECK(atOffice.conflicts == 0);
    CHECK(atLaptop.conflicts == 0);
    for (PipelineService* copy : {&office, &field}) {
        const QList<PipelineInfo> pipelines = copy->pipelines();
        REQUIRE(pipelines.size() == 2);
        CHECK(pipelines[0].stages.size() == 6);
        CHECK(pipelines[1].stages.size() == 4);
    }
    CHECK(office.pipelines().first().stages[1].id == draft.stageId);
    CHECK(office.moveState(deal).history == field.moveState(deal).history);
}
