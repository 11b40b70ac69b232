#include "search/api.hpp"

#include "search/pages.hpp"
#include "web/json.hpp"

namespace pmi::search {

web::Response SearchApi::search(web::Exchange& exchange)
{
    const auto request = search_request(exchange);
    auto found = search_.search(exchange.actor, request);
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& group : found->groups) {
        nlohmann::json hits = nlohmann::json::array();
        for (const auto& hit : group.hits) {
            nlohmann::json snippet = nlohmann::json::array();
            for (const auto& part : hit.snippet) snippet.push_back({{"text", part.text}, {"matched", part.matched}});
            hits.push_back({{"title", hit.title}, {"url", hit.url}, {"snippet", snippet}});
        }
        groups.push_back({{"kind", kind_code(group.kind)}, {"total", group.total}, {"hits", hits}});
    }
    return web::json_response(200, {{"query", request.query}, {"language", request.language}, {"terms", found->terms},
                                     {"total", found->total}, {"groups", groups}});
}

std::vector<web::ApiOperation> SearchApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/search",
         "Site search in the reader's language, grouped by kind, over what the caller may read; accents and case do not matter",
         {},
         {{"q", "string", "The words to find (all of them), at most 200 characters", true},
          {"kind", "string", "Only this kind, 20 a page: news call partner network event page", false},
          {"page", "integer", "From 1, with kind", false},
          {"lang", "string", "The language searched: en fr es", false}},
         {{200, "{query, language, terms, total, groups: [{kind, total, hits: [{title, url, snippet: [{text, matched}]}]}]}"}, {422, ""}}},
    };
}

}  // namespace pmi::search
