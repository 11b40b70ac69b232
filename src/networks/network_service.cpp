#include "networks/network_service.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "networks/network_store.hpp"
#include "networks/rules.hpp"
#include "search/index_updates.hpp"

namespace pmi::networks {
namespace {

Error network_not_found()
{
    return not_found("This network does not exist or was removed.");
}

}  // namespace

std::vector<NetworkOrganisation> NetworkService::list(const Actor& actor)
{
    auto connection = database_.acquire();
    auto networks = NetworkStore(*connection).list();
    for (auto& network : networks) hide_contacts(actor, network);
    return networks;
}

Result<NetworkOrganisation> NetworkService::network(const Actor& actor, std::string_view key)
{
    auto connection = database_.acquire();
    auto found = NetworkStore(*connection).find(key);
    if (!found) return network_not_found();
    hide_contacts(actor, *found);
    return std::move(*found);
}

Status NetworkService::can_create(const Actor& actor) const
{
    if (!actor.signed_in()) return Error{ErrorCode::Unauthenticated, "", "Sign in to continue."};
    if (!actor.runs_program()) return forbidden("Only program officers add network organisations.");
    return Ok{};
}

Status NetworkService::can_edit(const Actor& actor, const NetworkOrganisation& network) const
{
    if (!actor.signed_in()) return Error{ErrorCode::Unauthenticated, "", "Sign in to continue."};
    if (actor.runs_program()) return Ok{};
    if (network.organisation.valid() && actor.has_role_in(Role::Network, network.organisation)) return Ok{};
    return forbidden("Only program officers and the network's own staff edit this profile.");
}

Result<NetworkId> NetworkService::save(const Actor& actor, NetworkOrganisation network)
{
    std::sort(network.members.begin(), network.members.end());
    network.members.erase(std::unique(network.members.begin(), network.members.end()), network.members.end());
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<NetworkId> {
        NetworkStore store(*connection);
        auto existing = store.find(network.key);
        if (existing) {
            TRY(can_edit(actor, *existing));
            network.id = existing->id;
            if (!actor.runs_program()) {  // staff keep the program's name and classification of their network
                network.name = existing->name;
                network.kind = existing->kind;
                network.country = existing->country;
            }
            network.organisation = existing->organisation;  // changed only by granting the network role
        } else {
            TRY(can_create(actor));
        }
        auto errors = check_network(network);
        const auto known = store.known_partners(network.members);
        for (const auto& member : network.members)
            if (std::find(known.begin(), known.end(), member) == known.end()) {
                errors.push_back(invalid("members", "{1} is not in the partner directory; check the key.", {member}));
                break;
            }
        if (!errors.empty()) return combine(std::move(errors));
        auto id = store.save(network, now);
        audit::AuditLog(*connection).record(now, actor, existing ? "network.edit" : "network.create", "network", network.key, network.name);
        search::keep_current(search_index_, *connection, network);
        return id;
    });
}

}  // namespace pmi::networks
