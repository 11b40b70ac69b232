#pragma once
// Row locks for writers that must take turns on the same figures.
#include <string_view>

#include "db/database.hpp"

namespace pmi::db {

// The clause that makes a SELECT lock the rows it returns until the transaction ends
// (" FOR UPDATE"); empty on SQLite, where a write transaction already holds the one write lock.
std::string_view for_update(Dialect dialect);

}  // namespace pmi::db
