#pragma once
// The matching engine: proposes the assignment of teams to partners with the largest total
// fit (fit.hpp), subject to
//   - language: a pair is allowed only when the two share a working language, or the
//     partner has interpretation;
//   - capacity: a team takes at most `capacity` partners, a partner at most
//     `wanted_partners` teams;
//   - rules: every pinned pair is in the result, no forbidden pair is;
//   - coverage (when wanted): as many countries as possible get at least one pair. This
//     comes first: the engine maximises the number of countries served, and among the
//     assignments that serve that many, the total fit. A country no assignment can serve is
//     reported with the reason.
//
// How it is solved, exactly (not a heuristic). The problem is a min-cost flow: source →
// team (capacity) → partner (one unit per allowed pair, cost −fit) → country → sink, and
// sink → source, so the flow is free to be as large as pays. A country reaches the sink by
// two arcs: one unit at cost −M, then any number at cost 0, with M larger than any total
// fit; the first pair in a country then outweighs any amount of fit, which is coverage
// first. A pinned pair costs −(fit + P), with P larger than everything else together, so
// every optimum keeps it (the rules were checked first, so keeping all pins is possible).
// The costs are integers and the network is totally unimodular, so the optimum is exact.
//
// Full scale (about 3,600 teams × 14,000 partners, tens of millions of allowed pairs) is
// solved without listing every pair: (1) candidates: prices are first estimated on a coarse
// problem (estimate.cpp), then every team keeps its candidates_per_team best partners at
// those prices and every partner its candidates_per_partner best teams, plus every pin and
// every pair that worked together (candidates.cpp); (2) LEMON's network simplex solves the
// network of those pairs and gives node potentials π, the dual solution (network.cpp);
// (3) pricing: every allowed pair left out is checked against the potentials; its reduced
// cost −fit + π(team) − π(partner) is negative exactly when it could improve the solution;
// such pairs join the candidates and (2) runs again (pricing.cpp). When no pair has a
// negative reduced cost, the potentials are a feasible dual solution of the whole problem
// with the same objective, which proves the flow optimal for the whole problem (LP duality).
//
// Ties: teams and partners are taken in key order (not input order) and network simplex
// has no randomness, so the same teams, partners, rules and weights give the same result,
// whatever the order of the rows.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "matching/fit.hpp"
#include "matching/problem.hpp"

