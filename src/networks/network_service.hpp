#pragma once
// Use cases of network organisations: everyone reads the profiles (contacts for signed-in
// people only); program officers create and edit any, and grant the network role to the
// network's staff; staff (the network role in the account organisation the profile names)
// edit their own profile's description, contacts and members, and nothing of any other.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "accounts/organisation_store.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "networks/network.hpp"
#include "partnerships/access.hpp"
#include "partnerships/network_links.hpp"
#include "search/search_index.hpp"

namespace pmi::networks {

class NetworkService {
public:
    NetworkService(db::Database& database, const Clock& clock, const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), search_index_(search_index) {}

    // Contacts are emptied for visitors who are not signed in.
    std::vector<NetworkOrganisation> list(const Actor& actor);
    Result<NetworkOrganisation> network(const Actor& actor, std::string_view key);

    // The partnerships that take part in the network, those the actor may see (see
    // network_partnerships.cpp for when a partnership takes part).
    Result<std::vector<partnerships::Visible>> partnerships(const Actor& actor, std::string_view key);
    // The networks `partnership` takes part in, contacts emptied for visitors.
    std::vector<NetworkOrganisation> taking_part(const Actor& actor, const partnerships::Partnership& partnership);

    // Forbidden unless the actor runs the program or is staff of this network.
    Status can_edit(const Actor& actor, const NetworkOrganisation& network) const;
    Status can_create(const Actor& actor) const;
    // Creates (officers) or updates the profile of `network.key`. Staff may not change the
    // key, the kind or the account organisation. Members must be in the partner directory.
    Result<NetworkId> save(const Actor& actor, NetworkOrganisation network);

    // Officers: the accounts with the network role for this network.
    Result<std::vector<accounts::MembershipRow>> staff(const Actor& actor, std::string_view key);
    // Officers: gives the account of `email` the network role for this network, creating the
    // network's account organisation the first time. Invalid ("email") when no account has
    // the address; Conflict when the account already has the role there.
    Status grant_staff(const Actor& actor, std::string_view key, std::string_view email);
    // Officers: takes the network role away; NotFound for a membership of another network.
    Status revoke_staff(const Actor& actor, std::string_view key, MembershipId membership);

private:
    Result<NetworkOrganisation> managed(db::Connection& connection, const Actor& actor, std::string_view key) const;

    db::Database& database_;
    const Clock& clock_;
    const search::SearchIndex* search_index_;
};

// The networks as a partnership's page and the API name them.
std::vector<partnerships::NetworkLink> network_links(const std::vector<NetworkOrganisation>& networks);

}  // namespace pmi::networks
