#include "matching/residual.hpp"

#include <algorithm>

namespace pmi::matching::detail {

Loads loads_of(const Instance& instance, const std::vector<PairIndex>& pairs)
{
    Loads loads;
    loads.team.assign(static_cast<std::size_t>(instance.team_count), 0);
    loads.partner.assign(static_cast<std::size_t>(instance.partner_count), 0);
    loads.country.assign(instance.countries.size(), 0);
    loads.partners_of_team.resize(static_cast<std::size_t>(instance.team_count));
    loads.teams_of_partner.resize(static_cast<std::size_t>(instance.partner_count));
    for (auto [team, partner] : pairs) {
        ++loads.team[team];
        ++loads.partner[partner];
        ++loads.country[instance.partner_country[partner]];
        ++loads.total;
        loads.partners_of_team[team].push_back(partner);
        loads.teams_of_partner[partner].push_back(team);
    }
    return loads;
}

Residual::Residual(const Instance& instance, const FlowSolution& solution, const Loads& loads, const Bonuses& bonuses,
                   CountryCoverage coverage)
    : instance_(instance), solution_(solution), loads_(loads), bonuses_(bonuses),
      coverage_(coverage == CountryCoverage::Wanted), country_places_(instance.countries.size(), 0),
      loaded_partners_of_country_(instance.countries.size()),
      potentials_(scan_potentials(instance, solution.partner_potential)),
      adjust_(static_cast<std::size_t>(instance.partner_count), 0),
      paired_(static_cast<std::size_t>(instance.partner_count), 0)
{
    for (int capacity : instance.team_capacity) team_places_ += capacity;
    for (int partner = 0; partner < instance.partner_count; ++partner) {
        country_places_[instance.partner_country[partner]] += instance.partner_wanted[partner];
        if (loads.partner[partner] > 0) loaded_partners_of_country_[instance.partner_country[partner]].push_back(partner);
    }
    // Cheapest arcs first, so that listing them stops at the first one past the limit.
    for (auto& partners : loaded_partners_of_country_)
        std::stable_sort(partners.begin(), partners.end(),
                         [&](int a, int b) { return solution.partner_potential[a] > solution.partner_potential[b]; });
    for (int team = 0; team < instance.team_count; ++team)
        if (loads.team[team] < instance.team_capacity[team]) teams_with_places_.push_back(team);
    std::stable_sort(teams_with_places_.begin(), teams_with_places_.end(),
                     [&](int a, int b) { return solution.team_potential[a] > solution.team_potential[b]; });
}

std::array<Residual::DropStep, 4> Residual::dropping(int team, int partner) const
{
    const int country = instance_.partner_country[partner];
    const Cost source = solution_.source_potential, sink = solution_.sink_potential;
    const Cost country_potential = solution_.country_potential[country];
    // The country keeps a pair on its free arc if it has one beyond the first (served) one.
    const int load = loads_.country[country];
    bool free_flow = load - (coverage_ ? 1 : 0) > 0;
    return {{{kSource, solution_.team_potential[team] - source, ArcKind::Other},
             {kSink, source - sink, ArcKind::Other},
             {country_node(country),
              free_flow ? sink - country_potential : bonuses_.coverage - country_potential + sink,
              free_flow ? ArcKind::Other : ArcKind::CountryLeft},
             {partner_node(partner), country_potential - solution_.partner_potential[partner], ArcKind::Other}}};
}

}  // namespace pmi::matching::detail
