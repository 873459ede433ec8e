#include "importer/ValueRules.h"

#include "io/EmailAddress.h"

#include <algorithm>
#include <vector>

namespace rapport {
namespace {

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

template <typename Pred>
void splitOn(std::string_view in, Pred isSeparator, std::vector<std::string_view>& parts) {
    size_t start = 0;
    for (size_t i = 0; i <= in.size(); ++i) {
        if (i == in.size() || isSeparator(in[i])) {
            const std::string_view part = ValueRules::trim(in.substr(start, i - start));
            if (!part.empty())
                parts.push_back(part);
            start = i + 1;
        }
    }
}

bool isDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::string_view ValueRules::trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool ValueRules::isValidEmail(std::string_view a) {
    if (std::any_of(a.begin(), a.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ||
        a.starts_with("mailto:") || a.starts_with('<'))
        return EmailAddress::isValid(text(a));
    if (a.size() > 254)
        return false;
    const size_t at = a.find('@');
    if (at == 0 || at == std::string_view::npos || a.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view local = a.substr(0, at);
    const std::string_view domain = a.substr(at + 1);
    if (local.size() > 64 || local.front() == '.' || local.back() == '.' || local.find("..") != local.npos)
        return false;
    static constexpr std::string_view allowed = "!#$%&'*+/=?^_`{|}~.-";
    for (const char c : local)
        if (!isAsciiAlnum(c) && allowed.find(c) == allowed.npos)
            return false;
    size_t start = 0;
    int labels = 0;
    std::string_view last;
    for (size_t i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain[i] != '.')
            continue;
        const std::string_view label = domain.substr(start, i - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (const char c : label)
            if (!isAsciiAlnum(c) && c != '-')
                return false;
        last = label;
        ++labels;
        start = i + 1;
    }
    return labels >= 2 && last.size() >= 2 && !isDigits(last);
}

bool ValueRules::emails(std::string_view in, std::string& out, QString& reason) const {
    std::vector<std::string_view> parts;
    splitOn(
        in, [](char c) { return c == ';' || c == ',' || c == ' ' || c == '\n' || c == '\t'; }, parts);
    for (const std::string_view part : parts) {
        if (!isValidEmail(part)) {
            reason = tr("“%1” is not an e-mail address.").arg(text(part));
            return false;
        }
        std::string item(part);
        if (item.starts_with("mailto:") || item.starts_with('<'))
            item = EmailAddress::normalized(text(part)).toStdString();
        const size_t at = item.rfind('@');
        std::transform(item.begin() + static_cast<std::ptrdiff_t>(at), item.end(),
                       item.begin() + static_cast<std::ptrdiff_t>(at),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
        if (out.find(item) != std::string::npos)
            continue;
        if (!out.empty())
            out += "; ";
        out += item;
    }
    return true;
}

bool ValueRules::phones(std::string_view in, std::string& out, QString& reason) const {
    std::vector<std::string_view> parts;
    splitOn(
        in, [](char c) { return c == ';' || c == ',' || c == '\n'; }, parts);
    for (const std::string_view part : parts) {
        std::string item;
        // Already E.164: nothing for libphonenumber to do.
        if (part.size() >= 8 && part.size() <= 16 && part[0] == '+' && part[1] != '0' &&
            isDigits(part.substr(1))) {
            item = std::string(part);
        } else {
            const auto result = m_phones.normalize(text(part));
            if (!result.ok()) {
                reason = result.reason.isEmpty() ? tr("“%1” is not a phone number.").arg(text(part))
                                                 : result.reason;
                return false;
            }
            item = result.value.toStdString();
            if (!result.extension.isEmpty())
                item += " ext. " + result.extension.toStdString();
        }
        if (out.find(item) != std::string::npos)
            continue;
        if (!out.empty())
            out += "; ";
        out += item;
    }
    return true;
}

void ValueRules::tags(std::string_view in, std::string& out) {
    std::vector<std::string_view> parts;
    splitOn(
        in, [](char c) { return c == ';' || c == ','; }, parts);
    std::vector<QString> seen;
    for (const std::string_view part : parts) {
        const QString folded = text(part).toCaseFolded();
        if (std::find(seen.begin(), seen.end(), folded) != seen.end())
            continue;
        seen.push_back(folded);
        if (!out.empty())
            out += "; ";
        out += part;
    }
}

bool ValueRules::normalize(const FieldDescriptor& field, std::string_view in, DateParser::Order order,
                           std::string& out, QString& reason) const {
    out.clear();
    const std::string_view value = trim(in);
    if (value.empty())
        return true;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Url:
    case FieldType::Reference:
        out.assign(value);
        return true;
    case FieldType::Email:
        if (!isValidEmail(value)) {
            reason = tr("“%1” is not an e-mail address.").arg(text(value));
            return false;
        }
        out.assign(value);
        return true;
    case FieldType::EmailList:
        return emails(value, out, reason);
    case FieldType::PhoneList:
        return phones(value, out, reason);
    case FieldType::TagList:
        tags(value, out);
        return true;
    case FieldType::Integer:
    case FieldType::Money:   // minor units, as exported
    case FieldType::Percent: // basis points, as exported
        if (!isDigits(value)) {
            reason = tr("“%1” is not a whole number.").arg(text(value));
            return false;
        }
        out.assign(value);
        return true;
    case FieldType::Boolean: {
        const QString lower = text(value).toLower();
        static const QStringList yes{QStringLiteral("1"),   QStringLiteral("yes"), QStringLiteral("true"),
                                     QStringLiteral("y"),   QStringLiteral("x"),   QStringLiteral("tak"),
                                     QStringLiteral("sí"),  QStringLiteral("si"),  QStringLiteral("да"),
                                     QStringLiteral("ναι"), QStringLiteral("بله")};
        static const QStringList no{QStringLiteral("0"),   QStringLiteral("no"),  QStringLiteral("false"),
                                    QStringLiteral("n"),   QStringLiteral("nie"), QStringLiteral("нет"),
                                    QStringLiteral("όχι"), QStringLiteral("خیر")};
        if (yes.contains(lower))
            out = "1";
        else if (no.contains(lower))
            out = "0";
        else {
            reason = tr("“%1” is not yes or no.").arg(text(value));
            return false;
        }
        return true;
    }
    case FieldType::Date: {
        const QDate date = DateParser::parseDate(text(value), order);
        if (!date.isValid()) {
            reason = tr("“%1” is not a date.").arg(text(value));
            return false;
        }
        out = DateParser::toStoredDate(date).toStdString();
        return true;
    }
    case FieldType::DateTime: {
        // The stored form passes through untouched.
        if (value.size() == 20 && value[4] == '-' && value[10] == 'T' && value[19] == 'Z') {
            out.assign(value);
            return true;
        }
        const QDateTime when = DateParser::parseDateTime(text(value), order);
        if (!when.isValid()) {
            reason = tr("“%1” is not a date and time.").arg(text(value));
            return false;
        }
        out = DateParser::toStoredDateTime(when).toStdString();
        return true;
    }
    case FieldType::Choice: {
        const QString t = text(value);
        for (const QString& choice : field.choices) {
            if (choice.compare(t, Qt::CaseInsensitive) == 0) {
                out = choice.toStdString();
                return true;
            }
        }
        reason = tr("“%1” is not one of: %2.").arg(t, field.choices.join(QStringLiteral(", ")));
        return false;
    }
    }
    out.assign(value);
    return true;
}

} // namespace rapport
