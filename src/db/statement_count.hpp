#pragma once
// How many SQL statements (queries and executes, on every database) this process has run:
// /metrics shows it, so that what a page costs in statements can be read from outside.
#include <cstdint>

namespace pmi::db {

void count_statement() noexcept;
std::uint64_t statements_run() noexcept;

}  // namespace pmi::db
