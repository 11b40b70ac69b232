// Step 2: the flow network on the candidate pairs, solved by LEMON's network simplex.
#include <algorithm>
#include <numeric>
#include <stdexcept>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include "matching/solver.hpp"

namespace pmi::matching::detail {
namespace {

using Graph = lemon::SmartDigraph;

// The most fit any pair can have under these weights.
Cost most_pair_fit(const Instance& instance)
{
    Cost most = 0;
    for (int team = 0; team < instance.team_count; ++team) {
        Cost fit = instance.team_review[team];
        for (auto points : instance.team_area[team]) fit += static_cast<Cost>(points) * kMostLevel;
        most = std::max(most, fit);
    }
    return most + instance.continuity + instance.size_points[0];
}

struct Network {
    Graph graph;
    Graph::ArcMap<int> upper{graph};
    Graph::ArcMap<Cost> cost{graph};
    Graph::Node source, sink;
    std::vector<Graph::Node> countries, teams, partners;
    std::vector<Graph::Arc> pair_arcs;

    Graph::Arc add(Graph::Node from, Graph::Node to, int capacity, Cost arc_cost)
    {
        Graph::Arc arc = graph.addArc(from, to);
        upper[arc] = capacity;
        cost[arc] = arc_cost;
        return arc;
    }
};

void add_nodes(const Instance& instance, Network& network)
{
    network.graph.reserveNode(2 + static_cast<int>(instance.countries.size()) + instance.team_count +
                              instance.partner_count);
    network.source = network.graph.addNode();
    network.sink = network.graph.addNode();
    for (std::size_t c = 0; c < instance.countries.size(); ++c) network.countries.push_back(network.graph.addNode());
    for (int team = 0; team < instance.team_count; ++team) network.teams.push_back(network.graph.addNode());
    for (int partner = 0; partner < instance.partner_count; ++partner)
        network.partners.push_back(network.graph.addNode());
}

// Source → team → (pairs) → partner → country → sink → source.
void add_arcs(const Instance& instance, const std::vector<PairIndex>& candidates, const Bonuses& bonuses,
              Network& network)
{
    network.graph.reserveArc(static_cast<int>(candidates.size()) + instance.team_count + instance.partner_count +
                             2 * static_cast<int>(instance.countries.size()) + 1);
    int capacity = 0;
    for (int team = 0; team < instance.team_count; ++team) {
        network.add(network.source, network.teams[team], instance.team_capacity[team], 0);
        capacity += instance.team_capacity[team];
    }
    network.pair_arcs.reserve(candidates.size());
    for (auto [team, partner] : candidates)
        network.pair_arcs.push_back(network.add(network.teams[team], network.partners[partner], 1,
                                                pair_cost(instance, bonuses, team, partner)));
    std::vector<int> country_wanted(instance.countries.size(), 0);
    for (int partner = 0; partner < instance.partner_count; ++partner) {
        int country = instance.partner_country[partner];
        network.add(network.partners[partner], network.countries[country], instance.partner_wanted[partner], 0);
        country_wanted[country] += instance.partner_wanted[partner];
    }
    for (std::size_t country = 0; country < instance.countries.size(); ++country) {
        if (bonuses.coverage > 0) network.add(network.countries[country], network.sink, 1, -bonuses.coverage);
        network.add(network.countries[country], network.sink, country_wanted[country], 0);
    }
    network.add(network.sink, network.source, capacity, 0);
}

}  // namespace

Bonuses bonuses_for(const Instance& instance, CountryCoverage coverage)
{
    Cost team_places = std::accumulate(instance.team_capacity.begin(), instance.team_capacity.end(), Cost{0});
    Cost partner_places = std::accumulate(instance.partner_wanted.begin(), instance.partner_wanted.end(), Cost{0});
    // More than any total fit: one more country served outweighs all of it.
    Cost beyond_any_total = std::min(team_places, partner_places) * most_pair_fit(instance) + 1;
    Bonuses bonuses;
    bonuses.coverage = coverage == CountryCoverage::Wanted ? beyond_any_total : 0;
    // More than every country and all the fit together: no optimum drops a pin.
    bonuses.pin = (static_cast<Cost>(instance.countries.size()) + 1) * beyond_any_total;
    return bonuses;
}

FlowSolution solve_network(const Instance& instance, const std::vector<PairIndex>& candidates, const Bonuses& bonuses)
{
    Network network;
    add_nodes(instance, network);
    add_arcs(instance, candidates, bonuses, network);
    lemon::NetworkSimplex<Graph, int, Cost> simplex(network.graph);
    simplex.upperMap(network.upper).costMap(network.cost);
    // Every supply is 0 and the zero flow is feasible, so only a bug makes this fail.
    if (simplex.run() != lemon::NetworkSimplex<Graph, int, Cost>::OPTIMAL)
        throw std::logic_error("the matching network has no optimal flow");
    FlowSolution solution;
    for (std::size_t k = 0; k < candidates.size(); ++k)
        if (simplex.flow(network.pair_arcs[k]) > 0) solution.pairs.push_back(candidates[k]);
    solution.source_potential = simplex.potential(network.source);
    solution.sink_potential = simplex.potential(network.sink);
    for (auto node : network.countries) solution.country_potential.push_back(simplex.potential(node));
    for (auto node : network.teams) solution.team_potential.push_back(simplex.potential(node));
    for (auto node : network.partners) solution.partner_potential.push_back(simplex.potential(node));
    return solution;
}

}  // namespace pmi::matching::detail
