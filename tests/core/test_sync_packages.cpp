// Packages: replay and out-of-order imports, gaps, and refusals that leave the database untouched.
#include "test_sync_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

using namespace rapport;
using rapport::test::SyncFixture;

namespace {

qint64 scalar(Database& db, const char* sql) {
    Statement s(db.handle(), sql);
    return s.next() ? s.int64(0) : -1;
}

QByteArray fingerprint(Database& db) {
    QByteArray text;
    for (const char* sql : {"SELECT count(*) FROM sync_log", "SELECT count(*) FROM sync_packages",
                            "SELECT count(*) FROM customers", "SELECT count(*) FROM sync_devices",
                            "SELECT total(known_seq) FROM sync_devices", "SELECT count(*) FROM sync_acks"})
        text += QByteArray::number(scalar(db, sql)) + ' ';
    return text;
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("sync: importing a package twice or out of order does nothing wrong", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("one"));
    const QString first = f.exportTo(laptop);
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("two"));
    const QString second = f.exportTo(laptop); // carries both edits: nothing was acknowledged yet
    sync::SyncService office(f.office());
    sync::ImportResult result;
    REQUIRE(office.importPackage(second, &result).ok());
    CHECK(result.applied == 2);
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("two"));
    result = {};
    REQUIRE(office.importPackage(first, &result).ok()); // older package after a newer one
    CHECK(result.applied == 0);
    CHECK(result.skipped == 1);
    result = {};
    REQUIRE(office.importPackage(second, &result).ok()); // the same package again
    CHECK(result.applied == 0);
    CHECK(result.skipped == 2);
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("two"));
    CHECK(office.history().size() >= 3);
}

TEST_CASE("sync: a package with a gap is refused and names what is missing", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    const QString backup = QDir(f.dir()).filePath(QStringLiteral("office-backup.db"));
    REQUIRE(f.office().saveCopy(backup).ok());
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("one"));
    f.send(laptop, f.office());
    f.send(f.office(), laptop); // the laptop learns the office holds its change 1
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("two"));
    const QString later = f.exportTo(laptop);

    Database restored; // the office restored from a backup that predates change 1
    REQUIRE(restored.open(backup).ok());
    const QByteArray before = fingerprint(restored);
    const Status refused = sync::SyncService(restored).importPackage(later);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("missing")));
    CHECK(refused.message().contains(QStringLiteral("1–1 of laptop")));
    CHECK(fingerprint(restored) == before);
    CHECK(test::field(restored, acme, QStringLiteral("notes")).isNull());
}

TEST_CASE("sync: foreign, truncated, damaged, altered and newer packages are refused", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("field"));
    const QString good = f.exportTo(laptop);
    const QByteArray bytes = test::readBytes(good);
    REQUIRE(bytes.size() > 100);

    test::TempDatabase other; // another database altogether
    test::addCustomer(other.db(), QStringLiteral("Other"));
    const QString foreign = QDir(f.dir()).filePath(QStringLiteral("foreign.rsync"));
    REQUIRE(sync::SyncService(other.db()).exportPackage(foreign).ok());

    const QString dir = f.dir();
    const auto variant = [&](const char* name, QByteArray content) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(name));
        write(path, content);
        return path;
    };
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x55);
    QByteArray altered = bytes;
    const qsizetype at = altered.indexOf("laptop");
    REQUIRE(at > 0);
    altered[at] = 'L';
    QByteArray newer = bytes;
    newer[11] = 9; // format version 9
    const QList<QPair<QString, QString>> cases = {
        {foreign, QStringLiteral("another database")},
        {variant("truncated.rsync", bytes.left(bytes.size() - 40)), QStringLiteral("truncated")},
        {variant("damaged.rsync", flipped), QStringLiteral("damaged")},
        {variant("altered.rsync", altered), QStringLiteral("altered")},
        {variant("newer.rsync", newer), QStringLiteral("newer version")},
        {variant("empty.rsync", QByteArray()), QStringLiteral("not a Rapport sync package")},
        {variant("text.rsync", QByteArrayLiteral("hello, world")),
         QStringLiteral("not a Rapport sync package")},
    };
    sync::SyncService office(f.office());
    REQUIRE(Statement(f.office().handle(), "PRAGMA wal_checkpoint(TRUNCATE)").next());
    const QByteArray file = test::readBytes(f.office().path());
    const QByteArray before = fingerprint(f.office());
    for (const auto& [path, expected] : cases) {
        INFO(path.toStdString());
        const Status refused = office.importPackage(path);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.message().toStdString());
        CHECK(refused.message().contains(expected));
        CHECK(refused.message().contains(QStringLiteral("unchanged")));
    }
    CHECK(fingerprint(f.office()) == before);
    CHECK(test::readBytes(f.office().path()) == file);
    CHECK(QFileInfo(f.office().path() + QStringLiteral("-wal")).size() == 0);
    // Its own package is refused too; the good one still goes in afterwards.
    CHECK_FALSE(sync::SyncService(laptop).importPackage(good).ok());
    REQUIRE(office.importPackage(good).ok());
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("field"));
}

