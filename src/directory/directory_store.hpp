#pragma once
// SQL for the partner directory.
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "db/database.hpp"
#include "directory/directory.hpp"

namespace pmi::directory {

class DirectoryStore {
public:
    explicit DirectoryStore(db::Connection& connection) : connection_(connection) {}

    PartnerPage partners(const PartnerFilter& filter);
    std::vector<PartnerGovernment> all_partners();
    std::optional<PartnerGovernment> partner(std::string_view key);
    std::optional<PartnerGovernment> partner(PartnerId id);
    std::optional<PartnerGovernment> partner_of(OrganisationId organisation);
    // Inserts when the id is not valid, updates otherwise; returns the id.
    PartnerId save(const PartnerGovernment& partner, Seconds now);
    bool remove_partner(PartnerId id);

    std::vector<MunicipalTeam> teams();
    std::optional<MunicipalTeam> team(std::string_view key);
    std::optional<MunicipalTeam> team(TeamId id);
    std::optional<MunicipalTeam> team_of(OrganisationId organisation);
    TeamId save(const MunicipalTeam& team, Seconds now);
    bool remove_team(TeamId id);

    // For code that serves both kinds of profile.
    template <typename Profile, typename Key>
    std::optional<Profile> find(const Key& key)
    {
        if constexpr (std::is_same_v<Profile, PartnerGovernment>) return partner(key);
        else return team(key);
    }
    bool remove(PartnerId id) { return remove_partner(id); }
    bool remove(TeamId id) { return remove_team(id); }

    std::int64_t partner_count();
    std::int64_t team_count();

private:
    db::Connection& connection_;
};

}  // namespace pmi::directory
