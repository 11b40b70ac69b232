// A first guess of the potentials, from a coarse problem: teams grouped by languages and
// expertise, partners by bucket (languages and needs), each group with the places of its
// members, the fit of a group pair being its area points plus the teams' mean review
// points. Solved exactly by network simplex, it prices what is scarce: the partners every
// team wants are dear, so each team's first candidates are those that fit it best at those
// prices, which are mostly those it gets in the end. Without it, the teams' favourites are
// the same few hundred partners, and pricing has to add the rest back round after round.
#include <algorithm>
#include <map>
#include <tuple>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include "matching/solver.hpp"

namespace pmi::matching::detail {
namespace {

using Graph = lemon::SmartDigraph;

struct TeamGroup {
    LanguageSet languages = 0;
    std::array<int, kAreaCount> area{};
    long long review_sum = 0;
    int places = 0;
    int members = 0;
};

std::vector<TeamGroup> group_teams(const Instance& instance, std::vector<int>& group_of_team)
{
    std::map<std::tuple<LanguageSet, std::array<int, kAreaCount>>, int> index;
    std::vector<TeamGroup> groups;
    group_of_team.assign(static_cast<std::size_t>(instance.team_count), -1);
    for (int team = 0; team < instance.team_count; ++team) {
        if (instance.team_capacity[team] == 0) continue;
        auto key = std::tuple(instance.team_languages[team], instance.team_area[team]);
        auto [found, inserted] = index.emplace(key, static_cast<int>(groups.size()));
        if (inserted) groups.push_back({instance.team_languages[team], instance.team_area[team], 0, 0, 0});
        TeamGroup& group = groups[found->second];
        group.review_sum += instance.team_review[team];
        group.places += instance.team_capacity[team];
        ++group.members;
        group_of_team[team] = found->second;
    }
    return groups;
}

}  // namespace

PotentialEstimate estimate_potentials(const Instance& instance)
{
    std::vector<int> group_of_team;
    std::vector<TeamGroup> teams = group_teams(instance, group_of_team);
    Graph graph;
    Graph::ArcMap<int> upper(graph);
    Graph::ArcMap<Cost> cost(graph);
    auto add = [&](Graph::Node from, Graph::Node to, int capacity, Cost arc_cost) {
        Graph::Arc arc = graph.addArc(from, to);
        upper[arc] = capacity;
        cost[arc] = arc_cost;
    };
    Graph::Node source = graph.addNode(), sink = graph.addNode();
    std::vector<Graph::Node> team_nodes, bucket_nodes;
    int places = 0;
    for (const auto& team : teams) {
        team_nodes.push_back(graph.addNode());
        add(source, team_nodes.back(), team.places, 0);
        places += team.places;
    }
    for (const auto& bucket : instance.buckets) {
        bucket_nodes.push_back(graph.addNode());
        int wanted = 0;
        for (int at = bucket.begin; at < bucket.end; ++at) wanted += instance.partner_wanted[instance.scan_partner[at]];
        add(bucket_nodes.back(), sink, wanted, 0);
    }
    add(sink, source, places, 0);
    for (std::size_t t = 0; t < teams.size(); ++t)
        for (const auto& group : instance.groups) {
            if ((group.reach & teams[t].languages) == 0) continue;
            for (int b = group.first_bucket; b < group.end_bucket; ++b) {
                Cost fit = teams[t].review_sum / teams[t].members;
                for (std::size_t a = 0; a < kAreaCount; ++a) fit += teams[t].area[a] * instance.buckets[b].needs[a];
                add(team_nodes[t], bucket_nodes[b], teams[t].places, -fit);
            }
        }
    lemon::NetworkSimplex<Graph, int, Cost> simplex(graph);
    simplex.upperMap(upper).costMap(cost);
    simplex.run();  // always optimal: zero supplies, finite capacities
    PotentialEstimate estimate;
    estimate.team.assign(static_cast<std::size_t>(instance.team_count), 0);
    estimate.partner.assign(static_cast<std::size_t>(instance.partner_count), 0);
    for (int team = 0; team < instance.team_count; ++team)
        if (group_of_team[team] >= 0) estimate.team[team] = simplex.potential(team_nodes[group_of_team[team]]);
    for (std::size_t b = 0; b < instance.buckets.size(); ++b)
        for (int at = instance.buckets[b].begin; at < instance.buckets[b].end; ++at)
            estimate.partner[instance.scan_partner[at]] = simplex.potential(bucket_nodes[b]);
    return estimate;
}

}  // namespace pmi::matching::detail
