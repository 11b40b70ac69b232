#pragma once
// The demo's partnerships and budgets (site/demo/partnerships.json), read by the same rules
// as the forms. Pairs that already have a partnership are left as they are.
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "db/database.hpp"

namespace pmi::partnerships {

// Throws std::runtime_error when the demo file is missing or breaks a rule.
void load_demo_partnerships(db::Connection& connection, OrganisationId office, Seconds now);

}  // namespace pmi::partnerships
