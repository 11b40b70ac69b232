#pragma once
// Matching use cases, for program officers only: run the engine on the directory (or on the
// teams a call selected, with their review scores), keep pinned and forbidden pairs for the
// next run, compare two runs, run one again from its saved inputs, and accept one, which
// creates its partnerships.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "matching/run.hpp"
#include "review/review_service.hpp"

namespace pmi::matching {

class MatchingService {
public:
    MatchingService(db::Database& database, const Clock& clock, const Translator& translator, review::ReviewService& reviews)
        : database_(database), clock_(clock), translator_(translator), reviews_(reviews) {}

    // Fails naming the field when the settings or the directory cannot make a problem, or
    // with the engine's errors (a pin the languages or capacities do not allow, ...).
    Result<RunId> run(const Actor& actor, const RunSettings& settings);
    // The same inputs again, as a new run: the engine is deterministic, so the two agree.
    Result<RunId> run_again(const Actor& actor, RunId id);
    Result<std::vector<RunSummary>> runs(const Actor& actor);
    Result<Run> find(const Actor& actor, RunId id);
    Result<Comparison> compare(const Actor& actor, RunId first, RunId second);
    // Creates a proposed partnership for every pair of the run (pairs that already have one
    // are left as they are) and returns how many it created. A run is accepted once.
    Result<int> accept(const Actor& actor, RunId id);

    Result<std::vector<std::pair<RuledPair, Seconds>>> rules(const Actor& actor);
    Status set_rule(const Actor& actor, const RuledPair& pair);
    Status remove_rule(const Actor& actor, const std::string& team, const std::string& partner);

    Result<std::vector<PartnershipRow>> partnerships(const Actor& actor);

private:
    Result<RunId> solve_and_save(db::Connection& connection, const Actor& actor, const std::string& label,
                                 std::optional<calls::CallId> call, const Problem& problem);

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    review::ReviewService& reviews_;
};

// The weights as the run's input keeps them, and back; unknown or missing names keep the default.
nlohmann::json weights_to_json(const Weights& weights);
Weights weights_from_json(const nlohmann::json& json);

}  // namespace pmi::matching
