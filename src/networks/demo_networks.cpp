#include "networks/demo_networks.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "core/embedded.hpp"
#include "networks/network_store.hpp"

namespace pmi::networks {

void load_demo_networks(db::Connection& connection, const std::map<std::string, OrganisationId>& organisations, Seconds now)
{
    NetworkStore store(connection);
    if (!store.list().empty()) return;
    auto source = embedded::find(embedded::demo(), "site/demo/networks.json");
    if (!source) throw std::runtime_error("the demo data is missing site/demo/networks.json");
    const auto data = nlohmann::json::parse(*source);
    for (const auto& n : data.at("networks")) {
        NetworkOrganisation network;
        network.key = n.at("key");
        network.kind = kind_from_code(n.at("kind").get<std::string>()).value_or(NetworkKind::RegionalNetwork);
        network.country = n.at("country");
        network.name = n.at("name");
        for (const auto& [language, text] : n.at("description").items()) network.description.set(language, text.get<std::string>());
        network.website = n.at("website");
        network.contact_name = n.at("contact_name");
        network.contact_email = n.at("contact_email");
        if (n.contains("organisation")) network.organisation = organisations.at(n.at("organisation").get<std::string>());
        if (n.contains("seat")) network.seat = Coordinates{n.at("seat").at(0).get<double>(), n.at("seat").at(1).get<double>()};
        network.members = store.known_partners(n.at("members").get<std::vector<std::string>>());
        store.save(network, now);
    }
}

}  // namespace pmi::networks
