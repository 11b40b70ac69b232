#include "library/api.hpp"

#include "core/localized_json.hpp"
#include "library/pages.hpp"
#include "library/rules.hpp"
#include "web/json.hpp"

namespace pmi::library {
namespace {

nlohmann::json resource_json(const Resource& resource)
{
    const std::string address = "/resources/" + std::to_string(resource.id.value);
    nlohmann::json json = {{"id", resource.id.value}, {"kind", kind_code(resource.kind)}, {"title", localized_json(resource.title)},
                           {"summary", localized_json(resource.summary)}, {"areas", resource.areas}, {"countries", resource.countries},
                           {"document_language", resource.document_language}, {"published_on", resource.published_on},
                           {"visibility", visibility_code(resource.visibility)}, {"status", status_code(resource.status)},
                           {"url", address}, {"link", resource.link.empty() ? nlohmann::json(nullptr) : nlohmann::json(resource.link)},
                           {"updated_at", resource.updated_at}};
    json["file"] = resource.file ? nlohmann::json{{"name", resource.file->name}, {"content_type", resource.file->content_type},
                                                  {"size", resource.file->size}, {"url", address + "/file"}}
                                 : nlohmann::json(nullptr);
    return json;
}

nlohmann::json counts_json(const std::vector<FacetCount>& counts)
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& count : counts) json[count.code] = count.count;
    return json;
}

}  // namespace

web::Response LibraryApi::list(web::Exchange& exchange)
{
    const auto filter = filter_of(exchange.request.query());
    const auto found = resources_.list(exchange.actor, filter);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& resource : found.resources) list.push_back(resource_json(resource));
    return web::json_response(200, {{"resources", list}, {"total", found.total}, {"page", filter.page}, {"per_page", kResourcesPerPage},
                                    {"facets", {{"kind", counts_json(found.kinds)}, {"area", counts_json(found.areas)},
                                                {"country", counts_json(found.countries)}, {"language", counts_json(found.languages)}}}});
}

web::Response LibraryApi::show(web::Exchange& exchange)
{
    auto found = resources_.resource(exchange.actor, resource_id_of(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    return web::json_response(200, resource_json(*found));
}

std::vector<web::ApiOperation> LibraryApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/resources",
         "Library resources the caller may see (members-only ones for signed-in members), newest first, with counts per facet",
         {},
         {{"area", "string", "a programming area code", false}, {"country", "string", "a partner country code", false},
          {"kind", "string", "guide, tool, case-study or report", false}, {"language", "string", "the document's language code", false},
          {"page", "integer", "from 1, 20 resources a page", false}},
         {{200, "{resources: [...], total, page, per_page, facets: {kind, area, country, language}}"}}},
        {Method::Get, "/api/v1/resources/:id", "One resource; 404 for one the caller may not see", {}, {},
         {{200, "The resource"}, {404, ""}}},
    };
}

}  // namespace pmi::library
