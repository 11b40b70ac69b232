#pragma once
// The demo program's envelope (site/demo/envelope.json): $19.3M cash and $5.1M in kind over
// five fiscal years, read by the same rules as the officers' form; kept when one is set.
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::partnerships {

// Throws std::runtime_error when the demo file is missing or breaks a rule.
void load_demo_envelope(db::Connection& connection, Seconds now);

}  // namespace pmi::partnerships
