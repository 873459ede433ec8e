#include "sync/ChangeApplier.h"

#include "storage/SqlText.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

bool sameValue(const QVariant& a, const QVariant& b) {
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return a == b;
}

bool ignoredForConflicts(const TableInfo& table, const QString& column) {
    return column == table.pkColumn || column == u"updated_at" || column == u"created_at" ||
           column == u"sort_key";
}

QString pkText(const QVariant& pk) {
    return pk.toString();
}

} // namespace

ChangeApplier::ChangeApplier(sqlite3* db, const SyncSchema& schema, SyncLedger& ledger)
    : m_db(db), m_schema(schema), m_ledger(ledger) {}

ChangeApplier::~ChangeApplier() = default;

Statement& ChangeApplier::statement(const QString& sql) {
    const std::string key = sql.toStdString();
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.emplace(key, std::make_unique<Statement>(m_db, key)).first;
    it->second->reset();
    return *it->second;
}

void ChangeApplier::loadHorizons() {
    m_devices = m_ledger.devices();
    m_horizons.clear();
    for (const SyncLedger::HorizonRow& row : m_ledger.horizons())
        m_horizons[{row.origin, row.peer}] << QPair<qint64, qint64>(row.fromSeq, row.known);
}

qint64 ChangeApplier::knownBy(qint64 origin, qint64 seq, qint64 peer) const {
    qint64 known = 0;
    for (const auto& [fromSeq, upTo] : m_horizons.value({origin, peer}))
        if (fromSeq <= seq)
            known = std::max(known, upTo);
    return known;
}

bool ChangeApplier::knows(const LogEntry& a, const LogEntry& b) const {
    if (a.origin == b.origin)
        return b.seq < a.seq;
    return knownBy(a.origin, a.seq, b.origin) >= b.seq;
}

QList<LogEntry> ChangeApplier::history(const QString& table, const QVariant& pk) {
    QList<LogEntry> entries;
    Statement& s =
        statement(QStringLiteral("SELECT origin, seq, hlc, op, vals FROM sync_log WHERE tbl = ?1 AND "
                                 "pk = ?2"));
    s.bind(1, table).bind(2, pk);
    while (s.next()) {
        LogEntry e;
        e.origin = s.int64(0);
        e.device = m_devices.value(e.origin);
        e.seq = s.int64(1);
        e.hlc = s.int64(2);
        e.op = s.utf8(3).empty() ? 'U' : s.utf8(3).front();
        if (e.op == 'I' && s.isNull(4)) { // a bulk load's insert: the row is its image
            if (!m_images)
                m_images = std::make_unique<InsertImages>(m_db, m_schema);
            e.vals = QJsonDocument::fromJson(m_images->image(table, pk)).object();
        } else {
            const std::string_view vals = s.utf8(4);
            e.vals = QJsonDocument::fromJson(QByteArray(vals.data(), static_cast<qsizetype>(vals.size())))
                         .object();
        }
        e.fresh = m_fresh.contains({e.origin, e.seq});
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const LogEntry& a, const LogEntry& b) { return b.newerThan(a); });
    return entries;
}

QJsonObject
ChangeApplier::deletedSnapshot(const LogEntry& deletion, const QList<LogEntry>& history,
                               const std::function<bool(const LogEntry&, const LogEntry&)>& knows) {
    QJsonObject snapshot = deletion.vals;
    for (const LogEntry& e : history) // oldest first
        if (e.op == 'U' && !knows(deletion, e))
            for (auto it = e.vals.constBegin(); it != e.vals.constEnd(); ++it)
                snapshot.insert(it.key(), it.value());
    return snapshot;
}

bool ChangeApplier::parentExists(const ForeignKey& key, const QVariant& value) {
    Statement& s = statement(
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?1")
            .arg(quotedIdentifier(key.parentTable),
                 quotedIdentifier(key.parentColumn.isEmpty() ? QStringLiteral("rowid") : key.parentColumn)));
    s.bind(1, value);
    return s.next();
}

