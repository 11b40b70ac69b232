#pragma once
// Network organisations: national associations of municipalities of the seven partner
// countries, and regional and global networks of local governments, with the partner local
// governments that are their members.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::networks {

using NetworkId = Id<struct NetworkOrganisationTag>;

enum class NetworkKind { NationalAssociation, RegionalNetwork, GlobalNetwork };
std::string_view kind_code(NetworkKind kind);
std::optional<NetworkKind> kind_from_code(std::string_view code);
std::string_view kind_label(NetworkKind kind);  // an English message id
const std::vector<NetworkKind>& all_kinds();

// A place on the map, in decimal degrees.
struct Coordinates {
    double latitude = 0, longitude = 0;
};

struct NetworkOrganisation {
    NetworkId id;
    std::string key;  // in addresses: /networks/<key>
    NetworkKind kind = NetworkKind::NationalAssociation;
    std::string country;  // ISO code; national associations only
    std::string name;
    LocalizedText description;
    std::string website;
    std::string contact_name, contact_email;
    std::optional<Coordinates> seat;   // drawn there on the map; else at its country, if any
    std::vector<std::string> members;  // partner keys of the directory
    OrganisationId organisation;       // the account organisation whose staff keep the profile
    Seconds updated_at = 0;
};

}  // namespace pmi::networks
