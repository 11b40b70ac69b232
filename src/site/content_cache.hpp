#pragma once
// The public site's content kept in memory, so that a public page costs no SQL query and no
// JSON parsing in the common case: one immutable snapshot shared by every request, replaced
// when the content changes, in this process or in another one on the same database.
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "site/content.hpp"
#include "site/text_memo.hpp"

namespace pmi::site {

// Everything the public pages show, read in one go. Immutable once built, except for what
// is kept as readers ask for it (whole news posts, texts made from the content), which goes
// when the snapshot goes.
class SiteContent {
public:
    // The news list's length; the home page shows the first few.
    static constexpr int kLatestNews = 50;

    std::string fingerprint;  // SiteStore::content_fingerprint(), read before the rest
    std::optional<Program> program;
    std::vector<Region> regions;           // by position
    std::vector<Country> countries;        // by position, with their bodies
    std::vector<ProgrammingArea> areas;    // by number, with their bodies
    std::vector<ContentPage> pages;        // by slug, with their bodies
    std::vector<NewsPost> latest_news;     // published, newest first, without their bodies

    // For the pages: bodies rendered from Markdown (keyed by the Markdown), dates and amounts
    // written out (keyed by what, language and value), made once instead of on every request.
    TextMemo html{1024};
    TextMemo formatted{1024};

    // nullptr when there is no such country, area or page.
    const Country* country(std::string_view code) const;
    const ProgrammingArea* area(std::string_view code) const;
    const ContentPage* page(std::string_view slug) const;

    // A whole post (draft or published) kept by keep_news_post; nullptr when none is kept.
    std::shared_ptr<const NewsPost> news_post(std::string_view slug) const;
    // Keeps `post` for the next readers of this snapshot, up to kPostsKept posts (then one
    // kept post makes room).
    void keep_news_post(std::shared_ptr<const NewsPost> post) const;

private:
    static constexpr std::size_t kPostsKept = 256;
    mutable std::mutex posts_mutex_;
    mutable std::map<std::string, std::shared_ptr<const NewsPost>, std::less<>> posts_;
};

using SharedContent = std::shared_ptr<const SiteContent>;

// Hands out the current SiteContent.
//
// Freshness: an edit made through this process calls invalidate() after its commit, so the
// very next request re-reads. Other writers (another `pmi serve` on the same PostgreSQL,
// `pmi demo`, an import) are noticed through SiteStore::content_fingerprint(): the
// content_version counter every edit bumps in its own transaction, plus the newest change of
// each content table for writers that do not bump it. That one query runs at most once per
// second of `clock` (when the second changes), by one thread while the others go on with the
// snapshot they have, so another process's edit shows within about a second. Checking on
// every request would cost a query (a PostgreSQL round trip) per page, more than the rest of
// the page; a longer interval would only show other processes' edits later.
//
// Thread-safe: the snapshot is swapped under a mutex and shared by pointer, and only one
// thread at a time reads the database for it.
class ContentCache {
public:
    ContentCache(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // The current content. Throws db::DatabaseError when it had to be checked or read and
    // the database failed.
    SharedContent current();
    // Call after committing a content edit: the next current() checks the database again.
    void invalidate() { generation_.fetch_add(1); }

private:
    SharedContent refresh();
    static SharedContent load(db::Connection& connection, std::string fingerprint);

    db::Database& database_;
    const Clock& clock_;
    std::atomic<std::uint64_t> generation_{0};  // bumped by invalidate()
    std::mutex refresh_mutex_;                  // one reader of the database at a time
    std::mutex state_mutex_;                    // guards the three fields below
    SharedContent content_;
    Seconds checked_at_ = 0;
    std::uint64_t checked_generation_ = 0;
};

}  // namespace pmi::site
