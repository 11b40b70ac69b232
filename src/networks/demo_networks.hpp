#pragma once
// The demo's network organisations (site/demo/networks.json), loaded once.
#include <map>
#include <string>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "db/database.hpp"

namespace pmi::networks {

// Nothing when any network exists. A network's "organisation" names the demo organisation
// (by its key in `organisations`) whose staff keep it. Throws std::runtime_error when the demo
// file is missing.
void load_demo_networks(db::Connection& connection, const std::map<std::string, OrganisationId>& organisations, Seconds now);

}  // namespace pmi::networks
