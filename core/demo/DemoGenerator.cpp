#include "demo/DemoGenerator.h"

#include "demo/DemoAutomation.h"
#include "demo/DemoMarketing.h"
#include "demo/DemoSales.h"
#include "demo/DemoWriter.h"
#include "storage/BulkJournal.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/PragmaGuard.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncFunctions.h"

#include <QDateTime>
#include <algorithm>
#include <optional>

namespace rapport {
namespace {

constexpr qint64 progressEvery = 1000;
// How many customers go in between two hand-overs of new documents to the search build (BulkLoad).
constexpr qint64 indexEvery = 8192;
// About how many rows a customer brings (itself, contacts, interactions, tasks), and the part of the progress
// left for indexing at the end (1/indexingShare).
constexpr qint64 rowsPerCustomer = 6;
constexpr qint64 indexingShare = 5;

Status createUsers(Database& db, qint64 now, std::vector<qint64>* ids) {
    Statement insert(db.handle(), "INSERT INTO users (id, name, email, role, created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    std::string created;
    qint64 joined = now - (3 * 365 + 120) * demo::secondsPerDay;
    for (const demo::DemoUser& user : demo::users()) {
        const qint64 id = db.ids().next();
        created.clear();
        demo::appendDateTime(created, joined + 9 * 3600);
        joined += 23 * demo::secondsPerDay;
        insert.bind(1, id)
            .bindText(2, user.name)
            .bindText(3, user.email)
            .bindText(4, user.role)
            .bindText(5, created);
        if (Status done = insert.exec(); !done)
            return done;
        ids->push_back(id);
    }
    // The manager is the one at the keyboard.
    return db.setMeta(QStringLiteral("me_user_id"), QString::number(ids->front()));
}

} // namespace

Status DemoGenerator::generate(Database& db, const DemoOptions& options, const Progress& progress) {
    m_counts = {};
    if (!db.isOpen())
        return Status::failure(tr("No database is open."));
    if (db.isReadOnly())
        return Status::failure(tr("The database is read-only, so sample data cannot be added."));
    if (options.customers < 0)
        return Status::failure(tr("The number of sample customers cannot be negative."));
    const qint64 total = options.customers;
    const QDate today = options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date();
    const qint64 now = today.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const Status cancelled =
        Status::failure(tr("Loading sample data was cancelled; the database is unchanged."));
    const auto failed = [](const Status& why) {
        return Status::failure(
            tr("Loading sample data failed (%1); the database is unchanged.").arg(why.message()));
    };

    // A larger page cache for the length of the job (KiB, negative by SQLite's convention), but far smaller
    // than the data: the rows are appended, so a page that leaves the cache is seldom needed again, and the
    // pages written out along the way are on their way to the disk before the commit. Holding a million
    // customers' 3 GB until the commit made the commit alone take 21 s (and the process 3.7 GB).
    // The generator makes every reference itself, parents before children, so the rows go in without a
    // foreign-key lookup each (three for an interaction: customer, contact, user), which saves about a tenth
    // of the time. The tests check the result with PRAGMA foreign_key_check. Only possible outside a
    // transaction, as here.
    const PragmaGuard keys(db.handle(), "foreign_keys", 0);
    const PragmaGuard cache(db.handle(), "cache_size", -std::clamp<qint64>(total * 4, 32 * 1024, 256 * 1024));
    // The new pages are written once, into the file, when no other connection has it open (the CLI).
    const BulkJournal journal(db.handle());
    Transaction transaction(db.handle());
    if (!transaction.status())
        return transaction.status();

    std::vector<qint64> users;
    {
        Statement existing(db.handle(), "SELECT id FROM users ORDER BY id");
        while (existing.next())
            users.push_back(existing.int64(0));
        if (!existing.status())
            return existing.status();
    }
    const qint64 existingUsers = static_cast<qint64>(users.size());
    if (users.empty()) {
        if (Status created = createUsers(db, now, &users); !created)
            return created;
    }

    // The rows go in without per-row search indexing and with the big tables' secondary indexes dropped;
    // finish() rebuilds both by sorting, which is the last part of the progress.
    BulkLoad bulk(db,
                  {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("interactions"),
                   QStringLiteral("tasks")},
                  total * rowsPerCustomer,
                  // Each customer's contacts, interactions and tasks follow it, so these grow at their end.
                  {QStringLiteral("contacts_by_customer"), QStringLiteral("interactions_by_customer"),
                   QStringLiteral("interactions_by_contact"), QStringLiteral("tasks_by_customer")});
    if (!bulk.status())
        return failed(bulk.status());
    // At a million customers this thread waited on the search build on the second (perf: that thread busy all
    // through the rows): rather than wait, the documents queue in a file and the build catches up during the
    // index rebuilds.
    bulk.queueSearchDocumentsOnDisk();
    // Progress is counted in customers: writing them is the first part, indexing them the last.
    const qint64 indexing = total / indexingShare;
    const qint64 writing = total - indexing;
    demo::DemoWriter writer(db, options.seed, now, users);
    for (qint64 done = 0; done < total; ++done) {
        if (done % progressEvery == 0 && progress && !progress(total > 0 ? done * writing / total : 0, total))
            return cancelled;
        if (Status written = writer.writeCustomer(); !written)
            return failed(written);
        if (done % indexEvery == indexEvery - 1) // the search index grows on the second core meanwhile
            bulk.indexNewRows();
    }
    if (Status written = writer.flush(); !written)
        return failed(written);
    // Campaign audiences go in with the bulk rows (their interactions are indexed and recorded with them).
    demo::MarketingDemo marketing(db, options.seed, now, users);
    if (Status written = marketing.writeAudiences(); !written)
        return failed(written);
    // The sales sample data below belongs to the same baseline as these rows: when the load goes without
    // sync change records (no other copy of the database exists, see BulkLoad), so does it.
    const bool baselineLoad = bulk.suspendsChangeCapture();
    bool stopped = false;
    if (Status indexed = bulk.finish([&](int step, int steps) {
            stopped = progress && !progress(writing + indexing * step / std::max(steps, 1), total);
            return !stopped;
        });
        !indexed)
        return stopped ? cancelled : failed(indexed);
    std::optional<sync::CaptureSuspension> baseline;
    if (baselineLoad)
        baseline.emplace(db.handle());
    if (Status written = demo::generateSales(db, options.seed, now, users); !written)
        return Status::failure(
            tr("Loading sample data failed (%1); the database is unchanged.").arg(written.message()));
    if (Status written = marketing.writeConversions(); !written)
        return failed(written);
    if (Status written = demo::generateAutomation(db, options.seed, now, users); !written)
        return failed(written);
    if (progress && !progress(total, total))
        return cancelled;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_counts = writer.counts();
    m_counts.interactions += marketing.interactions();
    m_counts.users = static_cast<qint64>(users.size()) - existingUsers;
    return Status::success();
}

} // namespace rapport
