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
    // Throws db::UniqueViolation when the lead pair already has a partnership.
    PartnershipId insert(const Partnership& partnership, Seconds now);
    void update(const Partnership& partnership, Seconds now);
    // The directory profiles (teams and partners, keys only) whose staff are `organisation`'s.
    std::vector<Member> profiles_kept_by(OrganisationId organisation);

private:
    std::vector<Partnership> select(const std::string& where, const db::Parameters& parameters);
    void write_members(const Partnership& partnership);

    db::Connection& connection_;
};

}  // namespace pmi::partnerships
