#pragma once

#include "analytics/DashboardTables.h"

namespace rapport::cli {

// The datasets `rapport-cli report NAME` knows. Each family of reports lives in its own file and returns
// QList<analytics::NamedReport>; reportRegistry() (ReportCommands.cpp) lists each family once.
QList<analytics::NamedReport> reportRegistry();

} // namespace rapport::cli
