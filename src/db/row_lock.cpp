#include "db/row_lock.hpp"

namespace pmi::db {

std::string_view for_update(Dialect dialect) { return dialect == Dialect::Postgres ? " FOR UPDATE" : ""; }

}  // namespace pmi::db
