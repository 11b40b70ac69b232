#include "site/content_cache.hpp"

#include "site/site_store.hpp"

namespace pmi::site {

const Country* SiteContent::country(std::string_view code) const
{
    for (const auto& country : countries)
        if (country.code == code) return &country;
    return nullptr;
}

const ProgrammingArea* SiteContent::area(std::string_view code) const
{
    for (const auto& area : areas)
        if (area.code == code) return &area;
    return nullptr;
}

const ContentPage* SiteContent::page(std::string_view slug) const
{
    for (const auto& page : pages)
        if (page.slug == slug) return &page;
    return nullptr;
}

std::shared_ptr<const NewsPost> SiteContent::news_post(std::string_view slug) const
{
    std::lock_guard lock(posts_mutex_);
    auto found = posts_.find(slug);
    return found == posts_.end() ? nullptr : found->second;
}

void SiteContent::keep_news_post(std::shared_ptr<const NewsPost> post) const
{
    std::lock_guard lock(posts_mutex_);
    if (posts_.size() >= kPostsKept && !posts_.contains(post->slug)) posts_.erase(posts_.begin());
    posts_.insert_or_assign(post->slug, std::move(post));
}

SharedContent ContentCache::current()
{
    const Seconds now = clock_.now();
    const std::uint64_t generation = generation_.load();
    SharedContent held;
    {
        std::lock_guard lock(state_mutex_);
        if (content_ && checked_generation_ == generation) {
            if (checked_at_ == now) return content_;
            held = content_;
        }
    }
    if (held) {
        // Only the once-a-second check is due: one thread runs it, the others go on.
        std::unique_lock refreshing(refresh_mutex_, std::try_to_lock);
        if (!refreshing.owns_lock()) return held;
        return refresh();
    }
    // Nothing read yet, or this process changed the content: wait for a fresh read.
    std::lock_guard refreshing(refresh_mutex_);
    return refresh();
}

// Runs under refresh_mutex_. The generation and the time are taken before the database is
// read, so an invalidate() that comes later is never marked as seen.
SharedContent ContentCache::refresh()
{
    const Seconds now = clock_.now();
    const std::uint64_t generation = generation_.load();
    SharedContent previous;
    {
        std::lock_guard lock(state_mutex_);
        if (content_ && checked_generation_ == generation && checked_at_ == now) return content_;
        previous = content_;
    }
    auto connection = database_.acquire();
    db::Transaction transaction(*connection, db::TransactionKind::Read);
    // The fingerprint is read first: an edit committed while the rest is read leaves a
    // fingerprint older than the content, and the next check reads again (never the reverse).
    std::string fingerprint = SiteStore(*connection).content_fingerprint();
    SharedContent next = previous && previous->fingerprint == fingerprint ? previous : load(*connection, std::move(fingerprint));
    transaction.commit();
    std::lock_guard lock(state_mutex_);
    content_ = next;
    checked_at_ = now;
    checked_generation_ = generation;
    return next;
}

SharedContent ContentCache::load(db::Connection& connection, std::string fingerprint)
{
    SiteStore store(connection);
    auto content = std::make_shared<SiteContent>();
    content->fingerprint = std::move(fingerprint);
    content->program = store.program();
    content->regions = store.regions();
    content->countries = store.countries();
    content->areas = store.areas();
    content->pages = store.pages();
    content->latest_news = store.published_news(SiteContent::kLatestNews);
    return content;
}

}  // namespace pmi::site
