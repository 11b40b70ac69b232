#include "site/site_store.hpp"

namespace pmi::site {
namespace {

LocalizedText localized(const db::Row& row, std::size_t column)
{
    return LocalizedText::from_json(row.text(column));
}

std::vector<std::string> split_languages(const std::string& joined)
{
    std::vector<std::string> languages;
    std::size_t start = 0;
    while (start < joined.size()) {
        auto comma = joined.find(',', start);
        if (comma == std::string::npos) comma = joined.size();
        if (comma > start) languages.push_back(joined.substr(start, comma - start));
        start = comma + 1;
    }
    return languages;
}

std::string join_languages(const std::vector<std::string>& languages)
{
    std::string joined;
    for (const auto& language : languages) joined += (joined.empty() ? "" : ",") + language;
    return joined;
}

constexpr std::string_view kCountryColumns =
    "SELECT code, region_code, working_languages, name, summary, body, position, updated_at FROM countries";
constexpr std::string_view kAreaColumns = "SELECT code, number, name, summary, body, updated_at FROM programming_areas";
constexpr std::string_view kNewsColumns =
    "SELECT id, slug, title, summary, body, published_at, updated_at FROM news_posts";
constexpr std::string_view kPublishedNews =
    "SELECT id, slug, title, summary, published_at, updated_at FROM news_posts WHERE published_at IS NOT NULL"
    " ORDER BY published_at DESC, id DESC LIMIT ?";

// Every part is cheap: a primary-key lookup, or MAX over a small table or an index.
constexpr std::string_view kContentFingerprint =
    "SELECT (SELECT value FROM settings WHERE name = 'content_version'),"
    " (SELECT updated_at FROM program WHERE id = 1),"
    " (SELECT COUNT(*) FROM regions), (SELECT MAX(updated_at) FROM countries),"
    " (SELECT MAX(updated_at) FROM programming_areas),"
    " (SELECT MAX(id) FROM pages), (SELECT MAX(updated_at) FROM pages),"
    " (SELECT MAX(id) FROM news_posts), (SELECT MAX(updated_at) FROM news_posts)";

Country read_country(const db::Row& row)
{
    return Country{row.text(0), row.text(1), split_languages(row.text(2)), localized(row, 3), localized(row, 4),
                   localized(row, 5), static_cast<int>(row.integer(6)), row.integer(7)};
}

ProgrammingArea read_area(const db::Row& row)
{
    return ProgrammingArea{row.text(0), static_cast<int>(row.integer(1)), localized(row, 2), localized(row, 3),
                           localized(row, 4), row.integer(5)};
}

NewsPost read_news(const db::Row& row)
{
    return NewsPost{NewsPostId{row.integer(0)}, row.text(1),  localized(row, 2), localized(row, 3),
                    localized(row, 4),          row.optional_integer(5), row.integer(6)};
}

}  // namespace

std::optional<Program> SiteStore::program()
{
    auto row = connection_.query_one(
        "SELECT name, tagline, summary, funder, implementer, contact_role, short_name, cash_envelope_cents,"
        " in_kind_commitment_cents, currency, start_year, duration_years, contact_name, contact_email, contact_phone,"
        " updated_at FROM program WHERE id = 1");
    if (!row) return std::nullopt;
    const auto& r = *row;
    return Program{localized(r, 0), localized(r, 1), localized(r, 2), localized(r, 3), localized(r, 4),
                   localized(r, 5), r.text(6), r.integer(7), r.integer(8), r.text(9),
                   static_cast<int>(r.integer(10)), static_cast<int>(r.integer(11)), r.text(12), r.text(13),
                   r.text(14), r.integer(15)};
}

std::vector<Region> SiteStore::regions()
{
    std::vector<Region> regions;
    for (const auto& row : connection_.query("SELECT code, name, position FROM regions ORDER BY position"))
        regions.push_back(Region{row.text(0), localized(row, 1), static_cast<int>(row.integer(2))});
    return regions;
}

std::vector<Country> SiteStore::countries()
{
    static const std::string sql = std::string(kCountryColumns) + " ORDER BY position, code";
    std::vector<Country> countries;
    for (const auto& row : connection_.query(sql)) countries.push_back(read_country(row));
    return countries;
}

std::optional<Country> SiteStore::country(std::string_view code)
{
    static const std::string sql = std::string(kCountryColumns) + " WHERE code = ?";
    auto row = connection_.query_one(sql, {code});
    if (!row) return std::nullopt;
    return read_country(*row);
}

std::vector<ProgrammingArea> SiteStore::areas()
{
    static const std::string sql = std::string(kAreaColumns) + " ORDER BY number";
    std::vector<ProgrammingArea> areas;
    for (const auto& row : connection_.query(sql)) areas.push_back(read_area(row));
    return areas;
}

std::optional<ProgrammingArea> SiteStore::area(std::string_view code)
{
    static const std::string sql = std::string(kAreaColumns) + " WHERE code = ?";
    auto row = connection_.query_one(sql, {code});
    if (!row) return std::nullopt;
    return read_area(*row);
}

std::vector<ContentPage> SiteStore::pages()
{
    std::vector<ContentPage> pages;
    for (const auto& row : connection_.query("SELECT id, slug, title, body, updated_at FROM pages ORDER BY slug"))
        pages.push_back(ContentPage{PageId{row.integer(0)}, row.text(1), localized(row, 2), localized(row, 3), row.integer(4)});
    return pages;
}

std::optional<ContentPage> SiteStore::page(std::string_view slug)
{
    auto row = connection_.query_one("SELECT id, slug, title, body, updated_at FROM pages WHERE slug = ?", {slug});
    if (!row) return std::nullopt;
    return ContentPage{PageId{row->integer(0)}, row->text(1), localized(*row, 2), localized(*row, 3), row->integer(4)};
}

std::vector<NewsPost> SiteStore::published_news(int limit)
{
    std::vector<NewsPost> posts;
    auto rows = connection_.query(kPublishedNews, {limit});
    posts.reserve(rows.size());
    for (const auto& row : rows)
        posts.push_back(NewsPost{NewsPostId{row.integer(0)}, row.text(1), localized(row, 2), localized(row, 3), {},
                                 row.optional_integer(4), row.integer(5)});
    return posts;
}

std::vector<NewsPost> SiteStore::news(int limit, Publish only_published)
{
    static const std::string published = std::string(kNewsColumns) +
                                         " WHERE published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT ?";
    static const std::string with_drafts =
        std::string(kNewsColumns) + " ORDER BY COALESCE(published_at, updated_at) DESC, id DESC LIMIT ?";
    std::vector<NewsPost> posts;
    for (const auto& row : connection_.query(only_published == Publish::Yes ? published : with_drafts, {limit}))
        posts.push_back(read_news(row));
    return posts;
}

std::optional<NewsPost> SiteStore::news_post(std::string_view slug)
{
    static const std::string sql = std::string(kNewsColumns) + " WHERE slug = ?";
    auto row = connection_.query_one(sql, {slug});
    if (!row) return std::nullopt;
    return read_news(*row);
}

std::optional<NewsPost> SiteStore::news_post(NewsPostId id)
{
    static const std::string sql = std::string(kNewsColumns) + " WHERE id = ?";
    auto row = connection_.query_one(sql, {id.value});
    if (!row) return std::nullopt;
    return read_news(*row);
}

std::string SiteStore::content_fingerprint()
{
    auto row = connection_.query_one(kContentFingerprint);
    std::string fingerprint;
    for (std::size_t column = 0; row && column < row->size(); ++column)
        fingerprint += (row->is_null(column) ? std::string("-") : row->text(column)) + "|";
    return fingerprint;
}

void SiteStore::bump_content_version()
{
    connection_.execute(
        "INSERT INTO settings (name, value) VALUES ('content_version', '1') ON CONFLICT (name)"
        " DO UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)");
}

void SiteStore::save_program(const Program& p)
{
    connection_.execute(
        "INSERT INTO program (id, name, short_name, tagline, summary, funder, implementer, cash_envelope_cents,"
        " in_kind_commitment_cents, currency, start_year, duration_years, contact_name, contact_role, contact_email,"
        " contact_phone, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,"
        " tagline = excluded.tagline, summary = excluded.summary, funder = excluded.funder,"
        " implementer = excluded.implementer, cash_envelope_cents = excluded.cash_envelope_cents,"
        " in_kind_commitment_cents = excluded.in_kind_commitment_cents, currency = excluded.currency,"
        " start_year = excluded.start_year, duration_years = excluded.duration_years,"
        " contact_name = excluded.contact_name, contact_role = excluded.contact_role,"
        " contact_email = excluded.contact_email, contact_phone = excluded.contact_phone, updated_at = excluded.updated_at",
        {p.name.to_json(), p.short_name, p.tagline.to_json(), p.summary.to_json(), p.funder.to_json(),
         p.implementer.to_json(), p.cash_envelope_cents, p.in_kind_commitment_cents, p.currency, p.start_year,
         p.duration_years, p.contact_name, p.contact_role.to_json(), p.contact_email, p.contact_phone, p.updated_at});
}

void SiteStore::save_region(const Region& region)
{
    connection_.execute(
        "INSERT INTO regions (code, name, position) VALUES (?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name, position = excluded.position",
        {region.code, region.name.to_json(), region.position});
}

void SiteStore::save_country(const Country& c)
{
    connection_.execute(
        "INSERT INTO countries (code, region_code, working_languages, name, summary, body, position, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET region_code = excluded.region_code,"
        " working_languages = excluded.working_languages, name = excluded.name, summary = excluded.summary,"
        " body = excluded.body, position = excluded.position, updated_at = excluded.updated_at",
        {c.code, c.region_code, join_languages(c.working_languages), c.name.to_json(), c.summary.to_json(),
         c.body.to_json(), c.position, c.updated_at});
}

void SiteStore::save_area(const ProgrammingArea& a)
{
    connection_.execute(
        "INSERT INTO programming_areas (code, number, name, summary, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET number = excluded.number, name = excluded.name,"
        " summary = excluded.summary, body = excluded.body, updated_at = excluded.updated_at",
        {a.code, a.number, a.name.to_json(), a.summary.to_json(), a.body.to_json(), a.updated_at});
}

void SiteStore::save_page(const std::string& slug, const PageEdit& edit, Seconds now, std::optional<UserId> by)
{
    std::optional<std::int64_t> user;
    if (by) user = by->value;
    connection_.execute(
        "INSERT INTO pages (slug, title, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (slug) DO UPDATE SET title = excluded.title, body = excluded.body,"
        " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        {slug, edit.title.to_json(), edit.body.to_json(), now, user});
}

NewsPostId SiteStore::insert_news(const NewsEdit& edit, std::optional<Seconds> published_at, Seconds now,
                                  std::optional<UserId> by)
{
    std::optional<std::int64_t> user;
    if (by) user = by->value;
    auto row = connection_.query_one(
        "INSERT INTO news_posts (slug, title, summary, body, published_at, created_at, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {edit.slug, edit.title.to_json(), edit.summary.to_json(), edit.body.to_json(), published_at, now, now, user});
    return NewsPostId{row->integer(0)};
}

void SiteStore::update_news(NewsPostId id, const NewsEdit& edit, std::optional<Seconds> published_at, Seconds now,
                            std::optional<UserId> by)
{
    std::optional<std::int64_t> user;
    if (by) user = by->value;
    connection_.execute(
        "UPDATE news_posts SET slug = ?, title = ?, summary = ?, body = ?, published_at = ?, updated_at = ?,"
        " updated_by = ? WHERE id = ?",
        {edit.slug, edit.title.to_json(), edit.summary.to_json(), edit.body.to_json(), published_at, now, user, id.value});
}

}  // namespace pmi::site
