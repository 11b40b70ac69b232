// The partnerships a network takes part in. A partnership takes part in a network when one of
// its partner local governments is a member of the network; there is no separate link for
// officers to set. The member list is the network's own statement of who belongs, kept by its
// staff: a second list of partnerships would drift from it (a municipality that leaves would
// stay linked) and would be one more thing to authorise and keep. Derived, a partnership joins
// with its partner and leaves with it.
#include "networks/network_service.hpp"
#include "networks/network_store.hpp"
#include "networks/rules.hpp"
#include "partnerships/partnership_store.hpp"

namespace pmi::networks {

Result<std::vector<partnerships::Visible>> NetworkService::partnerships(const Actor& actor, std::string_view key)
{
    auto connection = database_.acquire();
    auto network = NetworkStore(*connection).find(key);
    if (!network) return not_found("This network does not exist or was removed.");
    return partnerships::visible_to(*connection, actor, partnerships::PartnershipStore(*connection).with_partners(network->members));
}

std::vector<NetworkOrganisation> NetworkService::taking_part(const Actor& actor, const partnerships::Partnership& partnership)
{
    std::vector<std::string> partners;
    for (const auto* member : partnership.of_kind(partnerships::MemberKind::Partner)) partners.push_back(member->key);
    auto connection = database_.acquire();
    auto networks = NetworkStore(*connection).with_members(partners);
    for (auto& network : networks) hide_contacts(actor, network);
    return networks;
}

std::vector<partnerships::NetworkLink> network_links(const std::vector<NetworkOrganisation>& networks)
{
    std::vector<partnerships::NetworkLink> links;
    for (const auto& network : networks) links.push_back({network.key, network.name});
    return links;
}

}  // namespace pmi::networks
