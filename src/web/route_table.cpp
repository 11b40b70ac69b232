#include "web/route_table.hpp"

namespace pmi::web {

void write_route_table(const Router& router, std::ostream& out)
{
    for (const auto& route : router.routes()) {
        out << method_name(route.method) << '\t' << route.pattern;
        if (route.csrf == Csrf::Exempt) out << "\tcsrf-exempt";
        out << '\n';
    }
}

}  // namespace pmi::web
