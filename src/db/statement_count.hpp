#pragma once
// Statements (query and execute) this thread has run on any connection: the request log
// reports how many each request ran, a number that must not grow with the data.
#include <cstdint>

namespace pmi::db {

std::uint64_t statements_run_on_this_thread();
void count_statement();  // called by the connections for each statement they run

}  // namespace pmi::db
