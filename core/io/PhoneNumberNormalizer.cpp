#include "io/PhoneNumberNormalizer.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wshadow"
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#pragma GCC diagnostic pop

#include <set>
#include <string>

namespace rapport {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberNormalizer::PhoneNumberNormalizer(const QString& defaultRegion)
    : m_region(defaultRegion.trimmed().toUpper()) {}

bool PhoneNumberNormalizer::isKnownRegion(const QString& region) {
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.trimmed().toUpper().toStdString()) > 0;
}

PhoneNumberNormalizer::Result PhoneNumberNormalizer::normalize(const QString& text) const {
    return normalize(text, m_region);
}

PhoneNumberNormalizer::Result PhoneNumberNormalizer::normalize(const QString& text,
                                                               const QString& regionIn) const {
    Result result;
    const QString trimmed = text.trimmed();
    result.value = trimmed;
    if (trimmed.isEmpty()) {
        result.reason = tr("The phone number is empty.");
        return result;
    }
    QString region = regionIn.trimmed().toUpper();
    if (!region.isEmpty() && !isKnownRegion(region))
        region.clear();
    QString input = trimmed;
    const bool international = input.startsWith(QLatin1Char('+')) || input.startsWith(QLatin1String("00"));
    if (!international && region.isEmpty()) {
        result.outcome = Outcome::KeptAsIs;
        result.reason =
            tr("“%1” has no country code and no default country is set, so it was kept as written.")
                .arg(trimmed);
        return result;
    }
    if (region.isEmpty() && input.startsWith(QLatin1String("00")))
        input = QLatin1Char('+') + input.mid(2);

    PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error =
        util->Parse(input.toStdString(), region.isEmpty() ? "ZZ" : region.toStdString(), &number);
    result.outcome = Outcome::Invalid;
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        result.reason = tr("“%1” starts with an unknown country code.").arg(trimmed);
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.reason = tr("“%1” is too short to be a phone number.").arg(trimmed);
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.reason = tr("“%1” is too long to be a phone number.").arg(trimmed);
        return result;
    default:
        result.reason = tr("“%1” is not a phone number.").arg(trimmed);
        return result;
    }
    std::string regionCode;
    util->GetRegionCodeForNumber(number, &regionCode);
    result.region = QString::fromStdString(regionCode);
    if (!util->IsValidNumber(number)) {
        result.reason = region.isEmpty() || international
                            ? tr("“%1” is not a valid phone number.").arg(trimmed)
                            : tr("“%1” is not a valid phone number in %2.").arg(trimmed, region);
        return result;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    result.outcome = Outcome::Normalized;
    result.value = QString::fromStdString(e164);
    if (number.has_extension())
        result.extension = QString::fromStdString(number.extension());
    result.reason.clear();
    return result;
}

} // namespace rapport
