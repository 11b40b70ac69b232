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
    // Published posts, newest first; with Publish::No, drafts too.
    std::vector<NewsPost> news(int limit, Publish only_published = Publish::Yes);
    std::optional<NewsPost> news_post(std::string_view slug);
    std::optional<NewsPost> news_post(NewsPostId id);

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
