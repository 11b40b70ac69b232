#include "web/page_cache.hpp"

#include <mutex>

namespace pmi::web {
namespace {

std::vector<std::string> cut(std::string_view body, std::string_view slot)
{
    std::vector<std::string> pieces;
    std::size_t from = 0;
    for (auto at = body.find(slot); at != std::string_view::npos; at = body.find(slot, from)) {
        pieces.emplace_back(body.substr(from, at - from));
        from = at + slot.size();
    }
    pieces.emplace_back(body.substr(from));
    return pieces;
}

}  // namespace

std::string fill_slots(std::string_view body, std::string_view slot, std::string_view token)
{
    const auto pieces = cut(body, slot);
    std::string out = pieces.front();
    for (std::size_t i = 1; i < pieces.size(); ++i) out.append(token).append(pieces[i]);
    return out;
}

Response CachedPage::respond(std::string_view token, bool gzip) const
{
    Response response;
    response.status = status;
    response.content_type = content_type;
    for (const auto& [name, value] : headers) response.headers.add(name, value);
    if (gzip) {
        response.body = gzipped.join(token);
        response.headers.set("Content-Encoding", "gzip");
        response.compressible = false;
        return response;
    }
    response.body = pieces.front();
    for (std::size_t i = 1; i < pieces.size(); ++i) response.body.append(token).append(pieces[i]);
    return response;
}

PageCache::PageCache(std::chrono::milliseconds lifetime, std::size_t capacity) : lifetime_(lifetime), capacity_(capacity) {}

std::string PageCache::key(std::string_view language, std::string_view target)
{
    std::string key(language);
    key += ' ';
    key += target;
    return key;
}

std::shared_ptr<const CachedPage> PageCache::find(const std::string& key) const
{
    std::shared_ptr<const CachedPage> page;
    {
        std::shared_lock lock(mutex_);
        if (auto found = pages_.find(key); found != pages_.end()) page = found->second;
    }
    const bool fresh = page && page->generation == generation_ && std::chrono::steady_clock::now() - page->stored_at < lifetime_;
    return fresh ? page : nullptr;
}

std::shared_ptr<const CachedPage> PageCache::store(const std::string& key, const Response& response, std::string_view slot,
                                                   std::uint64_t generation)
{
    auto pieces = cut(response.body, slot);
    auto page = std::make_shared<CachedPage>(CachedPage{response.status, response.content_type, response.headers.entries(), pieces,
                                                        GzipPieces(pieces), std::chrono::steady_clock::now(), generation});
    std::unique_lock lock(mutex_);
    if (pages_.size() >= capacity_ && !pages_.contains(key)) pages_.clear();
    pages_[key] = page;
    return page;
}

}  // namespace pmi::web
