#pragma once

#include "entity/FieldDescriptor.h"
#include "io/DateParser.h"
#include "io/PhoneNumberNormalizer.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>

namespace rapport {

// Turns one imported cell (UTF-8) into its stored form, the way FieldNormalizer does for typed input, but
// without QString round trips for the common cases: ASCII e-mail addresses, E.164 phone numbers and ISO
// dates are checked on the bytes; everything else goes through EmailAddress, PhoneNumberNormalizer and
// DateParser.
class ValueRules final {
    Q_DECLARE_TR_FUNCTIONS(ValueRules)
public:
    explicit ValueRules(const QString& region) : m_phones(region) {}

    // Writes the stored value to `out` (empty: NULL). Returns false with a translated reason.
    bool normalize(const FieldDescriptor& field, std::string_view in, DateParser::Order order,
                   std::string& out, QString& reason) const;

    static std::string_view trim(std::string_view text);
    // Fast check of an ASCII address with EmailAddress's rules; non-ASCII goes to EmailAddress::isValid.
    static bool isValidEmail(std::string_view address);

private:
    bool emails(std::string_view in, std::string& out, QString& reason) const;
    bool phones(std::string_view in, std::string& out, QString& reason) const;
    static void tags(std::string_view in, std::string& out);

    PhoneNumberNormalizer m_phones;
};

} // namespace rapport
