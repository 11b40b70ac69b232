#include "db/statement_count.hpp"

#include <atomic>

namespace pmi::db {
namespace {

std::atomic<std::uint64_t> statements{0};
thread_local std::uint64_t statements_on_this_thread = 0;

}  // namespace

void count_statement() noexcept
{
    statements.fetch_add(1, std::memory_order_relaxed);
    ++statements_on_this_thread;
}

std::uint64_t statements_run() noexcept { return statements.load(std::memory_order_relaxed); }
std::uint64_t statements_run_on_this_thread() noexcept { return statements_on_this_thread; }

}  // namespace pmi::db
