#include "storage/SqlFunctions.h"

#include "storage/IdGenerator.h"
#include "storage/SqlText.h"
#include "storage/TextFold.h"

#include <sqlite3.h>
#include <string>
#include <vector>

namespace rapport {
namespace {

std::string_view argText(sqlite3_value* value) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_value_bytes(value)))
                : std::string_view();
}

// The non-NULL arguments, each transformed, joined by spaces (storage/TextFold); NULL when all are NULL.
void joinArguments(sqlite3_context* context, int argc, sqlite3_value** argv,
                   std::string (*transform)(std::string_view)) {
    std::vector<std::string_view> parts;
    parts.reserve(static_cast<size_t>(argc));
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) != SQLITE_NULL)
            parts.push_back(argText(argv[i]));
    }
    if (parts.empty()) {
        sqlite3_result_null(context);
        return;
    }
    const std::string out = joinTransformed(parts, transform);
    sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    joinArguments(context, argc, argv, &foldUtf8);
}

void phoneFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    joinArguments(context, argc, argv, &phoneDigits);
}

void checkComparisonsFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const std::string_view sql = argText(argv[0]);
    const QByteArray out =
        checkListsAsComparisons(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))).toUtf8();
    sqlite3_result_text(context, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

void flagFunction(sqlite3_context* context, int, sqlite3_value**) {
    sqlite3_result_int(context, *static_cast<const int*>(sqlite3_user_data(context)));
}

void newIdFunction(sqlite3_context* context, int, sqlite3_value**) {
    sqlite3_result_int64(context, static_cast<IdGenerator*>(sqlite3_user_data(context))->next());
}

} // namespace

int registerSqlFunctions(sqlite3* db, const int* bulkLoading, const int* replaying, IdGenerator* ids) {
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "rapport_fold", -1, flags, nullptr, &foldFunction, nullptr,
                                        nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_phone", -1, flags, nullptr, &phoneFunction, nullptr,
                                        nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_check_comparisons", 1, flags, nullptr,
                                        &checkComparisonsFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_bulk", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                        const_cast<int*>(bulkLoading), &flagFunction, nullptr, nullptr,
                                        nullptr);
    if (rc == SQLITE_OK)
        rc =
            sqlite3_create_function_v2(db, "rapport_replay", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                       const_cast<int*>(replaying), &flagFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_new_id", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, ids,
                                        &newIdFunction, nullptr, nullptr, nullptr);
    return rc;
}

} // namespace rapport
