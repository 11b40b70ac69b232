#pragma once
// Texts by language in a JSON request body: {"title": {"en": "...", "fr": "..."}}.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.hpp"

namespace pmi::web {

// The member `name` of `object` as language code → text; empty when absent or null. Fails
// naming `name` when it is not an object of at most 10 two-letter codes mapped to strings.
Result<std::map<std::string, std::string>> json_texts(const nlohmann::json& object, const std::string& name);

}  // namespace pmi::web
