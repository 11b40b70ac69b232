#pragma once
// SQL statements (queries and executes, on every connection) run so far: in the whole process,
// which /metrics shows, and on the calling thread, which the request log reports per request.
// Both let one read what a page costs in statements, a number that must not grow with the data.
#include <cstdint>

namespace pmi::db {

void count_statement() noexcept;  // called by the connections for each statement they run
std::uint64_t statements_run() noexcept;
std::uint64_t statements_run_on_this_thread() noexcept;

}  // namespace pmi::db
