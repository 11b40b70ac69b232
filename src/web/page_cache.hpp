#pragma once
// Public pages as signed-out visitors see them, rendered once and served from memory until
// anything changes or `lifetime` passes. A page may hold the visitor's CSRF token (the
// subscription form in every footer does): it is rendered with a slot string in the token's
// place and stored in pieces around it, so each visitor gets their own token without a new
// rendering or a new compression. Changes made by this process empty the cache at once;
// the lifetime bounds how long a change made elsewhere (another process, a deadline that
// passes) can go unseen.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "web/compression.hpp"
#include "web/http.hpp"

namespace pmi::web {

struct CachedPage {
    int status = 200;
    std::string content_type;
    std::vector<std::pair<std::string, std::string>> headers;
    std::vector<std::string> pieces;  // the body, cut at each token slot
    GzipPieces gzipped;
    std::chrono::steady_clock::time_point stored_at;
    std::uint64_t generation = 0;

    // The page for one visitor: `token` in each slot, gzipped when `gzip`.
    Response respond(std::string_view token, bool gzip) const;
};

class PageCache {
public:
    static constexpr std::size_t kMaxPageBytes = 512 * 1024;

    // A zero lifetime turns the cache off.
    explicit PageCache(std::chrono::milliseconds lifetime, std::size_t capacity = 1000);

    bool enabled() const { return lifetime_.count() > 0; }
    static std::string key(std::string_view language, std::string_view target);

    std::shared_ptr<const CachedPage> find(const std::string& key) const;
    // Read before rendering a page, and given to store with it: a change made while the page
    // was rendered then makes it stale at once.
    std::uint64_t generation() const { return generation_; }
    // Keeps `response` cut at every occurrence of `slot`; a full cache is emptied first.
    std::shared_ptr<const CachedPage> store(const std::string& key, const Response& response, std::string_view slot,
                                            std::uint64_t generation);
    // Something changed: no page stored before now is served again.
    void invalidate() { ++generation_; }

private:
    std::chrono::milliseconds lifetime_;
    std::size_t capacity_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<const CachedPage>> pages_;
    std::atomic<std::uint64_t> generation_ = 0;
};

// `body` with every `slot` replaced by `token`.
std::string fill_slots(std::string_view body, std::string_view slot, std::string_view token);

}  // namespace pmi::web
