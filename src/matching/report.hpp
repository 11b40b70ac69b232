#pragma once
// A matching written out for people and programs: JSON with everything, or CSV for a
// spreadsheet. Keys, not indices, name teams and partners; reasons carry a stable code and
// a message in the reader's language.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/translator.hpp"
#include "matching/engine.hpp"

namespace pmi::matching {

// {"total_fit", "countries_served", "proven_optimal", "coverage", "weights", "pairs": [...],
//  "unfilled_teams": [...], "unfilled_partners": [...], "countries": [...], "statistics": {...}}
// (README.md, `pmi match`, shows every field).
nlohmann::json matching_to_json(const Problem& problem, const Matching& matching, const Translator& translator,
                                std::string_view language);

// Four tables one after the other, each with its header row, separated by an empty line:
// pairs, unfilled (teams and partners), countries, and summary (figure,value).
std::string matching_to_csv(const Problem& problem, const Matching& matching, const Translator& translator,
                            std::string_view language);

}  // namespace pmi::matching
