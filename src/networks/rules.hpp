#pragma once
// The rules of network profiles, pure.
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "networks/network.hpp"

namespace pmi::networks {

inline constexpr std::size_t kMaxMembers = 500;

// Problems with the profile's fields (members are checked against the directory by the service).
std::vector<Error> check_network(const NetworkOrganisation& network);
// Contacts are for signed-in people: empties them for a visitor.
void hide_contacts(const Actor& actor, NetworkOrganisation& network);

}  // namespace pmi::networks
