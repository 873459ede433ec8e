#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace rapport;

TEST_CASE("a new database gets the whole schema and its identity", "[database]") {
    test::TempDatabase temp;
    CHECK(temp.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK_FALSE(temp.db().meta(QStringLiteral("database_id")).isEmpty());
    Statement appId(temp.db().handle(), "PRAGMA application_id");
    REQUIRE(appId.next());
    CHECK(appId.int64(0) == Database::applicationId);
}
