#include "repository/FieldNormalizer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace rapport {

QString FieldNormalizer::toStoredDateTime(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString FieldNormalizer::nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool FieldNormalizer::isValidEmail(const QString& address) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s;,<>"]+@[^@\s;,<>".]+(\.[^@\s;,<>".]+)+$)"));
    return pattern.match(address).hasMatch();
}

QStringList FieldNormalizer::splitList(const QString& text, FieldType type) {
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    static const QRegularExpression emailSeparators(QStringLiteral("[;,\\s]+"));
    QStringList items;
    const QStringList parts = text.split(type == FieldType::EmailList ? emailSeparators : separators);
    for (const QString& part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const bool duplicate = items.contains(item, Qt::CaseInsensitive);
        if (!duplicate)
            items << item;
    }
    return items;
}

QList<FieldError> FieldNormalizer::normalizeField(const FieldDescriptor& field, QVariant& value) {
    QList<FieldError> errors;
    auto fail = [&](const QString& message) {
        errors.append({field.name, message});
    };
    const bool empty = !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
    if (empty) {
        if (field.required)
            fail(tr("%1 is required.").arg(field.translatedLabel()));
        value = field.defaultValue.isValid()       ? field.defaultValue
                : field.type == FieldType::Boolean ? QVariant(0)
                                                   : QVariant();
        return errors;
    }
    const QString text = value.toString().trimmed();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        value = text;
        break;
    case FieldType::Url: {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || text.contains(QLatin1Char(' ')))
            fail(tr("“%1” is not a web address.").arg(text));
        value = text;
        break;
    }
    case FieldType::Email:
        if (!isValidEmail(text))
            fail(tr("“%1” is not an e-mail address.").arg(text));
        value = text;
        break;
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Percent: {
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (!ok)
            fail(field.type == FieldType::Money     ? tr("“%1” is not an amount.").arg(text)
                 : field.type == FieldType::Percent ? tr("“%1” is not a percentage.").arg(text)
                                                    : tr("“%1” is not a whole number.").arg(text));
        else if (field.type == FieldType::Percent && (number < 0 || number > 10000))
            fail(tr("%1 basis points is not a percentage from 0 to 100 %.").arg(number));
        value = ok ? QVariant(number) : QVariant();
        break;
    }
    case FieldType::Boolean: {
        const QString lower = text.toLower();
        if (lower == u"1" || lower == u"true" || lower == u"yes" || lower == u"y")
            value = 1;
        else if (lower == u"0" || lower == u"false" || lower == u"no" || lower == u"n")
            value = 0;
        else
            fail(tr("“%1” is not yes or no.").arg(text));
        break;
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (!date.isValid())
            fail(tr("“%1” is not a date (use YYYY-MM-DD).").arg(text));
        else
            value = date.toString(Qt::ISODate);
        break;
    }
    case FieldType::DateTime: {
        QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime::fromString(text, Qt::ISODate);
        if (!when.isValid()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                when = date.startOfDay();
        }
        if (!when.isValid())
            fail(tr("“%1” is not a date and time (use YYYY-MM-DD HH:MM).").arg(text));
        else
            value = toStoredDateTime(when);
        break;
    }
    case FieldType::Choice: {
        const auto match =
            std::find_if(field.choices.begin(), field.choices.end(), [&](const QString& choice) {
                return choice.compare(text, Qt::CaseInsensitive) == 0;
            });
        if (match == field.choices.end())
            fail(tr("“%1” is not one of: %2.").arg(text, field.choices.join(QStringLiteral(", "))));
        else
            value = *match;
        break;
    }
    case FieldType::Reference: {
        bool ok = false;
        const qlonglong id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            fail(tr("“%1” is not a record id.").arg(text));
        else
            value = id;
        break;
    }
    case FieldType::EmailList:
    case FieldType::PhoneList:
    case FieldType::TagList: {
        const QStringList items = splitList(text, field.type);
        for (const QString& item : items) {
            if (field.type == FieldType::EmailList && !isValidEmail(item))
                fail(tr("“%1” is not an e-mail address.").arg(item));
            if (field.type == FieldType::PhoneList) {
                static const QRegularExpression phone(
                    QStringLiteral(R"(^\+?[0-9 ()./-]{3,}( ?(ext|x)\.? ?[0-9]+)?$)"));
                int digits = 0;
                for (const QChar c : item)
                    digits += c.isDigit() ? 1 : 0;
                if (!phone.match(item).hasMatch() || digits < 3)
                    fail(tr("“%1” is not a phone number.").arg(item));
            }
        }
        value = items.isEmpty() ? QVariant() : QVariant(items.join(QStringLiteral("; ")));
        break;
    }
    }
    return errors;
}

QList<FieldError> FieldNormalizer::normalize(const EntityDescriptor& entity, QVariantMap& values,
                                             bool partial) {
    QList<FieldError> errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!entity.field(it.key()))
            errors.append({it.key(), tr("%1 has no field “%2”; its fields are: %3.")
                                         .arg(entity.translatedLabel(), it.key(),
                                              entity.fieldNames().join(QStringLiteral(", ")))});
    }
    for (const FieldDescriptor& field : entity.fields) {
        if (!values.contains(field.name)) {
            if (partial)
                continue;
            if (field.required) {
                errors.append({field.name, tr("%1 is required.").arg(field.translatedLabel())});
                continue;
            }
        }
        QVariant value = values.value(field.name);
        errors += normalizeField(field, value);
        values.insert(field.name, value);
    }
    if (entity.name == u"contact") {
        const bool hasFirst = !values.value(QStringLiteral("first_name")).toString().isEmpty();
        const bool hasLast = !values.value(QStringLiteral("last_name")).toString().isEmpty();
        const bool touched =
            values.contains(QStringLiteral("first_name")) || values.contains(QStringLiteral("last_name"));
        if (!hasFirst && !hasLast && (!partial || touched))
            errors.append({QStringLiteral("last_name"), tr("A contact needs a first or a last name.")});
    }
    return errors;
}

} // namespace rapport
