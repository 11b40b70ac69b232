#include "networks/api.hpp"

#include "core/localized_json.hpp"
#include "networks/rules.hpp"
#include "partnerships/view_helpers.hpp"
#include "web/json.hpp"

namespace pmi::networks {
namespace {

nlohmann::json network_json(const NetworkOrganisation& network)
{
    nlohmann::json json = {{"key", network.key}, {"kind", kind_code(network.kind)}, {"country", network.country}, {"name", network.name},
                           {"description", localized_json(network.description)}, {"website", network.website},
                           {"members", network.members}, {"updated_at", network.updated_at}};
    json["seat"] = network.seat ? nlohmann::json{{"latitude", network.seat->latitude}, {"longitude", network.seat->longitude}} : nlohmann::json(nullptr);
    if (!network.contact_name.empty() || !network.contact_email.empty())
        json["contact"] = {{"name", network.contact_name}, {"email", network.contact_email}};
    return json;
}

}  // namespace

web::Response NetworkApi::list(web::Exchange& exchange)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& network : networks_.list(exchange.actor)) list.push_back(network_json(network));
    return web::json_response(200, {{"networks", list}});
}

web::Response NetworkApi::show(web::Exchange& exchange)
{
    auto found = networks_.network(exchange.actor, exchange.request.path_parameter("key"));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    auto json = network_json(*found);
    json["partnerships"] = nlohmann::json::array();
    for (const auto& [partnership, access] : networks_.partnerships(exchange.actor, found->key).value())
        json["partnerships"].push_back({{"id", partnership.id.value}, {"name", partnerships::partnership_name(partnership)}, {"country", partnership.country}});
    return web::json_response(200, json);
}

std::vector<web::ApiOperation> NetworkApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/networks", "Network organisations with their member partner keys; contacts for signed-in users only", {}, {},
         {{200, "{networks: [...]}"}}},
        {Method::Get, "/api/v1/networks/:key", "One network organisation, with the partnerships taking part that the reader may see", {}, {}, {{200, "The profile"}, {404, ""}}},
    };
}

}  // namespace pmi::networks
