#include "results/partnership_access.hpp"

#include "partnerships/partnership_store.hpp"

namespace pmi::results {

Result<PartnershipAccess> staff_or_officer(db::Connection& connection, const Actor& actor, partnerships::PartnershipId id)
{
    if (!actor.signed_in()) return unauthenticated();
    auto partnership = partnerships::PartnershipStore(connection).find(id);
    if (!partnership) return not_found();
    const auto access = partnerships::access_of(connection, actor, *partnership);
    if (access == partnerships::Access::Public) return partnership->published ? forbidden() : not_found();
    return PartnershipAccess{std::move(*partnership), access};
}

}  // namespace pmi::results
