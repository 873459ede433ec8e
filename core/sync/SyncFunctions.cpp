#include "sync/SyncFunctions.h"

#include "storage/Statement.h"

#include <QDateTime>
#include <algorithm>
#include <sqlite3.h>

namespace rapport::sync {
namespace {

struct ConnectionState {
    bool capture = true;
    qint64 lastHlc = 0;
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

bool setCapture(sqlite3* db, bool on) {
    Statement statement(db, "SELECT rapport_sync_capture(?1)");
    statement.bind(1, on ? 1 : 0);
    return statement.next() ? statement.int64(0) != 0 : true;
}

} // namespace

int registerSyncFunctions(sqlite3* db) {
    auto* state = new ConnectionState;
    // Both functions share one state; the first registration owns it and frees it when the connection closes.
    int rc = sqlite3_create_function_v2(db, "rapport_sync_capture", -1, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                        &captureFunction, nullptr, nullptr, &destroyState);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "rapport_hlc", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                        &hlcFunction, nullptr, nullptr, nullptr);
    return rc;
}

CaptureSuspension::CaptureSuspension(sqlite3* db) : m_db(db) {
    m_previous = setCapture(m_db, false);
}

CaptureSuspension::~CaptureSuspension() {
    setCapture(m_db, m_previous);
}

} // namespace rapport::sync
