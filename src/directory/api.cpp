#include "directory/api.hpp"

#include <algorithm>

#include "core/localized_json.hpp"
#include "core/text.hpp"
#include "directory/rules.hpp"
#include "web/json.hpp"

namespace pmi::directory {
namespace {

nlohmann::json levels_json(const AreaLevels& levels)
{
    nlohmann::json json = nlohmann::json::object();
    for (std::size_t i = 0; i < kAreas.size(); ++i) json[std::string(kAreas[i])] = levels[i];
    return json;
}

nlohmann::json partner_json(const PartnerGovernment& p, bool with_contact)
{
    nlohmann::json json = {{"key", p.key}, {"name", p.name}, {"country", p.country}, {"region", p.region},
                           {"level", level_code(p.level)}, {"population", p.population}, {"languages", p.languages},
                           {"interpretation", p.interpretation}, {"needs", levels_json(p.needs)}, {"wanted_partners", p.wanted_partners},
                           {"description", localized_json(p.description)}, {"updated_at", p.updated_at}};
    if (with_contact) json["contact"] = {{"name", p.contact_name}, {"email", p.contact_email}};
    return json;
}

}  // namespace

web::Response DirectoryApi::partners(web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    PartnerFilter filter;
    filter.country = std::string(query.get("country").substr(0, 2));
    filter.area = area_index(query.get("area")) ? std::string(query.get("area")) : "";
    filter.language = std::string(query.get("language").substr(0, 2));
    filter.search = text::lowercase_ascii(text::trim(query.get("q").substr(0, 100)));
    filter.page = std::clamp(std::atoi(std::string(query.get("page").substr(0, 6)).c_str()), 1, 100000);
    auto page = directory_.partners(filter);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& partner : page.partners) list.push_back(partner_json(partner, exchange.actor.signed_in()));
    return web::json_response(200, {{"partners", list}, {"total", page.total}, {"page", filter.page}, {"page_size", kPageSize}});
}

web::Response DirectoryApi::partner(web::Exchange& exchange)
{
    auto found = directory_.partner(exchange.request.path_parameter("key"));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    return web::json_response(200, partner_json(*found, exchange.actor.signed_in()));
}

web::Response DirectoryApi::teams(web::Exchange& exchange)
{
    auto teams = directory_.teams(exchange.actor);
    if (!teams.ok()) return web::json_error(i18n_, exchange, teams.error());
    nlohmann::json list = nlohmann::json::array();
    for (const auto& t : *teams)
        list.push_back({{"key", t.key}, {"name", t.name}, {"province", t.province}, {"population", t.population}, {"languages", t.languages},
                        {"expertise", levels_json(t.expertise)}, {"capacity", t.capacity}, {"past_partners", t.past_partners},
                        {"updated_at", t.updated_at}});
    return web::json_response(200, {{"teams", list}});
}

std::vector<web::ApiOperation> DirectoryApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/partners", "Partner local governments, 50 a page, filtered; contacts for signed-in users only", {},
         {{"country", "string", "BF CI ML KH VN NI BO", false}, {"area", "string", "A programming area needed at priority 2 or 3", false},
          {"language", "string", "A working language: en fr es km vi", false}, {"q", "string", "Part of the name or region", false},
          {"page", "integer", "From 1", false}},
         {{200, "{partners, total, page, page_size}"}}},
        {Method::Get, "/api/v1/partners/:key", "One partner local government", {}, {}, {{200, "The profile"}, {404, ""}}},
        {Method::Get, "/api/v1/teams", "Officers: the Canadian municipal teams", {}, {}, {{200, "{\"teams\": [...]}"}, {401, ""}, {403, ""}}},
    };
}

}  // namespace pmi::directory
