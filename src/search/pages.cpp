#include "search/pages.hpp"

#include <algorithm>

namespace pmi::search {
namespace {

std::string address(const std::string& query, std::optional<Kind> kind, int page)
{
    std::string url = "/search?q=" + web::percent_encode(query);
    if (kind) url += "&kind=" + std::string(kind_code(*kind));
    if (page > 1) url += "&page=" + std::to_string(page);
    return url;
}

void add_hits(ctemplate::TemplateDictionary& group, const std::vector<SearchHit>& hits)
{
    for (const auto& hit : hits) {
        auto* row = group.AddSectionDictionary("HIT");
        row->SetValue("TITLE", hit.title);
        row->SetValue("URL", hit.url);
        for (const auto& part : hit.snippet) {
            auto* piece = row->AddSectionDictionary("PART");
            piece->SetValueAndShowSection("TEXT", part.text, part.matched ? "MATCHED" : "PLAIN");
        }
    }
}

}  // namespace

SearchRequest search_request(const web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    SearchRequest request{std::string(query.get("q")), exchange.language, kind_from_code(query.get("kind")), 1};
    request.page = std::clamp(std::atoi(std::string(query.get("page").substr(0, 6)).c_str()), 1, 10000);
    return request;
}

web::Response SearchPages::search(web::Exchange& exchange)
{
    const auto request = search_request(exchange);
    auto found = search_.search(exchange.actor, request);
    web::Page page(views_, exchange, "search/views/search.tpl");
    page.title(request.query.empty() ? page.t("Search") : page.t("Search") + " · " + request.query.substr(0, 60));
    auto& body = page.body();
    body.SetValue("QUERY", request.query.substr(0, kMaxQueryBytes));
    if (!found.ok()) {
        page.errors(flatten(found.error()));
        return page.render(error_code_http_status(found.error().code));
    }
    if (request.query.empty()) return page.render();
    const auto& results = *found;
    body.SetValueAndShowSection("COUNT", views_.i18n.plural(exchange.language, "{1} result", "{1} results", results.total), "SEARCHED");
    if (results.groups.empty()) body.ShowSection("NOTHING_FOUND");
    for (const auto& result : results.groups) {
        auto* group = body.AddSectionDictionary("GROUP");
        group->SetValue("KIND", std::string(kind_code(result.kind)));
        group->SetValue("LABEL", page.t(kind_label(result.kind)));
        group->SetValue("GROUP_COUNT", views_.i18n.plural(exchange.language, "{1} result", "{1} results", result.total));
        add_hits(*group, result.hits);
        if (!request.only && result.total > static_cast<std::int64_t>(result.hits.size()))
            group->SetValueAndShowSection("ALL_URL", address(request.query, result.kind, 1), "ALL");
        if (request.only && request.page > 1)
            group->SetValueAndShowSection("PREVIOUS_URL", address(request.query, result.kind, request.page - 1), "PREVIOUS");
        if (request.only && static_cast<std::int64_t>(request.page) * kHitsPerPage < result.total)
            group->SetValueAndShowSection("NEXT_URL", address(request.query, result.kind, request.page + 1), "NEXT");
    }
    if (request.only) body.SetValueAndShowSection("EVERY_KIND_URL", address(request.query, std::nullopt, 1), "ONE_KIND");
    return page.render();
}

}  // namespace pmi::search
