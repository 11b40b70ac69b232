#pragma once
// Results of a pure, costly function of a string key (a translation, a date in a locale,
// Markdown rendered to HTML), kept for the next caller. Bounded: when full it starts again
// empty, so memory stays fixed whatever the keys; readers share a lock.
#include <cstddef>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace pmi {

class Memo {
public:
    // `max_entries` keys at most, and at most `max_bytes` of keys and values together.
    explicit Memo(std::size_t max_entries, std::size_t max_bytes = 16 * 1024 * 1024) : max_entries_(max_entries), max_bytes_(max_bytes) {}

    // The value kept for `key`, or compute() kept and returned. compute runs outside the lock
    // (two callers may compute the same key once each; both get the same value).
    template <typename Compute>
    std::string get(const std::string& key, Compute&& compute)
    {
        {
            std::shared_lock lock(mutex_);
            if (auto found = values_.find(key); found != values_.end()) return found->second;
        }
        std::string value = std::forward<Compute>(compute)();
        const std::size_t size = key.size() + value.size();
        if (size > max_bytes_ / 16) return value;  // one huge value would evict everything
        std::unique_lock lock(mutex_);
        if (values_.size() >= max_entries_ || bytes_ + size > max_bytes_) {
            values_.clear();
            bytes_ = 0;
        }
        if (values_.emplace(key, value).second) bytes_ += size;
        return value;
    }

    std::size_t size() const
    {
        std::shared_lock lock(mutex_);
        return values_.size();
    }

private:
    const std::size_t max_entries_, max_bytes_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, std::string> values_;
    std::size_t bytes_ = 0;
};

}  // namespace pmi
