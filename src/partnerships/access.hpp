#pragma once
// Who sees what of a partnership: program officers everything; the staff of its members
// (Partner or Applicant role in an organisation linked to one of its directory profiles)
// their own partnerships; everyone else its public fields, when it is published.
#include <set>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

enum class Access { Public, Staff, Officer };

// The directory profiles (by kind and key) that the actor's organisations keep, read once so
// that a list of partnerships costs no query per partnership.
class StaffProfiles {
public:
    StaffProfiles(db::Connection& connection, const Actor& actor);
    Access access(const Actor& actor, const Partnership& partnership) const;

private:
    std::set<std::pair<MemberKind, std::string>> profiles_;
};

Access access_of(db::Connection& connection, const Actor& actor, const Partnership& partnership);

// A partnership and what the actor may do with it.
struct Visible {
    Partnership partnership;
    Access access = Access::Public;
};
// Those of `partnerships` the actor may see, in their order: the actor's own in full, the
// published ones of others with their public fields only.
std::vector<Visible> visible_to(db::Connection& connection, const Actor& actor, std::vector<Partnership> partnerships);
// Not found when it does not exist, or when it is unpublished and not the actor's (who may
// not learn that it exists).
Result<Visible> find_partnership(db::Connection& connection, const Actor& actor, PartnershipId id);
// The same for the work of its staff and officers: unauthenticated for visitors, forbidden
// (with `message`) for anyone else who may see it.
Result<Visible> find_for_members(db::Connection& connection, const Actor& actor, PartnershipId id,
                               std::string message = "Your account is not allowed to do this.");

// The partnership as the public sees it: without contacts or the office.
Partnership public_fields(Partnership partnership);

}  // namespace pmi::partnerships
