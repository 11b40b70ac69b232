#pragma once
// Use cases of the public site: reading content, and the edits program officers make.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "site/content.hpp"
#include "search/search_index.hpp"
#include "site/content_cache.hpp"

namespace pmi::site {

class SiteStore;

struct WhereWeWork {
    std::vector<Region> regions;
    std::vector<Country> countries;
};

// Public reads come from memory (ContentCache): they see this process's edits at once and
// other processes' within about a second; they throw db::DatabaseError when the content has
// to be read again and the database fails.
class SiteService {
public:
    // With a search index, edits update the search documents of what they change.
    SiteService(db::Database& database, const Clock& clock, const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), search_index_(search_index), cache_(database, clock) {}

    // Everything the public pages show, shared with other requests (never copied).
    SharedContent content();
    // The content, for the home page; fails with NotFound until the program has been loaded
    // (pmi demo or an import).
    Result<SharedContent> home();
    Result<Program> program();
    WhereWeWork countries();
    Result<Country> country(std::string_view code);
    std::vector<ProgrammingArea> areas();
    Result<ProgrammingArea> area(std::string_view code);
    Result<ContentPage> page(std::string_view slug);
    // Published posts, newest first, without their body (lists show none).
    std::vector<NewsPost> news(int limit);
    // The whole post; drafts are visible to program officers only.
    Result<std::shared_ptr<const NewsPost>> news_post(const Actor& actor, std::string_view slug);

    // Program officers and admins only; each change is audited.
    Status can_manage(const Actor& actor) const;
    std::vector<ContentPage> pages_for_editing(const Actor& actor);
    std::vector<NewsPost> news_for_editing(const Actor& actor);
    Result<NewsPost> news_post_for_editing(const Actor& actor, NewsPostId id);
    Status edit_page(const Actor& actor, const std::string& slug, const PageEdit& edit);
    Result<NewsPostId> create_news(const Actor& actor, const NewsEdit& edit);
    Status update_news(const Actor& actor, NewsPostId id, const NewsEdit& edit);

private:
    db::Database& database_;
    // Writes the search documents of the post or page just saved, in the edit's transaction.
    void index(SiteStore& store, db::Connection& connection, NewsPostId id) const;
    void index(SiteStore& store, db::Connection& connection, const std::string& slug) const;

    const Clock& clock_;
    const search::SearchIndex* search_index_;
    ContentCache cache_;
};

}  // namespace pmi::site