Status ChangeApplier::apply(const Package& package, ImportResult* result,
                            const std::function<bool(qint64 done, qint64 total)>& progress) {
    const qint64 half = package.changes.size();
    qint64 steps = 0;
    const auto report = [&](qint64 done) { // every 1,000 steps
        return !progress || ++steps % 1000 != 0 || progress(done, 2 * half);
    };
    const Status cancelled = Status::failure(tr("The import was cancelled."));
    qint64 appended = 0;
    // Devices first: every origin gets a local number.
    QHash<QString, qint64> ids;
    const auto id = [&](const QString& uuid) {
        auto it = ids.find(uuid);
        if (it == ids.end())
            it = ids.insert(uuid, m_ledger.ensureDevice(uuid, package.deviceNames.value(uuid)));
        return it.value();
    };
    for (const OriginRange& r : package.ranges)
        id(r.origin);
    for (auto it = package.senderKnows.cbegin(); it != package.senderKnows.cend(); ++it)
        id(it.key());
    const QMap<qint64, qint64> before = m_ledger.knowledge();
    qint64 maxHlc = 0;
    QHash<QString, QList<QVariant>> touched; // by table, in the package's order
    QSet<QPair<QString, QString>> seenRows;
    for (const Change& c : package.changes) {
        if (!report(++appended))
            return cancelled;
        const qint64 origin = id(c.origin);
        if (c.seq <= before.value(origin, 0) || m_fresh.contains({origin, c.seq})) {
            ++result->skipped;
            continue;
        }
        Statement& s = statement(QStringLiteral("INSERT INTO sync_log (origin, seq, hlc, tbl, pk, op, vals) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        s.bind(1, origin).bind(2, c.seq).bind(3, c.hlc).bind(4, c.table).bind(5, c.pk);
        s.bind(6, QString(QLatin1Char(c.op)))
            .bindText(7, std::string_view(c.vals.constData(), c.vals.size()));
        if (const Status done = s.exec(); !done)
            return done;
        m_fresh.insert({origin, c.seq});
        maxHlc = std::max(maxHlc, c.hlc);
        ++result->applied;
        if (!seenRows.contains({c.table, pkText(c.pk)})) {
            seenRows.insert({c.table, pkText(c.pk)});
            touched[c.table] << c.pk;
        }
    }
    for (const Horizon& h : package.horizons)
        if (const Status added = m_ledger.addHorizon({id(h.origin), id(h.peer), h.fromSeq, h.known}); !added)
            return added;
    for (const OriginRange& r : package.ranges)
        if (const Status known = m_ledger.setKnown(id(r.origin), r.upTo); !known)
            return known;
    // Changes made here from now on know everything just received.
    const QMap<qint64, qint64> after = m_ledger.knowledge();
    const qint64 nextLocal = after.value(0, 0) + 1;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (it.key() != 0 && it.value() > before.value(it.key(), 0))
            if (const Status added = m_ledger.addHorizon({0, it.key(), nextLocal, it.value()}); !added)
                return added;
    loadHorizons();

    // Recompute every touched record, parents' tables first.
    m_created.clear();
    qint64 recomputed = 0;
    const qint64 toRecompute = std::max<qint64>(1, seenRows.size());
    for (const TableInfo& table : m_schema.tables())
        for (const QVariant& pk : touched.value(table.name)) {
            if (!report(half + ++recomputed * half / toRecompute))
                return cancelled;
            if (const Status done = materialize(table, pk, result); !done)
                return done;
        }
    if (const Status done = recordDuplicates(result); !done)
        return done;

    if (maxHlc > 0) {
        Statement& floor = statement(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('sync_hlc_floor', ?1) ON CONFLICT (key) DO UPDATE SET "
            "value = "
            "max(CAST(value AS INTEGER), ?1), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
        floor.bind(1, maxHlc);
        if (const Status raised = floor.exec(); !raised)
            return raised;
    }
    return Status::success();
}

Status ChangeApplier::materialize(const TableInfo& table, const QVariant& pk, ImportResult* result) {
    const QList<LogEntry> entries = history(table.name, pk);
    if (entries.isEmpty())
        return Status::success();
    QVariantMap current;
    bool exists = false;
    {
        Statement& s = statement(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?1")
                                     .arg(quotedIdentifier(table.name), quotedIdentifier(table.pkColumn)));
        s.bind(1, pk);
        if (s.next()) {
            exists = true;
            for (int i = 0; i < s.columnCount(); ++i)
                current.insert(s.columnName(i), s.value(i));
        }
    }
    const LogEntry* lifecycle = nullptr;
    for (const LogEntry& e : entries)
        if (e.op != 'U')
            lifecycle = &e; // sorted oldest first: the last one is the newest
    bool wanted = lifecycle ? lifecycle->op == 'I' : exists;
    QVariantMap row = exists ? current : QVariantMap();
    if (wanted) {
        for (const QString& column : table.columns) {
            for (auto e = entries.crbegin(); e != entries.crend(); ++e) {
                if (e->op == 'D')
                    continue;
                const auto value = e->vals.constFind(column);
                if (value == e->vals.constEnd())
                    continue;
                row.insert(column, value->toVariant());
                break;
            }
        }
        row.insert(table.pkColumn, pk);
        for (const ForeignKey& key : table.foreignKeys) {
            const QVariant value = row.value(key.column);
            if (value.isNull() || !value.isValid() || parentExists(key, value))
                continue;
            if (key.onDelete.compare(QStringLiteral("SET NULL"), Qt::CaseInsensitive) == 0) {
                row.insert(key.column, QVariant());
                continue;
            }
            wanted = false;
            const LogEntry& last = entries.last();
            QJsonObject snapshot = QJsonObject::fromVariantMap(row);
            if (const Status added = addConflict(
                    {{QStringLiteral("kind"), QStringLiteral("orphan")},
                     {QStringLiteral("tbl"), table.name},
                     {QStringLiteral("pk"), pk},
                     {QStringLiteral("col"), key.column},
                     {QStringLiteral("kept_device"), last.origin},
                     {QStringLiteral("kept_hlc"), last.hlc},
                     {QStringLiteral("other_value"), value},
                     {QStringLiteral("snapshot"),
                      QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))},
                     {QStringLiteral("pair_key"), key.parentTable + QLatin1Char(':') + value.toString()}},
                    true, result);
                !added)
                return added;
            break;
        }
    }

    if (!wanted && exists) {
        Statement& s = statement(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                                     .arg(quotedIdentifier(table.name), quotedIdentifier(table.pkColumn)));
        s.bind(1, pk);
        if (const Status done = s.exec(); !done)
            return done;
        ++result->rows;
    } else if (wanted && !exists) {
        QStringList columns;
        QStringList marks;
        QVariantList values;
        for (const QString& column : table.columns) {
            if (!row.contains(column))
                continue;
            columns << quotedIdentifier(column);
            values << row.value(column);
            marks << QStringLiteral("?%1").arg(values.size());
        }
        Statement& s = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(quotedIdentifier(table.name), columns.join(QLatin1Char(',')),
                                          marks.join(QLatin1Char(','))));
        for (int i = 0; i < values.size(); ++i)
            s.bind(i + 1, values[i]);
        if (const Status done = s.exec(); !done)
            return Status::failure(
                tr("Cannot add %1 record %2: %3").arg(table.name, pkText(pk), done.message()));
        ++result->rows;
    } else if (wanted) {
        QStringList sets;
        QVariantList values;
        for (const QString& column : table.columns) {
            if (column == table.pkColumn || sameValue(row.value(column), current.value(column)))
                continue;
            values << row.value(column);
            sets << QStringLiteral("%1 = ?%2").arg(quotedIdentifier(column)).arg(values.size() + 1);
        }
        if (!sets.isEmpty()) {
            Statement& s = statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?1")
                                         .arg(quotedIdentifier(table.name), sets.join(QLatin1Char(',')),
                                              quotedIdentifier(table.pkColumn)));
            s.bind(1, pk);
            for (int i = 0; i < values.size(); ++i)
                s.bind(i + 2, values[i]);
            if (const Status done = s.exec(); !done)
                return Status::failure(
                    tr("Cannot update %1 record %2: %3").arg(table.name, pkText(pk), done.message()));
            ++result->rows;
        }
    }

    if (wanted)
        if (const Status done = recordFieldConflicts(table, pk, entries, row, result); !done)
            return done;
    if (!wanted)
        if (const Status done = recordDeleteConflicts(table, pk, entries, result); !done)
            return done;
    if (wanted && !exists && lifecycle && lifecycle->fresh && table.hasColumn(QStringLiteral("emails"))) {
        // Who made it and when is what the comparison needs: the values (shared with the history, a parsed
        // record) are let go, or a package of a million new contacts kept every one of them in memory.
        LogEntry creation = *lifecycle;
        creation.vals = QJsonObject();
        m_created << Created{&table, pk.toLongLong(), std::move(creation),
                             row.value(QStringLiteral("emails")).toString()};
    }
    return Status::success();
}

