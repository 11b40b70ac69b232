#pragma once
// The partnership a results use case acts on, and what the actor may do with it: the
// partnerships module's own lookup for the work of its staff and officers.
#include "partnerships/access.hpp"

namespace pmi::results {

using PartnershipAccess = partnerships::Visible;

// Fails unauthenticated for visitors, and not found for the public (who may not learn
// whether an unpublished partnership exists) or forbidden when it is published.
inline Result<PartnershipAccess> staff_or_officer(db::Connection& connection, const Actor& actor, partnerships::PartnershipId id)
{
    return partnerships::find_for_members(connection, actor, id);
}

}  // namespace pmi::results
