#pragma once
// The networks of local governments a partnership takes part in, as its page and the API name
// them. The networks module answers (it knows which partner local governments belong to which
// network); a partnership's page only lists them.
#include <functional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

struct NetworkLink {
    std::string key, name;
};
using NetworksTakingPart = std::function<std::vector<NetworkLink>(const Actor&, const Partnership&)>;

}  // namespace pmi::partnerships
