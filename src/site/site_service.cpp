#include "site/site_service.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "search/index_updates.hpp"
#include "site/rules.hpp"
#include "site/site_store.hpp"

namespace pmi::site {
namespace {

Error program_missing()
{
    return not_found("The program is not set up yet. An administrator loads it with `pmi demo` or an import.");
}

}  // namespace

SharedContent SiteService::content()
{
    return cache_.current();
}

Result<SharedContent> SiteService::home()
{
    auto content = cache_.current();
    if (!content->program) return program_missing();
    return content;
}

Result<Program> SiteService::program()
{
    auto content = cache_.current();
    if (!content->program) return program_missing();
    return *content->program;
}

WhereWeWork SiteService::countries()
{
    auto content = cache_.current();
    return WhereWeWork{content->regions, content->countries};
}

Result<Country> SiteService::country(std::string_view code)
{
    if (code.size() != 2) return not_found();
    auto content = cache_.current();
    const Country* country = content->country(code);
    if (!country) return not_found();
    return *country;
}

std::vector<ProgrammingArea> SiteService::areas()
{
    return cache_.current()->areas;
}

Result<ProgrammingArea> SiteService::area(std::string_view code)
{
    auto content = cache_.current();
    const ProgrammingArea* area = content->area(code);
    if (!area) return not_found();
    return *area;
}

Result<ContentPage> SiteService::page(std::string_view slug)
{
    auto content = cache_.current();
    const ContentPage* page = content->page(slug);
    if (!page) return not_found();
    return *page;
}

std::vector<NewsPost> SiteService::news(int limit)
{
    if (limit >= 0 && limit <= SiteContent::kLatestNews) {
        auto content = cache_.current();
        const auto& latest = content->latest_news;
        return {latest.begin(), latest.begin() + std::min<std::ptrdiff_t>(limit, std::ssize(latest))};
    }
    auto connection = database_.acquire();
    return SiteStore(*connection).published_news(limit);
}

Result<std::shared_ptr<const NewsPost>> SiteService::news_post(const Actor& actor, std::string_view slug)
{
    // The snapshot is taken before the post is read, so a post that changes meanwhile is
    // kept only in a snapshot whose fingerprint is already out of date.
    auto content = cache_.current();
    auto post = content->news_post(slug);
    if (!post) {
        auto connection = database_.acquire();
        auto read = SiteStore(*connection).news_post(slug);
        if (!read) return not_found();
        post = std::make_shared<const NewsPost>(std::move(*read));
        content->keep_news_post(post);
    }
    if (!post->published_at && !actor.runs_program()) return not_found();
    return post;
}

Status SiteService::can_manage(const Actor& actor) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

std::vector<ContentPage> SiteService::pages_for_editing(const Actor& actor)
{
    if (!actor.runs_program()) return {};
    auto connection = database_.acquire();
    return SiteStore(*connection).pages();
}

std::vector<NewsPost> SiteService::news_for_editing(const Actor& actor)
{
    if (!actor.runs_program()) return {};
    auto connection = database_.acquire();
    return SiteStore(*connection).news(1000, Publish::No);
}

Result<NewsPost> SiteService::news_post_for_editing(const Actor& actor, NewsPostId id)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    auto post = SiteStore(*connection).news_post(id);
    if (!post) return not_found();
    return std::move(*post);
}

Status SiteService::edit_page(const Actor& actor, const std::string& slug, const PageEdit& edit)
{
    TRY(can_manage(actor));
    if (auto errors = check_page_edit(slug, edit); !errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    auto saved = db::in_transaction(*connection, [&]() -> Status {
        SiteStore store(*connection);
        bool existed = store.page(slug).has_value();
        store.save_page(slug, edit, now, actor.user_id);
        store.bump_content_version();
        index(store, *connection, slug);
        audit::AuditLog(*connection).record(now, actor, existed ? "page.edit" : "page.create", "page", slug,
                                            "title " + edit.title.get("en"));
        return Ok{};
    });
    if (saved.ok()) cache_.invalidate();
    return saved;
}

Result<NewsPostId> SiteService::create_news(const Actor& actor, const NewsEdit& edit)
{
    TRY(can_manage(actor));
    if (auto errors = check_news_edit(edit); !errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    auto created = db::in_transaction(*connection, [&]() -> Result<NewsPostId> {
        SiteStore store(*connection);
        if (store.news_post(edit.slug)) return conflict("slug", "Another post already uses this address name; choose another.");
        auto published = edit.publish == Publish::Yes ? std::optional<Seconds>(now) : std::nullopt;
        auto id = store.insert_news(edit, published, now, actor.user_id);
        store.bump_content_version();
        index(store, *connection, id);
        audit::AuditLog(*connection).record(now, actor, "news.create", "news_post", std::to_string(id.value),
                                            edit.slug + (published ? ", published" : ", draft"));
        return id;
    });
    if (created.ok()) cache_.invalidate();
    return created;
}

Status SiteService::update_news(const Actor& actor, NewsPostId id, const NewsEdit& edit)
{
    TRY(can_manage(actor));
    if (auto errors = check_news_edit(edit); !errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    auto updated = db::in_transaction(*connection, [&]() -> Status {
        SiteStore store(*connection);
        auto existing = store.news_post(id);
        if (!existing) return not_found();
        if (auto other = store.news_post(edit.slug); other && other->id != id)
            return conflict("slug", "Another post already uses this address name; choose another.");
        // The first publication date is kept when a published post is edited.
        std::optional<Seconds> published;
        if (edit.publish == Publish::Yes) published = existing->published_at.value_or(now);
        store.update_news(id, edit, published, now, actor.user_id);
        store.bump_content_version();
        index(store, *connection, id);
        audit::AuditLog(*connection).record(now, actor, "news.edit", "news_post", std::to_string(id.value),
                                            edit.slug + (published ? ", published" : ", draft"));
        return Ok{};
    });
    if (updated.ok()) cache_.invalidate();
    return updated;
}

void SiteService::index(SiteStore& store, db::Connection& connection, NewsPostId id) const
{
    if (auto post = store.news_post(id)) search::keep_current(search_index_, connection, *post);
}

void SiteService::index(SiteStore& store, db::Connection& connection, const std::string& slug) const
{
    if (auto page = store.page(slug)) search::keep_current(search_index_, connection, *page);
}

}  // namespace pmi::site
