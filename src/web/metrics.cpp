#include "web/metrics.hpp"

#include <fmt/format.h>

#include "db/statement_count.hpp"

namespace pmi::web {

void Metrics::record(const std::string& route, int status, double seconds)
{
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
    ++bucket_counts_[bucket];
    latency_sum_ += seconds;
    ++latency_count_;
}

std::string Metrics::render(const db::PoolStats& pool) const
{
    std::lock_guard lock(mutex_);
    std::string out;
    out += "# HELP pmi_http_requests_total HTTP requests answered, by route pattern and status.\n";
    out += "# TYPE pmi_http_requests_total counter\n";
    for (const auto& [key, count] : requests_)
        out += fmt::format("pmi_http_requests_total{{route=\"{}\",status=\"{}\"}} {}\n", key.first, key.second, count);
    out += "# HELP pmi_http_request_duration_seconds Time from request to response.\n";
    out += "# TYPE pmi_http_request_duration_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += bucket_counts_[i];
        out += fmt::format("pmi_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", kBuckets[i], cumulative);
    }
    cumulative += bucket_counts_[kBuckets.size()];
    out += fmt::format("pmi_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", cumulative);
    out += fmt::format("pmi_http_request_duration_seconds_sum {:.6f}\n", latency_sum_);
    out += fmt::format("pmi_http_request_duration_seconds_count {}\n", latency_count_);
    out += "# HELP pmi_page_cache_requests_total Public pages asked for by signed-out visitors, by whether the page cache had them.\n";
    out += "# TYPE pmi_page_cache_requests_total counter\n";
    out += fmt::format("pmi_page_cache_requests_total{{result=\"hit\"}} {}\n", page_cache_hits_.load());
    out += fmt::format("pmi_page_cache_requests_total{{result=\"miss\"}} {}\n", page_cache_misses_.load());
    out += "# HELP pmi_database_pool_connections Database connections, by state.\n";
    out += "# TYPE pmi_database_pool_connections gauge\n";
    out += fmt::format("pmi_database_pool_connections{{state=\"in_use\"}} {}\n", pool.in_use);
    out += fmt::format("pmi_database_pool_connections{{state=\"capacity\"}} {}\n", pool.size);
    out += "# HELP pmi_database_pool_waits_total Requests that waited for a free database connection.\n";
    out += "# TYPE pmi_database_pool_waits_total counter\n";
    out += fmt::format("pmi_database_pool_waits_total {}\n", pool.waits);
    out += "# HELP pmi_database_statements_total SQL statements run.\n";
    out += "# TYPE pmi_database_statements_total counter\n";
    out += fmt::format("pmi_database_statements_total {}\n", db::statements_run());
    return out;
}

}  // namespace pmi::web
