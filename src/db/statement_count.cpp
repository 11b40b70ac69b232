#include "db/statement_count.hpp"

#include <atomic>

namespace pmi::db {
namespace {

std::atomic<std::uint64_t> statements{0};

}  // namespace

void count_statement() noexcept { statements.fetch_add(1, std::memory_order_relaxed); }
std::uint64_t statements_run() noexcept { return statements.load(std::memory_order_relaxed); }

}  // namespace pmi::db
