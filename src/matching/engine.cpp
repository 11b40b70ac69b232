#include "matching/engine.hpp"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <iterator>

#include "core/translator.hpp"
#include "matching/explain.hpp"
#include "matching/reasons.hpp"
#include "matching/solver.hpp"

namespace pmi::matching {
namespace {

using namespace detail;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kMostReportedProblems = 20;

double milliseconds_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Whether any team shares a language with any partner (interpretation included).
bool any_common_language(const Instance& instance)
{
    LanguageSet teams = 0;
    for (auto languages : instance.team_languages) teams |= languages;
    return std::any_of(instance.partner_reach.begin(), instance.partner_reach.end(),
                       [&](LanguageSet reach) { return (reach & teams) != 0; });
}

// Network simplex on the candidates, then pricing, until no left-out pair can improve.
FlowSolution solve_until_proven(const Instance& instance, CandidateSet& candidates, const Bonuses& bonuses,
                                const Options& options, Statistics& statistics)
{
    const PricingLimits limits{4 * std::max(options.candidates_per_team, 1), std::max(options.candidates_per_partner, 1)};
    while (true) {
        ++statistics.rounds;
        auto started = Clock::now();
        if (options.progress) options.progress(Stage::Solving, 0.0);
        FlowSolution solution = solve_network(instance, candidates.pairs, bonuses);
        if (options.progress) options.progress(Stage::Solving, 1.0);
        statistics.solve_ms += milliseconds_since(started);
        statistics.candidate_pairs = candidates.pairs.size();
        started = Clock::now();
        Pricing pricing = price_left_out_pairs(instance, candidates.pairs, solution, limits, options.progress);
        statistics.pricing_ms += milliseconds_since(started);
        statistics.pairs_checked += pricing.checked;
        if (pricing.improving.empty()) {
            statistics.proven_optimal = true;
            return solution;
        }
        statistics.pairs_added += pricing.improving.size();
        std::vector<PairIndex> merged;
        merged.reserve(candidates.pairs.size() + pricing.improving.size());
        std::merge(candidates.pairs.begin(), candidates.pairs.end(), pricing.improving.begin(), pricing.improving.end(),
                   std::back_inserter(merged));
        candidates.pairs = std::move(merged);
    }
}

std::vector<ProposedPair> proposed_pairs(const Problem& problem, const Instance& instance, const FlowSolution& solution)
{
    std::vector<ProposedPair> pairs;
    pairs.reserve(solution.pairs.size());
    for (auto [team, partner] : solution.pairs) {
        ProposedPair pair;
        pair.team = instance.team_input[team];
        pair.partner = instance.partner_input[partner];
        pair.terms = fit_terms(problem.weights, problem.teams[pair.team], problem.partners[pair.partner],
                               instance.worked_together_before(team, partner));
        pair.score = pair.terms.total();
        assert(pair.score == instance.fit(team, partner) && "the engine's fit differs from fit_terms");
        pair.pinned = instance.is_pinned(team, partner);
        pairs.push_back(pair);
    }
    return pairs;
}

void explain(const Problem& problem, const Instance& instance, const FlowSolution& solution, const Loads& loads,
             const Bonuses& bonuses, const Options& options, Matching& matching)
{
    auto explanations = explain_pairs(instance, solution, loads, bonuses, problem.coverage, options.progress);
    for (std::size_t k = 0; k < explanations.size(); ++k) {
        PairExplanation& explanation = explanations[k];
        if (explanation.team_side.other) explanation.team_side.other = instance.partner_input[*explanation.team_side.other];
        if (explanation.partner_side.other)
            explanation.partner_side.other = instance.team_input[*explanation.partner_side.other];
        matching.pairs[k].explanation = explanation;
    }
}

void add_reasons(const Instance& instance, Reasons reasons, Matching& matching)
{
    for (auto& team : reasons.teams) {
        team.team = instance.team_input[team.team];
        if (team.best_partner) team.best_partner = instance.partner_input[*team.best_partner];
    }
    for (auto& partner : reasons.partners) {
        partner.partner = instance.partner_input[partner.partner];
        if (partner.best_team) partner.best_team = instance.team_input[*partner.best_team];
    }
    matching.unfilled_teams = std::move(reasons.teams);
    matching.unfilled_partners = std::move(reasons.partners);
    matching.countries = std::move(reasons.countries);
    for (const auto& country : matching.countries) matching.countries_served += country.pairs > 0 ? 1 : 0;
}

}  // namespace

std::string_view stage_name(Stage stage)
{
    switch (stage) {
    case Stage::Candidates: return "candidates";
    case Stage::Solving: return "solving";
    case Stage::Checking: return "checking";
    case Stage::Explaining: return "explaining";
    case Stage::Reasons: return "reasons";
    }
    return "solving";
}

std::string_view unfilled_reason_code(UnfilledReason reason)
{
    switch (reason) {
    case UnfilledReason::NoCapacity: return "no_capacity";
    case UnfilledReason::NoCommonLanguage: return "no_common_language";
    case UnfilledReason::AllForbidden: return "all_forbidden";
    case UnfilledReason::TakenByBetterPairs: return "taken_by_better_pairs";
    case UnfilledReason::NoGain: return "no_gain";
    }
    return "taken_by_better_pairs";
}

std::string_view unfilled_reason_message(UnfilledReason reason)
{
    switch (reason) {
    case UnfilledReason::NoCapacity: return N_("The team has a capacity of 0.");
    case UnfilledReason::NoCommonLanguage:
        return N_("No one else on the other side shares a working language with it, and no partner there offers interpretation.");
    case UnfilledReason::AllForbidden: return N_("Every pair it could form with the languages it speaks is forbidden.");
    case UnfilledReason::TakenByBetterPairs:
        return N_("Everyone it could work with has their places taken by pairs that fit as well or better, or that keep a country served.");
    case UnfilledReason::NoGain: return N_("Those with places left would fit it with a score of 0.");
    }
    return "";
}

std::string_view country_outcome_code(CountryOutcome outcome)
{
    switch (outcome) {
    case CountryOutcome::Served: return "served";
    case CountryOutcome::NoCommonLanguage: return "no_common_language";
    case CountryOutcome::AllForbidden: return "all_forbidden";
    case CountryOutcome::NoPlacesLeft: return "no_places_left";
    case CountryOutcome::NeededElsewhere: return "needed_elsewhere";
    case CountryOutcome::NotAsked: return "not_asked";
    }
    return "served";
}

std::string_view country_outcome_message(CountryOutcome outcome)
{
    switch (outcome) {
    case CountryOutcome::Served: return N_("At least one pair serves it.");
    case CountryOutcome::NoCommonLanguage:
        return N_("No team with places shares a working language with a partner there, and none of them offers interpretation.");
    case CountryOutcome::AllForbidden: return N_("Every pair that could serve it is forbidden.");
    case CountryOutcome::NoPlacesLeft: return N_("Pinned pairs take every place of the teams that could serve it.");
    case CountryOutcome::NeededElsewhere:
        return N_("Every team that could serve it is needed for countries that no other team can serve.");
    case CountryOutcome::NotAsked:
        return N_("Coverage of every country was not asked for, and its teams fit better elsewhere.");
    }
    return "";
}

Result<Matching> match(const Problem& problem, const Options& options)
{
    const auto started = Clock::now();
    auto errors = check_problem(problem, kMostReportedProblems);
    if (!errors.empty()) return combine(std::move(errors));
    const Instance instance = build_instance(problem);
    if (!any_common_language(instance))
        return invalid("languages",
                       "No team shares a working language with any partner, and no partner offers interpretation, so "
                       "no pair is possible. Add a language to a team, or mark interpretation as available for a "
                       "partner.");
    Matching matching;
    Statistics& statistics = matching.statistics;
    const Bonuses bonuses = bonuses_for(instance, problem.coverage);
    auto step = Clock::now();
    CandidateSet candidates = initial_candidates(instance, estimate_potentials(instance), options.candidates_per_team,
                                                 options.candidates_per_partner, options.progress);
    statistics.candidates_ms = milliseconds_since(step);
    statistics.allowed_pairs = candidates.allowed_pairs;
    const FlowSolution solution = solve_until_proven(instance, candidates, bonuses, options, statistics);
    matching.pairs = proposed_pairs(problem, instance, solution);
    for (const auto& pair : matching.pairs) matching.total_fit += pair.score;
    const Loads loads = loads_of(instance, solution.pairs);
    step = Clock::now();
    if (options.explanations == Explanations::ForEveryPair)
        explain(problem, instance, solution, loads, bonuses, options, matching);
    statistics.explain_ms = milliseconds_since(step);
    step = Clock::now();
    add_reasons(instance, find_reasons(instance, loads, problem.coverage, options.progress), matching);
    statistics.reasons_ms = milliseconds_since(step);
    statistics.total_ms = milliseconds_since(started);
    return matching;
}

}  // namespace pmi::matching
