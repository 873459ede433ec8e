#include "sync/SyncFunctions.h"

#include "storage/Statement.h"

#include <QDateTime>
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

// Debian's libsqlite3 is built with the pre-update hook (see docs/architecture.md); the header declares it
// only when asked.
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

namespace rapport::sync {
namespace {

// The columns one UPDATE changed in one row (index, new value), seen by the pre-update hook and taken by the
// table's capture trigger right after.
struct PendingUpdate {
    sqlite3_int64 rowid = 0;
    std::vector<std::pair<int, sqlite3_value*>> values;
};

void release(std::vector<PendingUpdate>& list) {
    for (PendingUpdate& pending : list)
        for (auto& [index, value] : pending.values)
            sqlite3_value_free(value);
    list.clear();
}

struct ConnectionState {
    bool capture = true;
    qint64 lastHlc = 0;
    std::unordered_map<std::string, std::vector<PendingUpdate>> pending; // by table
    std::unordered_map<std::string, std::vector<std::string>> names;     // column list literal → names
    ~ConnectionState() {
        for (auto& [table, list] : pending)
            release(list);
    }
};

void destroyState(void* state) {
    delete static_cast<ConnectionState*>(state);
}

void captureFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    auto* state = static_cast<ConnectionState*>(sqlite3_user_data(context));
    const bool previous = state->capture;
    if (argc == 1)
        state->capture = sqlite3_value_int(argv[0]) != 0;
    sqlite3_result_int(context, previous ? 1 : 0);
}

void hlcFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    auto* state = static_cast<ConnectionState*>(sqlite3_user_data(context));
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() << 16;
    qint64 floor = 0;
    if (argc == 1 && sqlite3_value_type(argv[0]) != SQLITE_NULL)
        floor = sqlite3_value_int64(argv[0]);
    state->lastHlc = std::max({wall, state->lastHlc + 1, floor + 1});
    sqlite3_result_int64(context, state->lastHlc);
}

// `old IS NOT new` as SQLite compares two values of a column without a collation: numbers by value,
// text and blobs byte by byte, values of different classes are different.
bool differ(sqlite3_value* a, sqlite3_value* b) {
    const int ta = sqlite3_value_type(a);
    const int tb = sqlite3_value_type(b);
    const auto numeric = [](int t) {
        return t == SQLITE_INTEGER || t == SQLITE_FLOAT;
    };
    if (ta == SQLITE_NULL || tb == SQLITE_NULL)
        return ta != tb;
    if (numeric(ta) && numeric(tb)) {
        if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER)
            return sqlite3_value_int64(a) != sqlite3_value_int64(b);
        return sqlite3_value_double(a) != sqlite3_value_double(b);
    }
    if (ta != tb)
        return true;
    const void* pa =
        ta == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(a)) : sqlite3_value_blob(a);
    const int na = sqlite3_value_bytes(a);
    const void* pb =
        tb == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(b)) : sqlite3_value_blob(b);
    const int nb = sqlite3_value_bytes(b);
    return na != nb || (na > 0 && std::memcmp(pa, pb, static_cast<size_t>(na)) != 0);
}

// Appends text as a JSON string, escaped as SQLite's json_object() escapes it.
void appendJsonString(std::string& out, const unsigned char* text, int bytes) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (int i = 0; i < bytes; ++i) {
        const unsigned char c = text[i];
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            switch (c) {
            case '\b':
                out += "\\b";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            }
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

// Appends a value as json_object() writes it. Returns false for a blob, which JSON cannot hold.
bool appendJsonValue(std::string& out, sqlite3_value* value) {
    switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
        out += "null";
        return true;
    case SQLITE_INTEGER:
        out += std::to_string(sqlite3_value_int64(value));
        return true;
    case SQLITE_FLOAT: // SQLite's own text form of a real ("%!.15g"), as json_object() writes it
        out.append(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                   static_cast<size_t>(sqlite3_value_bytes(value)));
        return true;
    case SQLITE_TEXT:
        appendJsonString(out, sqlite3_value_text(value), sqlite3_value_bytes(value));
        return true;
    default:
        return false;
    }
}

// rapport_changes(previous, name1, old1, new1, name2, old2, new2, ...): a JSON object of the columns whose
// new value differs from the old one (name → new value), appended to `previous` (NULL or an object this
// function returned: tables wider than one call's argument limit chain calls); NULL when nothing changed.
// One call replaces a UNION ALL over every column in the update capture trigger.
void changesFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
    if (argc < 1 || (argc - 1) % 3 != 0) {
        sqlite3_result_error(context,
                             "rapport_changes() takes a previous result and (name, old, new) triples", -1);
        return;
    }
    std::string out;
    if (sqlite3_value_type(argv[0]) == SQLITE_TEXT && sqlite3_value_bytes(argv[0]) > 2) {
        out.assign(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])),
                   static_cast<size_t>(sqlite3_value_bytes(argv[0])));
        out.pop_back(); // the closing brace
    }
    for (int i = 1; i + 2 < argc; i += 3) {
        if (!differ(argv[i + 1], argv[i + 2]))
            continue;
        out += out.empty() ? '{' : ',';
        appendJsonString(out, sqlite3_value_text(argv[i]), sqlite3_value_bytes(argv[i]));
        out += ':';
        if (!appendJsonValue(out, argv[i + 2])) {
            sqlite3_result_error(context, "JSON cannot hold BLOB values", -1);
            return;
        }
    }
    if (out.empty()) {
        sqlite3_result_null(context);
        return;
    }
    out += '}';
    sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

