#pragma once
// The demo's events (site/demo/events.json): a few in 2027 and some already held, with the
// demo accounts registered and, for those held, their attendance.
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::events {

// Loads the events once (nothing when any event exists). Throws std::runtime_error when the
// demo file is missing or a date is not valid.
void load_demo_events(db::Connection& connection, Seconds now);

}  // namespace pmi::events
