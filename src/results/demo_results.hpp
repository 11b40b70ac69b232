#pragma once
// The demo's logic model, indicators, reporting periods and approved values
// (site/demo/results.json), read by the same rules as the forms. Loaded once: nothing is
// added when the logic model has results already.
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::results {

// Throws std::runtime_error when the demo file is missing or breaks a rule.
void load_demo_results(db::Connection& connection, Seconds now);

}  // namespace pmi::results
