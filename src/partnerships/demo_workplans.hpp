#pragma once
// The demo partnerships' workplans (site/demo/workplans.json), read by the same rules as the
// forms: activities, some done, some overdue in 2026 and 2027, and milestones. A partnership
// that has activities already is left as it is.
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::partnerships {

// Throws std::runtime_error when the demo file is missing or breaks a rule.
void load_demo_workplans(db::Connection& connection, Seconds now);

}  // namespace pmi::partnerships
