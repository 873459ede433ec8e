#pragma once

// --sql-profile for the benchmarks: sums the time of each SQL statement text on a connection
// (sqlite3_trace_v2 profile events; a statement's triggers count towards it) and prints the costliest.
#include <algorithm>
#include <cstdio>
#include <map>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace bench {

class SqlProfile final {
public:
    void attach(sqlite3* db) { sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, &SqlProfile::onProfile, this); }
    bool empty() const { return m_costs.empty(); }
    void print(size_t count = 25) const {
        std::vector<std::pair<std::string, Cost>> costs(m_costs.begin(), m_costs.end());
        std::sort(costs.begin(), costs.end(),
                  [](const auto& a, const auto& b) { return a.second.seconds > b.second.seconds; });
        costs.resize(std::min(costs.size(), count));
        for (const auto& [sql, cost] : costs)
            std::printf("%8.2f s %9lld x  %.150s\n", cost.seconds, cost.runs, sql.c_str());
    }

private:
    struct Cost {
        double seconds = 0;
        long long runs = 0;
    };
    static int onProfile(unsigned, void* context, void* statement, void* nanoseconds) {
        auto* profile = static_cast<SqlProfile*>(context);
        Cost& cost = profile->m_costs[sqlite3_sql(static_cast<sqlite3_stmt*>(statement))];
        cost.seconds += static_cast<double>(*static_cast<sqlite3_int64*>(nanoseconds)) / 1e9;
        ++cost.runs;
        return 0;
    }
    std::map<std::string, Cost> m_costs;
};

} // namespace bench
