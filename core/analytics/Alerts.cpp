#include "analytics/Alerts.h"

#include "analytics/AlertsRules.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QHash>
#include <array>

namespace rapport::analytics {
namespace {

struct KindInfo {
    AlertKind kind;
    const char* name;
    const char* entity;
};

constexpr std::array<KindInfo, 7> kinds{{
    {AlertKind::TaskOverdue, "task_overdue", "task"},
    {AlertKind::PastClose, "past_close", "opportunity"},
    {AlertKind::ClosingSoon, "closing_soon", "opportunity"},
    {AlertKind::LeadUncontacted, "lead_uncontacted", "lead"},
    {AlertKind::StaleDeal, "stale_deal", "opportunity"},
    {AlertKind::QuotaBehind, "quota_behind", "sales_rep"},
    {AlertKind::BuyingDrop, "buying_drop", "customer"},
}};

const KindInfo& info(AlertKind kind) {
    return kinds[size_t(kind)];
}

QString stateKey(AlertKind kind, qint64 recordId) {
    return alertKindName(kind) + QLatin1Char(':') + QString::number(recordId);
}

QString isoTime(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

struct StoredState {
    QString conditionKey;
    QString state;
    QDateTime until;
};

} // namespace

QString alertKindName(AlertKind kind) {
    return QString::fromLatin1(info(kind).name);
}

std::optional<AlertKind> alertKindFromName(const QString& name) {
    for (const KindInfo& k : kinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString alertEntityName(AlertKind kind) {
    return QString::fromLatin1(info(kind).entity);
}

QList<AlertKind> allAlertKinds() {
    QList<AlertKind> all;
    for (const KindInfo& k : kinds)
        all << k.kind;
    return all;
}

QString Alert::key() const {
    return stateKey(kind, recordId);
}

AlertService::AlertService(Database& db) : m_db(db) {}

qint64 AlertService::defaultUser() const {
    return m_db.meta(QStringLiteral("me_user_id")).toLongLong();
}

AlertSettings AlertService::settings(qint64 userId) const {
    AlertSettings settings;
    Statement row(m_db.handle(),
                  "SELECT closing_days, stale_days, quota_pace_percent, trend_months, "
                  "trend_drop_percent, lead_contact_hours FROM alert_settings WHERE user_id = ?1");
    row.bind(1, userId);
    if (row.next()) {
        settings.closingDays = int(row.int64(0));
        settings.staleDays = int(row.int64(1));
        settings.quotaPacePercent = int(row.int64(2));
        settings.trendMonths = int(row.int64(3));
        settings.trendDropPercent = int(row.int64(4));
        settings.leadContactHours = int(row.int64(5));
    }
    return settings;
}

Status AlertService::validate(const AlertSettings& s) {
    const struct {
        int value, low, high;
        const char* what;
    } checks[] = {
        {s.closingDays, 0, 365, QT_TR_NOOP("Days before the close date")},
        {s.staleDays, 1, 3650, QT_TR_NOOP("Days without activity")},
        {s.quotaPacePercent, 1, 100, QT_TR_NOOP("Quota pace (percent)")},
        {s.trendMonths, 1, 24, QT_TR_NOOP("Buying trend months")},
        {s.trendDropPercent, 1, 100, QT_TR_NOOP("Buying drop (percent)")},
        {s.leadContactHours, 1, 8760, QT_TR_NOOP("Hours to contact a new lead")},
    };
    for (const auto& check : checks)
        if (check.value < check.low || check.value > check.high)
            return Status::failure(tr("%1 must be between %2 and %3, not %4.")
                                       .arg(tr(check.what))
                                       .arg(check.low)
                                       .arg(check.high)
                                       .arg(check.value));
    return Status::success();
}

Status AlertService::saveSettings(qint64 userId, const AlertSettings& s) {
    if (Status valid = validate(s); !valid)
        return valid;
    Transaction transaction(m_db.handle());
    Statement upsert(
        m_db.handle(),
        "INSERT INTO alert_settings (id, user_id, closing_days, stale_days, quota_pace_percent, "
        "trend_months, trend_drop_percent, lead_contact_hours) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8) ON CONFLICT (user_id) DO UPDATE SET closing_days = excluded.closing_days, "
        "stale_days = excluded.stale_days, quota_pace_percent = excluded.quota_pace_percent, "
        "trend_months = excluded.trend_months, trend_drop_percent = excluded.trend_drop_percent, "
        "lead_contact_hours = excluded.lead_contact_hours, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    upsert.bind(1, m_db.ids().next()).bind(2, userId).bind(3, s.closingDays).bind(4, s.staleDays);
    upsert.bind(5, s.quotaPacePercent).bind(6, s.trendMonths).bind(7, s.trendDropPercent);
    upsert.bind(8, s.leadContactHours);
    if (Status done = upsert.exec(); !done)
        return done;
    return transaction.commit();
}

QList<Alert> AlertService::evaluate(qint64 userId, const AlertSettings& settings, const QDateTime& now,
                                    Status* status) const {
    alertrules::RuleContext context{m_db.handle(), userId, settings, now, now.toLocalTime().date()};
    Status failed;
    QList<Alert> all;
    all += alertrules::tasksOverdue(context, &failed);
    all += alertrules::closeDates(context, &failed);
    all += alertrules::leadsUncontacted(context, &failed);
    all += alertrules::staleDeals(context, &failed);
    all += alertrules::quotasBehind(context, &failed);
    all += alertrules::buyingDrops(context, &failed);
    if (status)
        *status = failed;
    std::stable_sort(all.begin(), all.end(),
                     [](const Alert& a, const Alert& b) { return int(a.kind) < int(b.kind); });
    return all;
}

QList<Alert> AlertService::alerts(qint64 userId, const QDateTime& now, bool includeHidden,
                                  Status* status) const {
    Status failed;
    QList<Alert> all = evaluate(userId, settings(userId), now, &failed);
    QHash<QString, StoredState> stored;
    Statement states(m_db.handle(),
                     "SELECT kind, record_id, condition_key, state, snoozed_until FROM alert_states "
                     "WHERE user_id = ?1");
    states.bind(1, userId);
    while (states.next()) {
        const std::optional<AlertKind> kind = alertKindFromName(states.text(0));
        if (kind)
            stored.insert(
                stateKey(*kind, states.int64(1)),
                {states.text(2), states.text(3), QDateTime::fromString(states.text(4), Qt::ISODate)});
    }
    if (!states.status() && failed)
        failed = states.status();
    if (status)
        *status = failed;
    QList<Alert> shown;
    for (Alert& alert : all) {
        const auto found = stored.constFind(alert.key());
        if (found != stored.cend()) {
            if (found->state == u"snoozed" && found->until.isValid() && found->until > now) {
                alert.state = Alert::State::Snoozed;
                alert.snoozedUntil = found->until;
            } else if (found->state == u"dismissed" && found->conditionKey == alert.conditionKey) {
                alert.state = Alert::State::Dismissed;
            }
        }
        if (includeHidden || alert.state == Alert::State::Active)
            shown << alert;
    }
    return shown;
}

std::optional<Alert> AlertService::find(qint64 userId, const QString& key, const QDateTime& now,
                                        Status* status) const {
    Status failed;
    const QList<Alert> all = alerts(userId, now, true, &failed);
    if (!failed) {
        *status = failed;
        return std::nullopt;
    }
    QList<Alert> matches;
    for (const Alert& alert : all)
        if (alert.key() == key || QString::number(alert.recordId) == key)
            matches << alert;
    if (matches.size() == 1) {
        *status = Status::success();
        return matches.first();
    }
    if (matches.isEmpty()) {
        *status = Status::failure(tr("There is no alert “%1” now.").arg(key));
    } else {
        QStringList keys;
        for (const Alert& alert : matches)
            keys << alert.key();
        *status = Status::failure(
            tr("“%1” names more than one alert; say which: %2.").arg(key, keys.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

namespace {

Status writeState(Database& db, qint64 userId, const Alert& alert, const QString& state,
                  const QVariant& until) {
    Transaction transaction(db.handle());
    Statement upsert(
        db.handle(),
        "INSERT INTO alert_states (id, user_id, kind, record_id, condition_key, state, snoozed_until) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (user_id, kind, record_id) DO UPDATE SET "
        "condition_key = excluded.condition_key, state = excluded.state, "
        "snoozed_until = excluded.snoozed_until, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    upsert.bind(1, db.ids().next())
        .bind(2, userId)
        .bind(3, alertKindName(alert.kind))
        .bind(4, alert.recordId);
    upsert.bind(5, alert.conditionKey).bind(6, state).bind(7, until);
    if (Status done = upsert.exec(); !done)
        return done;
    return transaction.commit();
}

} // namespace

Status AlertService::snooze(qint64 userId, const Alert& alert, const QDateTime& until) {
    if (!until.isValid())
        return Status::failure(tr("Snooze until when? The time is missing or not a date."));
    return writeState(m_db, userId, alert, QStringLiteral("snoozed"), isoTime(until));
}

Status AlertService::dismiss(qint64 userId, const Alert& alert) {
    return writeState(m_db, userId, alert, QStringLiteral("dismissed"), QVariant());
}

Status AlertService::restore(qint64 userId, const Alert& alert) {
    Transaction transaction(m_db.handle());
    Statement remove(m_db.handle(),
                     "DELETE FROM alert_states WHERE user_id = ?1 AND kind = ?2 AND record_id = ?3");
    remove.bind(1, userId).bind(2, alertKindName(alert.kind)).bind(3, alert.recordId);
    if (Status done = remove.exec(); !done)
        return done;
    return transaction.commit();
}

} // namespace rapport::analytics
