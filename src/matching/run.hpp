#pragma once
// Matching runs as the program office keeps them: what was asked (the directory as it was,
// the pinned and forbidden pairs, the weights), what the engine proposed, and whether the
// run was accepted, which creates the partnerships.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "calls/call.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "matching/problem.hpp"

namespace pmi::matching {

using RunId = Id<struct MatchingRunTag>;

struct RunSettings {
    std::string label;
    std::optional<calls::CallId> call;  // only teams selected in this call, with their review scores
    Weights weights;
    CountryCoverage coverage = CountryCoverage::Wanted;
};

struct RunSummary {
    RunId id;
    std::string label;
    std::optional<calls::CallId> call;
    std::string created_by;
    Seconds created_at = 0;
    std::int64_t total_fit = 0;
    int countries_served = 0;
    int pairs = 0;
    std::int64_t milliseconds = 0;
    std::optional<Seconds> accepted_at;
};

struct Run {
    RunSummary summary;
    nlohmann::json input;   // {"teams", "partners", "pairs" (CSV), "weights", "coverage"}
    nlohmann::json result;  // report.hpp's matching_to_json, messages in English
    Problem problem;        // the input, read back (names, countries, rules)
};

struct Comparison {
    std::vector<std::pair<std::string, std::string>> only_first, only_second, both;  // team key, partner key
    std::int64_t first_fit = 0, second_fit = 0;
    int first_countries = 0, second_countries = 0;
};

struct PartnershipRow {
    std::int64_t id = 0;
    std::string team_key, partner_key, team_name, partner_name, country, status;
    std::optional<RunId> run;
    Seconds created_at = 0;
};

}  // namespace pmi::matching
