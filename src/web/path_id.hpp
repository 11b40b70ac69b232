#pragma once
// An object's id from a route parameter such as :id.
#include <algorithm>
#include <string>
#include <string_view>

#include "web/exchange.hpp"

namespace pmi::web {

// The id in the route's parameter `name`, or an invalid id when it is not a number (digits
// only, at most 18 of them).
template <typename IdType>
IdType path_id(const Exchange& exchange, std::string_view name = "id")
{
    const auto text = exchange.request.path_parameter(name);
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return IdType{};
    return IdType{std::stoll(std::string(text))};
}

}  // namespace pmi::web