// The pre-update hook: for an UPDATE of a rowid table while this connection records changes, keeps the new
// values of the columns that changed until the table's update trigger takes them (rapport_take_changes).
// Tables without a capture trigger (local ones) leave a few entries behind; they are dropped in batches.
void preupdateHook(void* arg, sqlite3* db, int op, const char*, const char* table, sqlite3_int64,
                   sqlite3_int64 newRowid) {
    auto* state = static_cast<ConnectionState*>(arg);
    if (!state->capture || op != SQLITE_UPDATE || !table)
        return;
    PendingUpdate update;
    update.rowid = newRowid;
    const int count = sqlite3_preupdate_count(db);
    for (int i = 0; i < count; ++i) {
        sqlite3_value* before = nullptr;
        sqlite3_value* after = nullptr;
        if (sqlite3_preupdate_old(db, i, &before) != SQLITE_OK ||
            sqlite3_preupdate_new(db, i, &after) != SQLITE_OK)
            continue;
        if (differ(before, after))
            update.values.emplace_back(i, sqlite3_value_dup(after));
    }
    std::vector<PendingUpdate>& list = state->pending[table];
    if (list.size() >= 64)
        release(list);
    list.push_back(std::move(update));
}

// rapport_take_changes(table, rowid, columns): the JSON object of the columns the UPDATE of that row
// changed (NULL if none), from what the pre-update hook kept; the third argument names the table's columns,
// in order, separated by U+001F. Fails, rather than losing a change, when the hook saw no such update.
void takeChangesFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    auto* state = static_cast<ConnectionState*>(sqlite3_user_data(context));
    const char* table = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const sqlite3_int64 rowid = sqlite3_value_int64(argv[1]);
    auto found = table ? state->pending.find(table) : state->pending.end();
    auto it = found == state->pending.end()
                  ? std::vector<PendingUpdate>::iterator()
                  : std::find_if(found->second.begin(), found->second.end(),
                                 [&](const PendingUpdate& p) { return p.rowid == rowid; });
    if (found == state->pending.end() || it == found->second.end()) {
        sqlite3_result_error(context, "sync: an update was not seen by the change capture", -1);
        return;
    }
    const std::string list(reinterpret_cast<const char*>(sqlite3_value_text(argv[2])),
                           static_cast<size_t>(sqlite3_value_bytes(argv[2])));
    auto named = state->names.find(list);
    if (named == state->names.end()) {
        std::vector<std::string> split;
        size_t start = 0;
        while (start <= list.size()) {
            const size_t comma = std::min(list.find('\x1f', start), list.size());
            split.push_back(list.substr(start, comma - start));
            start = comma + 1;
        }
        named = state->names.emplace(list, std::move(split)).first;
    }
    std::string out;
    bool failed = false;
    for (auto& [index, value] : it->values) {
        if (index < 0 || static_cast<size_t>(index) >= named->second.size())
            continue;
        const std::string& name = named->second[static_cast<size_t>(index)];
        if (name.empty()) // a derived column (SyncSchema::isDerivedColumn): not recorded
            continue;
        out += out.empty() ? '{' : ',';
        appendJsonString(out, reinterpret_cast<const unsigned char*>(name.data()),
                         static_cast<int>(name.size()));
        out += ':';
        failed = failed || !appendJsonValue(out, value);
    }
    std::vector<PendingUpdate> taken;
    taken.push_back(std::move(*it));
    found->second.erase(it);
    release(taken);
    if (failed) {
        sqlite3_result_error(context, "JSON cannot hold BLOB values", -1);
        return;
    }
    if (out.empty()) {
        sqlite3_result_null(context);
        return;
    }
    out += '}';
    sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

bool setCapture(sqlite3* db, bool on) {
    Statement statement(db, "SELECT rapport_sync_capture(?1)");
    statement.bind(1, on ? 1 : 0);
    return statement.next() ? statement.int64(0) != 0 : true;
}

} // namespace

bool captureActive(sqlite3* db) {
    Statement statement(db, "SELECT rapport_sync_capture()");
    return statement.next() && statement.int64(0) != 0;
}

int registerSyncFunctions(sqlite3* db) {
    auto* state = new ConnectionState;
    // Both functions share one state; the first registration owns it and frees it when the connection closes.
    int rc = sqlite3_create_function_v2(db, "rapport_sync_capture", -1, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                        &captureFunction, nullptr, nullptr, &destroyState);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_hlc", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                        &hlcFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_changes", -1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                        &changesFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_take_changes", 3, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                        &takeChangesFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_preupdate_hook(db, &preupdateHook, state);
    return rc;
}

CaptureSuspension::CaptureSuspension(sqlite3* db) : m_db(db) {
    m_previous = setCapture(m_db, false);
}

CaptureSuspension::~CaptureSuspension() {
    setCapture(m_db, m_previous);
}

} // namespace rapport::sync
