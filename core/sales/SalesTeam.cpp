#include "sales/SalesTeam.h"

#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace rapport {
namespace {

const EntityDescriptor& salesRep() {
    return *EntityCatalog::find(QStringLiteral("sales_rep"));
}

EntityDescriptor buildUserForm() {
    EntityDescriptor form = EntityCatalog::user();
    for (FieldDescriptor field : salesRep().fields) {
        if (field.name == u"user_id")
            continue;
        field.section = QT_TRANSLATE_NOOP("Field", "Sales");
        field.listedByDefault = false;
        form.fields << field;
    }
    return form;
}

bool isEmptyValue(const QVariant& value) {
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

} // namespace

const EntityDescriptor& SalesTeam::userForm() {
    static const EntityDescriptor form = buildUserForm();
    return form;
}

bool SalesTeam::isProfileField(const QString& name) {
    return name != u"user_id" && salesRep().field(name) != nullptr;
}

SalesTeam::SalesTeam(Database& db) : m_db(db) {}

QList<TeamMember> SalesTeam::members() const {
    QList<TeamMember> result;
    for (const QVariantMap& m : sales::rows(
             m_db.handle(),
             "SELECT u.id, u.name, u.email, u.role, r.id AS rep, r.team, r.country, r.region, r.skills, "
             "r.quota_minor, r.currency, r.quota_period, r.active FROM users u "
             "LEFT JOIN sales_reps r ON r.user_id = u.id ORDER BY u.name COLLATE NOCASE, u.id")) {
        TeamMember member;
        member.userId = m.value(QStringLiteral("id")).toLongLong();
        member.name = m.value(QStringLiteral("name")).toString();
        member.email = m.value(QStringLiteral("email")).toString();
        member.role = m.value(QStringLiteral("role")).toString();
        member.hasProfile = !m.value(QStringLiteral("rep")).isNull();
        member.team = m.value(QStringLiteral("team")).toString();
        member.country = m.value(QStringLiteral("country")).toString();
        member.region = m.value(QStringLiteral("region")).toString();
        member.skills = m.value(QStringLiteral("skills")).toString();
        member.quotaMinor = m.value(QStringLiteral("quota_minor")).toLongLong();
        member.currency = m.value(QStringLiteral("currency")).toString();
        member.quotaPeriod = m.value(QStringLiteral("quota_period")).toString();
        member.active = m.value(QStringLiteral("active")).toInt() != 0;
        result << member;
    }
    return result;
}

QVariantMap SalesTeam::formValues(qint64 userId) const {
    RecordStore store(m_db);
    const std::optional<Record> user = store.get(EntityCatalog::user(), userId);
    if (!user)
        return {};
    QVariantMap values = user->values;
    const qint64 repId =
        sales::scalar(m_db.handle(), "SELECT id FROM sales_reps WHERE user_id = ?1", {userId}).toLongLong();
    if (const std::optional<Record> rep = repId ? store.get(salesRep(), repId) : std::nullopt) {
        for (const FieldDescriptor& field : salesRep().fields)
            if (field.name != u"user_id")
                values.insert(field.name, rep->value(field.name));
    } else {
        for (const FieldDescriptor& field : userForm().fields)
            if (isProfileField(field.name))
                values.insert(field.name, field.defaultValue);
    }
    return values;
}

WriteResult SalesTeam::saveUser(qint64 userId, const QVariantMap& values) {
    WriteResult result;
    QVariantMap userValues;
    QVariantMap profile;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (isProfileField(it.key()))
            profile.insert(it.key(), it.value());
        else if (EntityCatalog::user().field(it.key()))
            userValues.insert(it.key(), it.value());
        else
            result.fieldErrors.append({it.key(), tr("A user has no field “%1”.").arg(it.key())});
    }
    if (!result.fieldErrors.isEmpty())
        return result;
    RecordStore store(m_db);
    Transaction transaction(m_db.handle());
    if (!(result.status = transaction.status()))
        return result;
    if (!userId) {
        result = store.insert(EntityCatalog::user(), userValues);
    } else if (!userValues.isEmpty()) {
        result = store.update(EntityCatalog::user(), userId, userValues);
    } else if (!store.exists(EntityCatalog::user(), userId)) {
        result.status = Status::failure(tr("There is no user with id %1.").arg(userId));
    } else {
        result.id = userId;
    }
    if (!result.ok())
        return result;
    const qint64 repId =
        sales::scalar(m_db.handle(), "SELECT id FROM sales_reps WHERE user_id = ?1", {result.id})
            .toLongLong();
    // A profile makes a user a rep whom the assignment rules may pick: only a team, a territory, skills or a
    // quota create one (the defaults of currency, period and "active" alone do not).
    bool anyValue = false;
    for (const char* key : {"team", "country", "region", "skills", "quota_minor"}) {
        const QVariant v = profile.value(QString::fromLatin1(key));
        anyValue = anyValue || (!isEmptyValue(v) && v.toString() != u"0");
    }
    if (repId || anyValue) {
        WriteResult written;
        if (repId) {
            written =
                profile.isEmpty() ? WriteResult{repId, {}, {}} : store.update(salesRep(), repId, profile);
        } else {
            profile.insert(QStringLiteral("user_id"), result.id);
            written = store.insert(salesRep(), profile);
        }
        if (!written.ok()) {
            written.id = result.id;
            return written;
        }
    }
    result.status = transaction.commit();
    return result;
}

} // namespace rapport
