// Randomised convergence: the office and two field copies make random inserts, edits and deletes and swap
// packages at random; after a full round every copy holds identical data, and every committed edit either
// survives, was overwritten or deleted by someone who had seen it, or is in a conflict inbox.
#include "test_sync_support.h"

#include <QRandomGenerator>
#include <QSet>

using namespace rapport;
using rapport::test::SyncFixture;

namespace {

struct Edit {
    int id = 0;
    QString table;
    qint64 pk = 0;
    qint64 parent = 0; // contacts: their customer
    QString column;    // empty for inserts and deletes
    QVariant value;
    bool remove = false;
    QSet<int> knows; // edits the copy had seen when this one was made
};

QList<qint64> ids(Database& db, const char* sql) {
    QList<qint64> all;
    Statement s(db.handle(), sql);
    while (s.next())
        all << s.int64(0);
    return all;
}

QString dump(Database& db, const char* table) {
    QString text;
    Statement s(db.handle(),
                QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)).toStdString());
    while (s.next()) {
        for (int i = 0; i < s.columnCount(); ++i)
            text += s.value(i).toString() + QLatin1Char('|');
        text += QLatin1Char('\n');
    }
    return text;
}

void runScenario(quint32 seed, int steps) {
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    SyncFixture f;
    for (int i = 0; i < 5; ++i)
        test::addCustomer(f.office(), QStringLiteral("Seed %1").arg(i));
    Database& a = f.clone(QStringLiteral("laptop-a"));
    Database& b = f.clone(QStringLiteral("laptop-b"));
    Database* copies[3] = {&f.office(), &a, &b};
    QList<Edit> edits;
    QSet<int> seen[3];
    const QStringList fields = {QStringLiteral("notes"), QStringLiteral("industry"), QStringLiteral("tags"),
                                QStringLiteral("billing_city")};
    const auto record = [&](int copy, Edit edit) {
        edit.id = static_cast<int>(edits.size());
        edit.knows = seen[copy];
        seen[copy].insert(edit.id);
        edits << edit;
    };
    for (int step = 0; step < steps; ++step) {
        const int copy = random.bounded(3);
        Database& db = *copies[copy];
        const QList<qint64> customers = ids(db, "SELECT id FROM customers");
        const int action = random.bounded(100);
        if (action < 15 || customers.isEmpty()) {
            const qint64 id = test::addCustomer(db, QStringLiteral("C%1-%2").arg(copy).arg(step));
            record(copy, {0, QStringLiteral("customers"), id, 0, {}, {}, false, {}});
        } else if (action < 55) {
            const qint64 id = customers[random.bounded(customers.size())];
            const QString column = fields[random.bounded(fields.size())];
            const QString value = QStringLiteral("v%1-%2").arg(copy).arg(step);
            test::edit(db, id, column, value);
            record(copy, {0, QStringLiteral("customers"), id, 0, column, value, false, {}});
        } else if (action < 62) {
            const qint64 id = customers[random.bounded(customers.size())];
            REQUIRE(RecordStore(db).remove(EntityCatalog::customer(), id).ok());
            record(copy, {0, QStringLiteral("customers"), id, 0, {}, {}, true, {}});
        } else if (action < 72) {
            const qint64 parent = customers[random.bounded(customers.size())];
            const WriteResult contact = RecordStore(db).insert(
                EntityCatalog::contact(), {{QStringLiteral("last_name"), QStringLiteral("K%1").arg(step)},
                                           {QStringLiteral("customer_id"), parent}});
            REQUIRE(contact.ok());
            record(copy, {0, QStringLiteral("contacts"), contact.id, parent, {}, {}, false, {}});
        } else {
            const int laptop = 1 + random.bounded(2);
            const bool up = random.bounded(2) == 0;
            const int from = up ? laptop : 0;
            const int to = up ? 0 : laptop;
            f.send(*copies[from], *copies[to]);
            seen[to] |= seen[from];
        }
    }
    // The full round: everything to the office, then back out.
    f.send(a, f.office());
    f.send(b, f.office());
    f.send(f.office(), a);
    f.send(f.office(), b);
    for (const char* table : {"customers", "contacts", "users"}) {
        INFO(table);
        const QString office = dump(f.office(), table);
        CHECK(dump(a, table) == office);
        CHECK(dump(b, table) == office);
    }
    QSet<QString> inbox;
    for (Database* db : copies)
        for (const sync::Conflict& c : sync::SyncService(*db).conflicts(false))
            inbox.insert(QStringLiteral("%1/%2/%3/%4")
                             .arg(sync::conflictKindName(c.kind), c.table, c.pk.toString(),
                                  c.kind == sync::ConflictKind::Field ? c.column : QString()));
    const auto supersededKnowingly = [&](const Edit& e, bool byDelete) {
        return std::any_of(edits.cbegin(), edits.cend(), [&](const Edit& later) {
            if (!later.knows.contains(e.id))
                return false;
            if (byDelete)
                return later.remove && later.table == u"customers" &&
                       (later.pk == (e.table == u"contacts" ? e.parent : e.pk));
            return !later.remove && later.table == e.table && later.pk == e.pk && later.column == e.column;
        });
    };
    int lost = 0;
    for (const Edit& e : edits) {
        if (e.remove)
            continue;
        const QString key = QStringLiteral("%1/%2").arg(e.table).arg(e.pk);
        if (!test::exists(f.office(), e.pk, e.table)) {
            if (supersededKnowingly(e, true) || inbox.contains(QStringLiteral("deleted/%1/").arg(key)) ||
                inbox.contains(QStringLiteral("orphan/%1/").arg(key)))
                continue;
            if (e.table == u"contacts" &&
                inbox.contains(QStringLiteral("deleted/customers/%1/").arg(e.parent)))
                continue;
            UNSCOPED_INFO("record vanished without a conflict: " << key.toStdString() << " edit " << e.id);
            ++lost;
            continue;
        }
        if (e.column.isEmpty() || test::field(f.office(), e.pk, e.column, e.table) == e.value)
            continue;
        if (supersededKnowingly(e, false) || inbox.contains(QStringLiteral("field/%1/%2").arg(key, e.column)))
            continue;
        UNSCOPED_INFO("edit vanished without a conflict: " << key.toStdString() << " "
                                                           << e.column.toStdString() << " = "
                                                           << e.value.toString().toStdString());
        ++lost;
    }
    CHECK(lost == 0);
}

} // namespace

TEST_CASE("sync: three copies converge under random edits and exchanges, losing nothing silently", "[sync]") {
    for (quint32 seed : {1u, 2u, 3u, 4u})
        runScenario(seed, 150);
}
