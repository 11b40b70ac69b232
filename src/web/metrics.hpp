#pragma once
// Counters for GET /metrics in the Prometheus text format: requests by route and status,
// a latency histogram, the public page cache's hits and the database pool's use.
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

#include "db/database.hpp"

namespace pmi::web {

class Metrics {
public:
    void record(const std::string& route, int status, double seconds);
    // A public page asked for by a signed-out visitor: served from the page cache or rendered.
    void record_page_cache(bool hit) { ++(hit ? page_cache_hits_ : page_cache_misses_); }
    std::string render(const db::PoolStats& pool) const;

private:
    static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                        0.05,  0.1,    0.25,  0.5,  1.0};
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::array<std::uint64_t, kBuckets.size() + 1> bucket_counts_{};
    double latency_sum_ = 0;
    std::uint64_t latency_count_ = 0;
    std::atomic<std::uint64_t> page_cache_hits_ = 0, page_cache_misses_ = 0;
};

}  // namespace pmi::web
