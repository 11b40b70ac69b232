#pragma once
// Network organisations and their members in SQL.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "networks/network.hpp"

namespace pmi::networks {

class NetworkStore {
public:
    explicit NetworkStore(db::Connection& connection) : connection_(connection) {}

    std::vector<NetworkOrganisation> list();  // by kind, then name, with members
    std::optional<NetworkOrganisation> find(std::string_view key);
    // Inserts or replaces the network of this key, members included. Throws
    // db::UniqueViolation when the key is taken by another network.
    NetworkId save(const NetworkOrganisation& network, Seconds now);
    // The networks with one of `partner_keys` among their members, by kind and name, without
    // their members.
    std::vector<NetworkOrganisation> with_members(const std::vector<std::string>& partner_keys);
    // Which of `keys` are in the partner directory.
    std::vector<std::string> known_partners(const std::vector<std::string>& keys);

private:
    std::vector<std::string> members(NetworkId id);
    db::Connection& connection_;
};

}  // namespace pmi::networks