TEST_CASE("sync: status counts a field copy made before any change, and what it still lacks", "[sync]") {
    SyncFixture f;
    Database& laptop = f.clone(QStringLiteral("laptop"));
    sync::SyncStatus office = sync::SyncService(f.office()).status();
    CHECK(office.peers == 1);
    CHECK(office.pendingChanges == 0);
    test::addCustomer(f.office(), QStringLiteral("Acme"));
    test::addCustomer(f.office(), QStringLiteral("Bolt"));
    office = sync::SyncService(f.office()).status();
    CHECK(office.peers == 1);
    CHECK(office.pendingChanges == 2);
    f.send(f.office(), laptop);
    CHECK(scalar(laptop, "SELECT count(*) FROM customers") == 2);
    f.send(laptop, f.office()); // the laptop's package acknowledges what it holds
    CHECK(sync::SyncService(f.office()).status().pendingChanges == 0);
}

TEST_CASE("sync: a field copy is one closed file, complete without anything beside it", "[sync]") {
    SyncFixture f;
    test::addCustomer(f.office(), QStringLiteral("Acme"));
    const QString path = QDir(f.dir()).filePath(QStringLiteral("stick.db"));
    REQUIRE(sync::SyncService(f.office()).clone(path, {}).ok());
    // The file alone is what goes on the USB stick: no write-ahead log may hold part of the copy.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    Database copy;
    REQUIRE(copy.open(path).ok());
    CHECK(scalar(copy, "SELECT count(*) FROM customers") == 1);
    CHECK(sync::SyncService(copy).status().hub == sync::SyncService(f.office()).status().deviceId);
}

TEST_CASE("sync: export and import report progress and can be cancelled, leaving everything as it was",
          "[sync]") {
    SyncFixture f;
    Database& laptop = f.clone(QStringLiteral("laptop"));
    for (int i = 0; i < 2500; ++i)
        test::addCustomer(f.office(), QStringLiteral("Customer %1").arg(i));
    const QString path = QDir(f.dir()).filePath(QStringLiteral("progress.rsync"));
    sync::SyncService office(f.office());

    // Cancelled at the second report: no file, and the office as it was.
    const QByteArray officeBefore = fingerprint(f.office());
    int reports = 0;
    Status cancelled = office.exportPackage(path, nullptr, {}, [&](qint64, qint64) { return ++reports < 2; });
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.message().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(fingerprint(f.office()) == officeBefore);

    // Done: the reports rise to the whole.
    QList<QPair<qint64, qint64>> seen;
    REQUIRE(office.exportPackage(path, nullptr, {}, [&](qint64 done, qint64 total) {
        seen << qMakePair(done, total);
        return true;
    }));
    REQUIRE(seen.size() >= 2);
    CHECK(seen.last().second == 2500);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));

    // An import cancelled half way (while the records are being recomputed) applies nothing.
    const QByteArray laptopBefore = fingerprint(laptop);
    sync::SyncService field(laptop);
    cancelled =
        field.importPackage(path, nullptr, [](qint64 done, qint64 total) { return done < total / 2 + 500; });
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.message().contains(QStringLiteral("cancelled")));
    CHECK(cancelled.message().contains(QStringLiteral("left unchanged")));
    CHECK(fingerprint(laptop) == laptopBefore);
    seen.clear();
    sync::ImportResult imported;
    REQUIRE(field.importPackage(path, &imported, [&](qint64 done, qint64 total) {
        seen << qMakePair(done, total);
        return true;
    }));
    CHECK(imported.applied == 2500);
    CHECK(scalar(laptop, "SELECT count(*) FROM customers") == 2500);
    REQUIRE(!seen.isEmpty());
    CHECK(seen.last().second == 5000);
    CHECK(seen.last().first > 2500); // into the second half
}
