// Why a team or a partner has places left, and why a country has no pair, read from the
// optimal solution. At the optimum a team with places left and a partner with places left
// that could work together would fit with a score of 0 (else adding the pair would raise
// the total without costing any coverage), which is what NoGain says.
#include <algorithm>
#include <cassert>

#include "matching/reasons.hpp"

namespace pmi::matching::detail {
namespace {

// What one side sees of the other side while its reason is worked out.
struct Survey {
    int compatible = 0;  // share a language (forbidden ones included), not already paired
    int allowed = 0;     // of those, not forbidden
    int with_places = 0; // of those, with places left
    std::optional<int> best;
    int best_score = 0;

    void see(int other, int fit, bool has_places)
    {
        ++compatible;
        if (fit < 0) return;
        ++allowed;
        if (has_places) {
            ++with_places;
            assert(fit == 0 && "an improving pair was left out of an optimal solution");
        }
        if (!best || fit > best_score) {
            best = other;
            best_score = fit;
        }
    }
    UnfilledReason reason() const
    {
        if (compatible == 0) return UnfilledReason::NoCommonLanguage;
        if (allowed == 0) return UnfilledReason::AllForbidden;
        return with_places > 0 ? UnfilledReason::NoGain : UnfilledReason::TakenByBetterPairs;
    }
};

void find_team_reasons(const Instance& instance, const Loads& loads, Reasons& reasons)
{
    std::vector<int> adjust(static_cast<std::size_t>(instance.partner_count), 0);
    std::vector<char> paired(static_cast<std::size_t>(instance.partner_count), 0);
    for (int team = 0; team < instance.team_count; ++team) {
        int places_left = instance.team_capacity[team] - loads.team[team];
        if (instance.team_capacity[team] == 0) {
            reasons.teams.push_back({static_cast<std::size_t>(team), 0, UnfilledReason::NoCapacity, std::nullopt, 0});
            continue;
        }
        if (places_left == 0) continue;
        Survey survey;
        for (int partner : loads.partners_of_team[team]) paired[partner] = 1;
        scan_partners_of(instance, team, adjust, [&](int partner, int fit) {
            if (!paired[partner])
                survey.see(partner, fit, loads.partner[partner] < instance.partner_wanted[partner]);
        });
        for (int partner : loads.partners_of_team[team]) paired[partner] = 0;
        UnfilledTeam unfilled{static_cast<std::size_t>(team), places_left, survey.reason(), std::nullopt, survey.best_score};
        if (survey.best) unfilled.best_partner = static_cast<std::size_t>(*survey.best);
        reasons.teams.push_back(unfilled);
    }
}

// The teams that could serve each country without a pair (by country, a flag per team).
using ServingTeams = std::vector<std::vector<char>>;

void find_partner_reasons(const Instance& instance, const Loads& loads, ServingTeams& serving, Reasons& reasons,
                          const Progress& progress)
{
    std::vector<int> adjust(static_cast<std::size_t>(instance.team_count), 0);
    std::vector<char> paired(static_cast<std::size_t>(instance.team_count), 0);
    for (int partner = 0; partner < instance.partner_count; ++partner) {
        if (progress && partner % 1024 == 0)
            progress(Stage::Reasons, static_cast<double>(partner) / instance.partner_count);
        int places_left = instance.partner_wanted[partner] - loads.partner[partner];
        if (places_left == 0) continue;
        const int country = instance.partner_country[partner];
        std::vector<char>* serving_country = loads.country[country] == 0 ? &serving[country] : nullptr;
        Survey survey;
        for (int team : loads.teams_of_partner[partner]) paired[team] = 1;
        scan_teams_of(instance, partner, adjust, [&](int team, int fit) {
            if (paired[team]) return;
            survey.see(team, fit, loads.team[team] < instance.team_capacity[team]);
            if (serving_country && fit >= 0) (*serving_country)[team] = 1;
        });
        for (int team : loads.teams_of_partner[partner]) paired[team] = 0;
        UnfilledPartner unfilled{static_cast<std::size_t>(partner), places_left, survey.reason(), std::nullopt,
                                 survey.best_score};
        if (survey.best) unfilled.best_team = static_cast<std::size_t>(*survey.best);
        reasons.partners.push_back(unfilled);
    }
}

CountryReport country_without_pairs(const Instance& instance, const Loads& loads, int country,
                                    const std::vector<char>& serving, const std::vector<UnfilledPartner>& partners,
                                    CountryCoverage coverage)
{
    CountryReport report{instance.countries[country], 0, 0, CountryOutcome::NotAsked, {}};
    bool any_language = false;
    for (const auto& unfilled : partners)
        if (instance.partner_country[unfilled.partner] == country)
            any_language = any_language || unfilled.reason != UnfilledReason::NoCommonLanguage;
    bool any_allowed = std::find(serving.begin(), serving.end(), 1) != serving.end();
    if (!any_language) report.outcome = CountryOutcome::NoCommonLanguage;
    else if (!any_allowed) report.outcome = CountryOutcome::AllForbidden;
    else {
        bool places_beyond_pins = false;
        std::vector<char> served(instance.countries.size(), 0);
        for (int team = 0; team < instance.team_count; ++team) {
            if (!serving[team]) continue;
            int pins = instance.pins_start[team + 1] - instance.pins_start[team];
            places_beyond_pins = places_beyond_pins || instance.team_capacity[team] > pins;
            for (int partner : loads.partners_of_team[team]) served[instance.partner_country[partner]] = 1;
        }
        if (!places_beyond_pins) report.outcome = CountryOutcome::NoPlacesLeft;
        else if (coverage == CountryCoverage::Wanted) {
            report.outcome = CountryOutcome::NeededElsewhere;
            for (std::size_t other = 0; other < served.size(); ++other)
                if (served[other]) report.served_instead.push_back(instance.countries[other]);
        }
    }
    return report;
}

}  // namespace

Reasons find_reasons(const Instance& instance, const Loads& loads, CountryCoverage coverage, const Progress& progress)
{
    Reasons reasons;
    find_team_reasons(instance, loads, reasons);
    ServingTeams serving(instance.countries.size());
    for (std::size_t country = 0; country < instance.countries.size(); ++country)
        if (loads.country[country] == 0) serving[country].assign(static_cast<std::size_t>(instance.team_count), 0);
    find_partner_reasons(instance, loads, serving, reasons, progress);
    std::vector<int> partners_in(instance.countries.size(), 0);
    for (int country : instance.partner_country) ++partners_in[country];
    for (std::size_t country = 0; country < instance.countries.size(); ++country) {
        CountryReport report{instance.countries[country], partners_in[country], loads.country[country],
                             CountryOutcome::Served, {}};
        if (report.pairs == 0) {
            report = country_without_pairs(instance, loads, static_cast<int>(country), serving[country],
                                           reasons.partners, coverage);
            report.partners = partners_in[country];
        }
        reasons.countries.push_back(report);
    }
    if (progress) progress(Stage::Reasons, 1.0);
    return reasons;
}

}  // namespace pmi::matching::detail
