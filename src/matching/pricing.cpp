// Step 3: the optimality check over every allowed pair. A pair left out of the network has
// no flow; the solution stays optimal with it in exactly when its reduced cost
// −fit + π(team) − π(partner) is not negative, that is when fit + π(partner) ≤ π(team).
// Whole buckets of partners are cleared at once by a bound (instance.hpp), so the check
// covers every pair while computing the fit of only the few that could fail it.
#include <algorithm>

#include "matching/solver.hpp"

namespace pmi::matching::detail {
namespace {

struct Offer {
    Cost gain;  // how much the pair's reduced cost is below 0
    int team;
    int partner;
};

// More gain first; among equal gains, in the spread order (instance.hpp).
bool more_gain(const Offer& a, const Offer& b)
{
    if (a.gain != b.gain) return a.gain > b.gain;
    auto a_order = spread(a.team, a.partner), b_order = spread(b.team, b.partner);
    return a_order < b_order || (a_order == b_order && std::pair(a.team, a.partner) < std::pair(b.team, b.partner));
}

// Keeps, for each partner, its `extra` + wanted best offers. Teams that lose the same
// contested partners in one round then get different ones the next, instead of all the
// same next ones: far fewer rounds. At least one offer survives while any exists, so the
// loop still stops only when no pair can improve the solution.
std::vector<PairIndex> spread_over_partners(const Instance& instance, std::vector<Offer> offers, int extra)
{
    std::sort(offers.begin(), offers.end(), [](const Offer& a, const Offer& b) {
        return a.partner < b.partner || (a.partner == b.partner && more_gain(a, b));
    });
    std::vector<PairIndex> kept;
    for (std::size_t at = 0; at < offers.size();) {
        int partner = offers[at].partner;
        int room = instance.partner_wanted[partner] + extra;
        for (; at < offers.size() && offers[at].partner == partner; ++at)
            if (room-- > 0) kept.emplace_back(offers[at].team, partner);
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

}  // namespace

Pricing price_left_out_pairs(const Instance& instance, const std::vector<PairIndex>& candidates,
                             const FlowSolution& solution, const PricingLimits& limits, const Progress& progress)
{
    Pricing pricing;
    const ScanPotentials potentials = scan_potentials(instance, solution.partner_potential);
    std::vector<int> adjust(static_cast<std::size_t>(instance.partner_count), 0);
    // The network's own arcs already meet the optimality conditions (a pair with flow has a
    // reduced cost ≤ 0, which must not be read as a gain).
    std::vector<char> in_network(static_cast<std::size_t>(instance.partner_count), 0);
    auto candidate = candidates.begin();
    std::vector<Offer> offers, team_offers;
    for (int team = 0; team < instance.team_count; ++team) {
        if (progress && team % 256 == 0) progress(Stage::Checking, static_cast<double>(team) / instance.team_count);
        if (instance.team_capacity[team] == 0) continue;
        const Cost team_potential = solution.team_potential[team];
        while (candidate != candidates.end() && candidate->first < team) ++candidate;
        auto first = candidate;
        for (; candidate != candidates.end() && candidate->first == team; ++candidate) in_network[candidate->second] = 1;
        team_offers.clear();
        scan_partners_above(instance, team, potentials, team_potential, adjust, pricing.checked,
                            [&](int partner, int fit, Cost potential) {
                                if (fit < 0 || in_network[partner]) return;  // forbidden, or in the network
                                team_offers.push_back({fit + potential - team_potential, team, partner});
                            });
        for (auto at = first; at != candidate; ++at) in_network[at->second] = 0;
        std::size_t most = static_cast<std::size_t>(limits.per_team);
        if (team_offers.size() > most) {
            std::nth_element(team_offers.begin(), team_offers.begin() + static_cast<std::ptrdiff_t>(most), team_offers.end(), more_gain);
            team_offers.resize(most);
        }
        offers.insert(offers.end(), team_offers.begin(), team_offers.end());
    }
    pricing.improving = spread_over_partners(instance, std::move(offers), limits.extra_per_partner);
    if (progress) progress(Stage::Checking, 1.0);
    return pricing;
}

}  // namespace pmi::matching::detail