Status ChangeApplier::recordFieldConflicts(const TableInfo& table, const QVariant& pk,
                                           const QList<LogEntry>& entries, const QVariantMap& finalRow,
                                           ImportResult* result) {
    for (const LogEntry& n : entries) {
        if (!n.fresh || n.op == 'D')
            continue;
        for (const LogEntry& h : entries) {
            if (&h == &n || h.origin == n.origin || h.op == 'D' || (h.fresh && h.key() > n.key()))
                continue; // a pair of fresh entries is looked at once
            if (knows(n, h) || knows(h, n))
                continue;
            const LogEntry& winner = n.newerThan(h) ? n : h;
            const LogEntry& loser = n.newerThan(h) ? h : n;
            for (auto it = n.vals.constBegin(); it != n.vals.constEnd(); ++it) {
                const QString& column = it.key();
                if (ignoredForConflicts(table, column) || !h.vals.contains(column))
                    continue;
                const QVariant lost = loser.vals.value(column).toVariant();
                if (sameValue(lost, winner.vals.value(column).toVariant()) ||
                    sameValue(lost, finalRow.value(column)))
                    continue;
                const QString pair = winner.key() + QLatin1Char('|') + loser.key();
                if (const Status added = addConflict({{QStringLiteral("kind"), QStringLiteral("field")},
                                                      {QStringLiteral("tbl"), table.name},
                                                      {QStringLiteral("pk"), pk},
                                                      {QStringLiteral("col"), column},
                                                      {QStringLiteral("kept_value"), finalRow.value(column)},
                                                      {QStringLiteral("kept_device"), winner.origin},
                                                      {QStringLiteral("kept_hlc"), winner.hlc},
                                                      {QStringLiteral("other_value"), lost},
                                                      {QStringLiteral("other_device"), loser.origin},
                                                      {QStringLiteral("other_hlc"), loser.hlc},
                                                      {QStringLiteral("pair_key"), pair}},
                                                     false, result);
                    !added)
                    return added;
            }
        }
    }
    return Status::success();
}

