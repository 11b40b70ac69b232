#pragma once
// The partnership a results use case acts on, and what the actor may do with it.
#include "core/actor.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/access.hpp"

namespace pmi::results {

struct PartnershipAccess {
    partnerships::Partnership partnership;
    partnerships::Access access = partnerships::Access::Public;
};

// Fails unauthenticated for visitors, and not found for the public (who may not learn
// whether an unpublished partnership exists) or forbidden when it is published.
Result<PartnershipAccess> staff_or_officer(db::Connection& connection, const Actor& actor, partnerships::PartnershipId id);

}  // namespace pmi::results
