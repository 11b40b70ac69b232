// The network role: program officers give it to the accounts of a network's staff, in the
// network's own account organisation (created the first time), and take it away.
#include <algorithm>
#include <stdexcept>

#include "accounts/user_store.hpp"
#include "audit/audit_log.hpp"
#include "core/text.hpp"
#include "networks/network_service.hpp"
#include "networks/network_store.hpp"

namespace pmi::networks {
namespace {

// The account organisation for the network's staff: the one of its name that no other
// network uses (as the demo's), else a new one named after the network and its key.
OrganisationId own_organisation(db::Connection& connection, const NetworkOrganisation& network, Seconds now)
{
    const auto kind = accounts::OrganisationKind::NetworkOrganisation;
    accounts::OrganisationStore organisations(connection);
    const auto networks = NetworkStore(connection).list();
    auto taken = [&](OrganisationId id) {
        return std::any_of(networks.begin(), networks.end(), [&](const NetworkOrganisation& other) { return other.organisation == id; });
    };
    for (const auto& name : {network.name, network.name + " (" + network.key + ")"}) {
        auto existing = organisations.find_by_name(kind, name);
        if (!existing) return organisations.insert({OrganisationId{}, kind, name, network.country, ""}, now);
        if (!taken(existing->id)) return existing->id;
    }
    throw std::runtime_error("network " + network.key + ": both names of its account organisation are taken by other networks");
}

}  // namespace

Result<NetworkOrganisation> NetworkService::managed(db::Connection& connection, const Actor& actor, std::string_view key) const
{
    TRY(can_create(actor));
    auto network = NetworkStore(connection).find(key);
    if (!network) return not_found("This network does not exist or was removed.");
    return std::move(*network);
}

Result<std::vector<accounts::MembershipRow>> NetworkService::staff(const Actor& actor, std::string_view key)
{
    auto connection = database_.acquire();
    const auto network = TRY(managed(*connection, actor, key));
    std::vector<accounts::MembershipRow> staff;
    if (!network.organisation.valid()) return staff;
    for (auto& row : accounts::OrganisationStore(*connection).memberships_of(network.organisation))
        if (row.role == Role::Network) staff.push_back(std::move(row));
    return staff;
}

Status NetworkService::grant_staff(const Actor& actor, std::string_view key, std::string_view email)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto network = TRY(managed(*connection, actor, key));
        if (email.size() > 254 || !text::plausible_email(text::trim(email)))
            return invalid("email", "Enter the email address of the person's account, such as name@example.org.");
        auto user = accounts::UserStore(*connection).find_by_email(text::normalize_email(text::trim(email)));
        if (!user) return invalid("email", "No account has this email address; ask the person to create one first.");
        accounts::OrganisationStore organisations(*connection);
        if (!network.organisation.valid()) {
            network.organisation = own_organisation(*connection, network, now);
            NetworkStore(*connection).save(network, now);
            if (search_index_) search_index_->save(*connection, search_index_->documents(network));
        }
        if (!organisations.grant(user->user.id, network.organisation, Role::Network, now))
            return conflict("email", "This account already has the network role for this network.");
        audit::AuditLog(*connection).record(now, actor, "membership.grant", "user", std::to_string(user->user.id.value),
                                            "network in organisation " + std::to_string(network.organisation.value) + " (" + network.key + ")");
        return Ok{};
    });
}

Status NetworkService::revoke_staff(const Actor& actor, std::string_view key, MembershipId membership)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        const auto network = TRY(managed(*connection, actor, key));
        accounts::OrganisationStore organisations(*connection);
        auto row = organisations.membership(membership);
        if (!row || row->role != Role::Network || !network.organisation.valid() || row->organisation_id != network.organisation)
            return not_found("This person is not on the network's staff.");
        organisations.revoke(membership);
        audit::AuditLog(*connection).record(now, actor, "membership.revoke", "user", std::to_string(row->user_id.value),
                                            "network in " + row->organisation_name + " (" + network.key + ")");
        return Ok{};
    });
}

}  // namespace pmi::networks
