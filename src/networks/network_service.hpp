#pragma once
// Use cases of network organisations: everyone reads the profiles (contacts for signed-in
// people only); program officers create and edit any; a network's own staff (any role in the
// account organisation the profile names) edit their own profile and no other.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "networks/network.hpp"
#include "search/search_index.hpp"

namespace pmi::networks {

class NetworkService {
public:
    NetworkService(db::Database& database, const Clock& clock, const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), search_index_(search_index) {}

    // Contacts are emptied for visitors who are not signed in.
    std::vector<NetworkOrganisation> list(const Actor& actor);
    Result<NetworkOrganisation> network(const Actor& actor, std::string_view key);

    // Forbidden unless the actor runs the program or is staff of this network.
    Status can_edit(const Actor& actor, const NetworkOrganisation& network) const;
    Status can_create(const Actor& actor) const;
    // Creates (officers) or updates the profile of `network.key`. Staff may not change the
    // key, the kind or the account organisation. Members must be in the partner directory.
    Result<NetworkId> save(const Actor& actor, NetworkOrganisation network);

private:
    db::Database& database_;
    const Clock& clock_;
    const search::SearchIndex* search_index_;
};

}  // namespace pmi::networks
