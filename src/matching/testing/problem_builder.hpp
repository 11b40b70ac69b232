#pragma once
// Builds small matching problems in a line each, for tests worked out by hand. Its default
// weights keep only the area terms (10 points per unit of expertise × need), so that a
// pair's score is 10 × Σ expertise × need.
#include <string>
#include <utility>
#include <vector>

#include "matching/engine.hpp"

namespace pmi::matching::testing {

// "fr;en" → the set of those languages.
LanguageSet languages(const std::string& codes);

class ProblemBuilder {
public:
    ProblemBuilder();
    ProblemBuilder& team(const std::string& key, const std::string& languages, AreaLevels expertise, int capacity = 1);
    ProblemBuilder& partner(const std::string& key, Country country, const std::string& languages, AreaLevels needs,
                            int wanted = 1);
    ProblemBuilder& interpretation(const std::string& partner);
    ProblemBuilder& population(const std::string& key, std::int64_t population);
    ProblemBuilder& review(const std::string& team, double score);
    ProblemBuilder& worked_together(const std::string& team, const std::string& partner);
    ProblemBuilder& pin(const std::string& team, const std::string& partner);
    ProblemBuilder& forbid(const std::string& team, const std::string& partner);
    ProblemBuilder& coverage(CountryCoverage coverage);
    ProblemBuilder& weights(const Weights& weights);
    const Problem& problem() const { return problem_; }

private:
    Team& find_team(const std::string& key);
    Problem problem_;
};

// The proposed pairs as (team key, partner key), in the engine's order.
std::vector<std::pair<std::string, std::string>> pair_keys(const Problem& problem, const Matching& matching);

// Empty when `matching` keeps every rule of `problem` and its own sums; else what is wrong.
std::string broken_rules(const Problem& problem, const Matching& matching);

}  // namespace pmi::matching::testing
