#pragma once
// Text worth making once: a body's Markdown as HTML, a date written out in a language.
// A bounded, thread-safe map from a key that names everything the text depends on (the
// Markdown itself; the language and the moment) to the text, so an entry is never stale.
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace pmi::site {

class TextMemo {
public:
    explicit TextMemo(std::size_t capacity) : capacity_(capacity) {}

    // The text kept under `key`, else the one make() returns, kept for next time. make() runs
    // outside the lock, so two first readers of a key may both run it (to the same result).
    template <typename Make>
    std::shared_ptr<const std::string> get(std::string_view key, Make&& make) const
    {
        if (auto found = find(key)) return found;
        return keep(std::string(key), make());
    }

private:
    std::shared_ptr<const std::string> find(std::string_view key) const;
    // Keeps `text` under `key`; when the memo is full it is emptied first (the texts are
    // cheap to make again, and a full memo means the content changed shape).
    std::shared_ptr<const std::string> keep(std::string key, std::string text) const;

    std::size_t capacity_;
    mutable std::mutex mutex_;
    mutable std::map<std::string, std::shared_ptr<const std::string>, std::less<>> texts_;
};

}  // namespace pmi::site