Status ChangeApplier::recordDeleteConflicts(const TableInfo& table, const QVariant& pk,
                                            const QList<LogEntry>& entries, ImportResult* result) {
    const auto knowsFn = [this](const LogEntry& a, const LogEntry& b) {
        return knows(a, b);
    };
    for (const LogEntry& d : entries) {
        if (d.op != 'D')
            continue;
        for (const LogEntry& e : entries) {
            if (e.op != 'U' || !(d.fresh || e.fresh) || knows(d, e) || knows(e, d))
                continue;
            const QJsonObject snapshot = deletedSnapshot(d, entries, knowsFn);
            const Status added =
                addConflict({{QStringLiteral("kind"), QStringLiteral("deleted")},
                             {QStringLiteral("tbl"), table.name},
                             {QStringLiteral("pk"), pk},
                             {QStringLiteral("col"), QString()},
                             {QStringLiteral("kept_device"), d.origin},
                             {QStringLiteral("kept_hlc"), d.hlc},
                             {QStringLiteral("other_device"), e.origin},
                             {QStringLiteral("other_hlc"), e.hlc},
                             {QStringLiteral("snapshot"),
                              QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))},
                             {QStringLiteral("pair_key"), d.key()}},
                            true, result);
            if (!added)
                return added;
        }
    }
    return Status::success();
}

// The same real customer created on two copies: records this package created are compared, by e-mail, with
// the records created on another copy that neither creation knew of. Those lie in a bounded range of each
// other copy's log (beyond what the creating copy had seen), so one range scan per copy finds them all,
// rather than a full-text search per new e-mail.
Status ChangeApplier::recordDuplicates(ImportResult* result) {
    static const QStringList tablesWithEmails = {QStringLiteral("customers"), QStringLiteral("contacts")};
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    const auto split = [](const QString& emails) {
        return emails.toLower().split(separators, Qt::SkipEmptyParts);
    };
    QList<qint64> origins = m_devices.keys();
    if (!origins.contains(0))
        origins << 0;
    for (const QString& tableName : tablesWithEmails) {
        QList<const Created*> created;
        for (const Created& c : std::as_const(m_created))
            if (c.table->name == tableName)
                created << &c;
        if (created.isEmpty())
            continue;
        const TableInfo& table = *created.first()->table;
        // For each other copy, the first of its changes some new record's creator had not seen.
        QHash<qint64, qint64> unseenAfter;
        for (const Created* c : std::as_const(created))
            for (const qint64 origin : std::as_const(origins))
                if (origin != c->creation.origin) {
                    const qint64 known = knownBy(c->creation.origin, c->creation.seq, origin);
                    const auto it = unseenAfter.find(origin);
                    if (it == unseenAfter.end() || known < it.value())
                        unseenAfter.insert(origin, known);
                }
        QHash<QString, QList<qint64>> byEmail;
        QSet<qint64> candidates;
        for (auto it = unseenAfter.cbegin(); it != unseenAfter.cend(); ++it) {
            Statement& s = statement(QStringLiteral(
                "SELECT pk FROM sync_log WHERE origin = ?1 AND seq > ?2 AND op = 'I' AND tbl = ?3"));
            s.bind(1, it.key()).bind(2, it.value()).bind(3, tableName);
            while (s.next())
                candidates.insert(s.int64(0));
            if (!s.status())
                return s.status();
        }
        for (const qint64 other : std::as_const(candidates)) {
            Statement& s =
                statement(QStringLiteral("SELECT emails FROM %1 WHERE %2 = ?1")
                              .arg(quotedIdentifier(table.name), quotedIdentifier(table.pkColumn)));
            s.bind(1, other);
            if (s.next())
                for (const QString& email : split(s.text(0)))
                    byEmail[email] << other;
        }
        if (byEmail.isEmpty())
            continue;
        for (const Created* c : std::as_const(created)) {
            QSet<qint64> reported;
            for (const QString& email : split(c->emails)) {
                if (email.size() < 3)
                    continue;
                for (const qint64 other : byEmail.value(email)) {
                    if (other == c->pk || reported.contains(other))
                        continue;
                    bool flagged = false;
                    if (const Status done = recordDuplicate(*c, email, other, &flagged, result); !done)
                        return done;
                    if (flagged)
                        reported.insert(other);
                }
            }
        }
    }
    return Status::success();
}

