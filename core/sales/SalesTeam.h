#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// A user with the sales profile kept beside it (sales_reps): team, territory, skills and quota.
struct TeamMember {
    qint64 userId = 0;
    QString name;
    QString email;
    QString role;
    bool hasProfile = false;
    QString team;
    QString country;
    QString region;
    QString skills;
    qint64 quotaMinor = 0;
    QString currency;
    QString quotaPeriod;
    bool active = false;
};

// Users and their sales profiles edited as one record: the user's form has a "Sales" section (team,
// territory, skills and languages, quota per period), and `rapport-cli add|update user` takes those fields
// too. One save writes the user and the profile in one transaction.
class SalesTeam final {
    Q_DECLARE_TR_FUNCTIONS(SalesTeam)
public:
    // The user's fields followed by the profile's (section "Sales"); the form of a user is built from it.
    static const EntityDescriptor& userForm();
    static bool isUserForm(const EntityDescriptor& entity) { return &entity == &userForm(); }
    // Whether a field of userForm() is stored in the sales profile.
    static bool isProfileField(const QString& name);

    explicit SalesTeam(Database& db);

    QList<TeamMember> members() const;
    // The values of userForm() for a user (empty when there is no such user).
    QVariantMap formValues(qint64 userId) const;
    // Creates (userId 0) or changes a user with any of userForm()'s fields; a profile is created when a
    // profile field gets a value. Field errors name userForm()'s fields.
    WriteResult saveUser(qint64 userId, const QVariantMap& values);

private:
    Database& m_db;
};

} // namespace rapport
