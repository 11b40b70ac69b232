#pragma once
// The demo's network organisations (site/demo/networks.json), loaded once.
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::networks {

// Nothing when any network exists. Throws std::runtime_error when the demo file is missing.
void load_demo_networks(db::Connection& connection, Seconds now);

}  // namespace pmi::networks