Status ChangeApplier::recordDuplicate(const Created& c, const QString& email, qint64 other, bool* flagged,
                                      ImportResult* result) {
    const QList<LogEntry> otherHistory = history(c.table->name, other);
    const auto created = std::find_if(otherHistory.cbegin(), otherHistory.cend(),
                                      [](const LogEntry& e) { return e.op == 'I'; });
    const LogEntry& creation = c.creation;
    if (created == otherHistory.cend() || created->origin == creation.origin || knows(creation, *created) ||
        knows(*created, creation))
        return Status::success();
    *flagged = true;
    const qint64 a = std::min(other, c.pk);
    const qint64 b = std::max(other, c.pk);
    return addConflict({{QStringLiteral("kind"), QStringLiteral("duplicate")},
                        {QStringLiteral("tbl"), c.table->name},
                        {QStringLiteral("pk"), a},
                        {QStringLiteral("col"), QStringLiteral("emails")},
                        {QStringLiteral("kept_value"), email},
                        {QStringLiteral("kept_device"), a == other ? created->origin : creation.origin},
                        {QStringLiteral("kept_hlc"), a == other ? created->hlc : creation.hlc},
                        {QStringLiteral("other_value"), email},
                        {QStringLiteral("other_device"), a == other ? creation.origin : created->origin},
                        {QStringLiteral("other_hlc"), a == other ? creation.hlc : created->hlc},
                        {QStringLiteral("other_pk"), b},
                        {QStringLiteral("pair_key"), QString::number(b)}},
                       false, result);
}

Status ChangeApplier::addConflict(const QVariantMap& v, bool replaceSnapshot, ImportResult* result) {
    Statement& s =
        statement(QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, pk, col, kept_value, "
                                 "kept_device, kept_hlc, other_value, "
                                 "other_device, other_hlc, other_pk, snapshot, pair_key) VALUES ((SELECT "
                                 "coalesce(max(id), 0) + 1 FROM "
                                 "sync_conflicts), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                                 "ON CONFLICT (kind, tbl, pk, col, "
                                 "pair_key) DO %1 RETURNING id")
                      .arg(replaceSnapshot ? QStringLiteral("UPDATE SET snapshot = excluded.snapshot, "
                                                            "other_device = excluded.other_device, "
                                                            "other_hlc = excluded.other_hlc")
                                           : QStringLiteral("NOTHING")));
    const QStringList names = {
        QStringLiteral("kind"),      QStringLiteral("tbl"),         QStringLiteral("pk"),
        QStringLiteral("col"),       QStringLiteral("kept_value"),  QStringLiteral("kept_device"),
        QStringLiteral("kept_hlc"),  QStringLiteral("other_value"), QStringLiteral("other_device"),
        QStringLiteral("other_hlc"), QStringLiteral("other_pk"),    QStringLiteral("snapshot"),
        QStringLiteral("pair_key")};
    for (int i = 0; i < names.size(); ++i)
        s.bind(i + 1, v.value(names[i]));
    s.bindText(4, v.value(QStringLiteral("col")).toString().toStdString()); // '' rather than NULL
    bool inserted = false;
    while (s.next())
        inserted = true;
    if (!s.status())
        return s.status();
    if (inserted && !replaceSnapshot)
        ++result->conflicts;
    else if (inserted)
        ++result->conflicts; // new or refreshed
    return Status::success();
}

} // namespace rapport::sync
