#pragma once
// SQL for partnerships and their members.
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

class PartnershipStore {
public:
    explicit PartnershipStore(db::Connection& connection) : connection_(connection) {}

    // Every partnership with its members, by country, then partner and team names.
    std::vector<Partnership> all();
    std::optional<Partnership> find(PartnershipId id);
    // The partnerships with one of `partner_keys` among their partner local governments.
    std::vector<Partnership> with_partners(const std::vector<std::string>& partner_keys);
    // Throws db::UniqueViolation when the lead pair already has a partnership.
    PartnershipId insert(const Partnership& partnership, Seconds now);
    void update(const Partnership& partnership, Seconds now);
    // The directory profiles (teams and partners, keys only) whose staff are `organisation`'s.
    std::vector<Member> profiles_kept_by(OrganisationId organisation);
    // The keys of the Canadian municipal teams whose staff the user is (the partner or
    // applicant role in the organisation that keeps the team's profile).
    std::vector<std::string> teams_of(UserId user);

private:
    std::vector<Partnership> select(const std::string& where, const db::Parameters& parameters);
    void write_members(const Partnership& partnership);

    db::Connection& connection_;
};

}  // namespace pmi::partnerships
