#pragma once
// The residual network of an optimal flow, seen through the reduced costs of its
// potentials: c(u, v) + π(u) − π(v) for an arc with room left, the opposite for undoing flow.
// At an optimum every one of them is ≥ 0. The network is never built: the arcs out of a
// node are listed on demand, a team's arcs to tens of thousands of partners priced on the
// fly and cut off by bucket bounds.
#include <array>
#include <limits>
#include <vector>

#include "matching/solver.hpp"

namespace pmi::matching::detail {

// What following an arc changes, to read a cycle back.
enum class ArcKind { Other, PairAdded, PairDropped, CountryServed, CountryLeft };

inline constexpr Cost kNoLimit = std::numeric_limits<Cost>::max() / 4;

class Residual {
public:
    static constexpr int kSource = 0;
    static constexpr int kSink = 1;

    Residual(const Instance& instance, const FlowSolution& solution, const Loads& loads, const Bonuses& bonuses,
             CountryCoverage coverage);

    const Instance& instance() const { return instance_; }
    const Loads& loads() const { return loads_; }
    int node_count() const { return partner_node(instance_.partner_count); }
    int country_node(int country) const { return 2 + country; }
    int team_node(int team) const { return 2 + static_cast<int>(instance_.countries.size()) + team; }
    int partner_node(int partner) const { return team_node(instance_.team_count) + partner; }
    bool is_team(int node) const { return node >= team_node(0) && node < partner_node(0); }
    bool is_partner(int node) const { return node >= partner_node(0); }
    int team_of(int node) const { return node - team_node(0); }
    int partner_of(int node) const { return node - partner_node(0); }

    // The reduced cost of the arc team → partner of a pair without flow.
    Cost added_pair(int team, int partner, int fit) const
    {
        return -static_cast<Cost>(fit) + solution_.team_potential[team] - solution_.partner_potential[partner];
    }

    // The path team → source → sink → country → partner that drops the pair (team, partner),
    // as the reduced cost and kind of each arc.
    struct DropStep {
        int node;
        Cost reduced;
        ArcKind kind;
    };
    std::array<DropStep, 4> dropping(int team, int partner) const;

    // Calls visit(to, reduced, kind) for every residual arc out of `node` whose reduced cost
    // is below `limit` (and perhaps some beyond it), never for the reverse arc of a pin nor
    // for the pair `skip` (either way).
    template <typename Visit>
    void arcs_from(int node, Cost limit, PairIndex skip, Visit&& visit);

private:
    template <typename Visit>
    void team_arcs(int team, Cost limit, PairIndex skip, Visit&& visit);
    template <typename Visit>
    void country_arcs(int country, Cost limit, Visit&& visit);

    const Instance& instance_;
    const FlowSolution& solution_;
    const Loads& loads_;
    Bonuses bonuses_;
    bool coverage_;
    int team_places_ = 0;
    std::vector<int> country_places_;
    std::vector<std::vector<int>> loaded_partners_of_country_;  // cheapest reverse arc first
    std::vector<int> teams_with_places_;                        // cheapest arc from the source first
    ScanPotentials potentials_;
    std::vector<int> adjust_;
    std::vector<char> paired_;
};

template <typename Visit>
void Residual::team_arcs(int team, Cost limit, PairIndex skip, Visit&& visit)
{
    const Cost team_potential = solution_.team_potential[team];
    if (loads_.team[team] > 0) visit(kSource, team_potential - solution_.source_potential, ArcKind::Other);
    // reduced < limit ⇔ fit + π(partner) > π(team) − limit
    const Cost threshold = limit >= kNoLimit ? std::numeric_limits<Cost>::min() / 4 : team_potential - limit;
    for (int partner : loads_.partners_of_team[team]) paired_[partner] = 1;
    std::uint64_t examined = 0;
    scan_partners_above(instance_, team, potentials_, threshold, adjust_, examined, [&](int partner, int fit, Cost potential) {
        if (fit < 0 || paired_[partner] || (team == skip.first && partner == skip.second)) return;
        visit(partner_node(partner), -static_cast<Cost>(fit) + team_potential - potential, ArcKind::PairAdded);
    });
    for (int partner : loads_.partners_of_team[team]) paired_[partner] = 0;
}

template <typename Visit>
void Residual::country_arcs(int country, Cost limit, Visit&& visit)
{
    const Cost country_potential = solution_.country_potential[country];
    const Cost sink_potential = solution_.sink_potential;
    const int load = loads_.country[country];
    const int free_flow = load - (coverage_ && load > 0 ? 1 : 0);
    if (coverage_ && load == 0)
        visit(kSink, -bonuses_.coverage + country_potential - sink_potential, ArcKind::CountryServed);
    if (free_flow < country_places_[country]) visit(kSink, country_potential - sink_potential, ArcKind::Other);
    for (int partner : loaded_partners_of_country_[country]) {
        Cost reduced = country_potential - solution_.partner_potential[partner];
        if (reduced >= limit) break;
        visit(partner_node(partner), reduced, ArcKind::Other);
    }
}

template <typename Visit>
void Residual::arcs_from(int node, Cost limit, PairIndex skip, Visit&& visit)
{
    const Cost source_potential = solution_.source_potential;
    const Cost sink_potential = solution_.sink_potential;
    if (node == kSource) {
        for (int team : teams_with_places_) {
            Cost reduced = source_potential - solution_.team_potential[team];
            if (reduced >= limit) break;
            visit(team_node(team), reduced, ArcKind::Other);
        }
        if (loads_.total > 0) visit(kSink, source_potential - sink_potential, ArcKind::Other);
    } else if (node == kSink) {
        if (loads_.total < team_places_) visit(kSource, sink_potential - source_potential, ArcKind::Other);
        for (int country = 0; country < static_cast<int>(instance_.countries.size()); ++country) {
            const Cost country_potential = solution_.country_potential[country];
            const int load = loads_.country[country];
            if (coverage_ && load > 0)
                visit(country_node(country), bonuses_.coverage - country_potential + sink_potential, ArcKind::CountryLeft);
            if (load - (coverage_ && load > 0 ? 1 : 0) > 0)
                visit(country_node(country), sink_potential - country_potential, ArcKind::Other);
        }
    } else if (!is_team(node) && !is_partner(node)) {
        country_arcs(node - 2, limit, visit);
    } else if (is_team(node)) {
        team_arcs(team_of(node), limit, skip, visit);
    } else {
        const int partner = partner_of(node);
        const Cost partner_potential = solution_.partner_potential[partner];
        for (int team : loads_.teams_of_partner[partner]) {
            if (instance_.is_pinned(team, partner) || (team == skip.first && partner == skip.second)) continue;
            visit(team_node(team), instance_.fit(team, partner) - solution_.team_potential[team] + partner_potential,
                  ArcKind::PairDropped);
        }
        const int country = instance_.partner_country[partner];
        if (loads_.partner[partner] < instance_.partner_wanted[partner])
            visit(country_node(country), partner_potential - solution_.country_potential[country], ArcKind::Other);
    }
}

}  // namespace pmi::matching::detail
