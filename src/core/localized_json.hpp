#pragma once
// A LocalizedText as a JSON value ({"en": "...", "fr": "..."}), for documents built with
// nlohmann::json: no text round trip through to_json() and a parse.
#include <nlohmann/json.hpp>

#include "core/localized_text.hpp"

namespace pmi {

inline nlohmann::json localized_json(const LocalizedText& text)
{
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [language, value] : text.versions()) object[language] = value;
    return object;
}

}  // namespace pmi
