#pragma once
// The route table as text, for `pmi routes`: security tests read it to check that every
// route has an expected answer for every role.
#include <ostream>

#include "web/router.hpp"

namespace pmi::web {

// One route a line: method, pattern, and "csrf-exempt" for a route that takes unsafe
// requests without a CSRF token, separated by tabs.
void write_route_table(const Router& router, std::ostream& out);

}  // namespace pmi::web