namespace pmi::matching {

enum class Explanations { ForEveryPair, None };

// What the engine is doing, for a progress bar: a stage and the share of it done (0..1).
enum class Stage { Candidates, Solving, Checking, Explaining, Reasons };
std::string_view stage_name(Stage stage);
using Progress = std::function<void(Stage stage, double done)>;

struct Options {
    int candidates_per_team = 16;
    int candidates_per_partner = 2;
    Explanations explanations = Explanations::ForEveryPair;
    Progress progress;
};

// One side's lot in the best assignment without the explained pair.
struct SideAlternative {
    // The partner the team would take (team side) or the team the partner would take
    // (partner side), as an index into Problem::partners or Problem::teams; none when that
    // side would be left with one pair fewer.
    std::optional<std::size_t> other;
    int score = 0;  // the fit of that replacement pair, 0 when there is none
};

// What the pair is worth, measured exactly: the best assignment without this pair (the pair
// forbidden; for a pinned pair, its pin turned into a ban) compared with the one proposed.
// It is the cheapest cycle through the pair in the residual network, found by Dijkstra on
// the reduced costs, which the potentials make non-negative: by the flow decomposition
// theorem the new optimum differs from the old by exactly one such cycle (explain.cpp).
// Among cycles of equal cost, one with the fewest arcs, the fewest changes.
struct PairExplanation {
    std::int64_t fit_lost = 0;  // total fit the assignment would lose; negative: would gain
    int countries_lost = 0;     // countries it would leave without a pair (−1: would serve one more)
    SideAlternative team_side;
    SideAlternative partner_side;
    int further_changes = 0;  // pairs beyond these two that would change as well
};

struct ProposedPair {
    std::size_t team = 0;     // index into Problem::teams
    std::size_t partner = 0;  // index into Problem::partners
    FitTerms terms;
    int score = 0;  // terms.total()
    bool pinned = false;
    std::optional<PairExplanation> explanation;
};

// Why a team or partner has places left.
enum class UnfilledReason {
    NoCapacity,          // the team's capacity is 0
    NoCommonLanguage,    // no one on the other side shares a working language with it
    AllForbidden,        // everyone on the other side it could work with is forbidden
    TakenByBetterPairs,  // the places of everyone it could work with go to pairs that fit as
                         // well or better, or keep a country served
    NoGain,              // those with places left would fit it with a score of 0
};
std::string_view unfilled_reason_code(UnfilledReason reason);
std::string_view unfilled_reason_message(UnfilledReason reason);  // a message id

struct UnfilledTeam {
    std::size_t team = 0;
    int places_left = 0;
    UnfilledReason reason = UnfilledReason::TakenByBetterPairs;
    std::optional<std::size_t> best_partner;  // the allowed partner it fits best, if any
    int best_score = 0;
};

struct UnfilledPartner {
    std::size_t partner = 0;
    int places_left = 0;
    UnfilledReason reason = UnfilledReason::TakenByBetterPairs;
    std::optional<std::size_t> best_team;
    int best_score = 0;
};

enum class CountryOutcome {
    Served,
    NoCommonLanguage,  // no team with capacity shares a language with a partner there
    AllForbidden,      // every pair that could serve it is forbidden
    NoPlacesLeft,      // pins take every place of the teams that could serve it
    NeededElsewhere,   // its teams are needed for other countries that only they can serve
    NotAsked,          // coverage was not wanted, and the fit was better elsewhere
};
std::string_view country_outcome_code(CountryOutcome outcome);
std::string_view country_outcome_message(CountryOutcome outcome);  // a message id

struct CountryReport {
    Country country = Country::BF;
    int partners = 0;  // partners of the problem in that country
    int pairs = 0;     // proposed pairs there
    CountryOutcome outcome = CountryOutcome::Served;
    std::vector<Country> served_instead;  // NeededElsewhere: the countries its teams serve
};

struct Statistics {
    int rounds = 0;                    // network simplex runs
    std::size_t candidate_pairs = 0;   // pairs in the network of the last run
    std::size_t allowed_pairs = 0;     // pairs sharing a language, not forbidden
    std::uint64_t pairs_checked = 0;   // pairs whose fit the pricing computed, all rounds; the
                                       // others were cleared a bucket at a time by a bound
    std::size_t pairs_added = 0;       // pairs the pricing added back
    bool proven_optimal = false;       // the last pricing found no pair to improve the solution
    double candidates_ms = 0, solve_ms = 0, pricing_ms = 0, explain_ms = 0, reasons_ms = 0, total_ms = 0;
};

struct Matching {
    std::vector<ProposedPair> pairs;                 // by team key, then partner key
    std::vector<UnfilledTeam> unfilled_teams;        // by key: teams with places left
    std::vector<UnfilledPartner> unfilled_partners;  // by key: partners with places left
    std::vector<CountryReport> countries;            // the countries of the partners, in code order
    std::int64_t total_fit = 0;
    int countries_served = 0;
    Statistics statistics;
};

// The optimal matching of `problem`. Fails with every problem of the input at once (the
// first error, the rest in Error::more, at most 20), each naming its field ("teams.capacity",
// "pairs.rule", ...) with the team or partner key as first argument: a value out of range,
// a duplicate key, a rule naming an unknown key, a pair both pinned and forbidden, a pin the
// languages do not allow, more pins than a team's capacity or a partner's wanted number.
// Fails on the field "languages" when no team shares a language with any partner.
Result<Matching> match(const Problem& problem, const Options& options = {});

}  // namespace pmi::matching
