#pragma once
// The site's content in SQL.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "site/content.hpp"

namespace pmi::site {

class SiteStore {
public:
    explicit SiteStore(db::Connection& connection) : connection_(connection) {}

    std::optional<Program> program();
    std::vector<Region> regions();
    std::vector<Country> countries();
    std::optional<Country> country(std::string_view code);
    std::vector<ProgrammingArea> areas();
    std::optional<ProgrammingArea> area(std::string_view code);
    std::vector<ContentPage> pages();
    std::optional<ContentPage> page(std::string_view slug);
    // Published posts, newest first (by publication, then id: the order of an index), without
    // their body, which no list shows: `body` is empty.
    std::vector<NewsPost> published_news(int limit);
    // Whole posts, newest first; with Publish::No, drafts too (ordered by their last edit),
    // for the manage list, which shows which languages each body has.
    std::vector<NewsPost> news(int limit, Publish only_published = Publish::Yes);
    std::optional<NewsPost> news_post(std::string_view slug);
    std::optional<NewsPost> news_post(NewsPostId id);

    // A short text that changes whenever the site's content does: the content_version counter
    // (bumped by every edit through SiteService) and the newest change of each content table
    // (which also catches writers that do not bump it, such as `pmi demo`).
    std::string content_fingerprint();
    // Adds one to the content_version counter; call it in the transaction of the edit.
    void bump_content_version();

    void save_program(const Program& program);
    void save_region(const Region& region);
    void save_country(const Country& country);
    void save_area(const ProgrammingArea& area);
    // Inserts or replaces the page with this slug.
    void save_page(const std::string& slug, const PageEdit& edit, Seconds now, std::optional<UserId> by);
    // Throws db::UniqueViolation when the slug is taken.
    NewsPostId insert_news(const NewsEdit& edit, std::optional<Seconds> published_at, Seconds now, std::optional<UserId> by);
    void update_news(NewsPostId id, const NewsEdit& edit, std::optional<Seconds> published_at, Seconds now,
                     std::optional<UserId> by);

private:
    db::Connection& connection_;
};

}  // namespace pmi::site
