#pragma once
#include <functional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace pmi::db {

struct MigrationReport {
    int from_version = 0;
    int to_version = 0;
    std::vector<std::string> applied;
};

// Applies every embedded migration newer than the schema version, each in its own
// transaction; several processes may call it at once (PostgreSQL serialises them with an
// advisory lock, SQLite with its write lock). Throws DatabaseError when a migration fails,
// leaving the schema at the last migration that succeeded.
MigrationReport migrate(Database& database, const std::function<void(const std::string&)>& progress = {});

int schema_version(Connection& connection);

// Keeps the lines of a migration meant for `dialect`: lines between `-- @sqlite` and
// `-- @end` only for SQLite, between `-- @postgres` and `-- @end` only for PostgreSQL;
// `@id@` becomes the dialect's auto-numbered primary key.
std::string migration_for(std::string_view sql, Dialect dialect);

}  // namespace pmi::db
