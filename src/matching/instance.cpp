#include "matching/instance.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <numeric>
#include <tuple>
#include <string_view>
#include <unordered_map>

namespace pmi::matching::detail {
namespace {

// Indices of `items` sorted by key (keys are unique once checked).
template <typename Item>
std::vector<std::size_t> key_order(const std::vector<Item>& items)
{
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].key < items[b].key; });
    return order;
}

// Key → position in key order.
template <typename Item>
std::unordered_map<std::string_view, int> positions(const std::vector<Item>& items, const std::vector<std::size_t>& order)
{
    std::unordered_map<std::string_view, int> map;
    map.reserve(order.size());
    for (std::size_t at = 0; at < order.size(); ++at) map.emplace(items[order[at]].key, static_cast<int>(at));
    return map;
}

// Sorts and deduplicates `pairs`, and fills `start` so that the pairs whose first member
// is t are pairs[start[t]] .. pairs[start[t + 1] - 1].
void index_by_team(std::vector<PairIndex>& pairs, std::vector<int>& start, int team_count)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    start.assign(static_cast<std::size_t>(team_count) + 1, 0);
    for (auto [team, partner] : pairs) ++start[static_cast<std::size_t>(team) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
}

bool contains(const std::vector<PairIndex>& pairs, const std::vector<int>& start, int team, int partner)
{
    auto first = pairs.begin() + start[team];
    auto last = pairs.begin() + start[team + 1];
    return std::binary_search(first, last, PairIndex{team, partner});
}

void fill_teams(const Problem& problem, Instance& instance)
{
    for (std::size_t input : instance.team_input) {
        const Team& team = problem.teams[input];
        instance.team_languages.push_back(team.languages);
        std::array<int, kAreaCount> area{};
        for (std::size_t a = 0; a < kAreaCount; ++a) area[a] = problem.weights.area[a] * team.expertise[a];
        instance.team_area.push_back(area);
        instance.team_review.push_back(review_points(problem.weights.review, team.review_score));
        instance.team_class.push_back(population_class(team.population));
        instance.team_capacity.push_back(team.capacity);
    }
}

void fill_partners(const Problem& problem, Instance& instance)
{
    std::array<int, kCountryCount> country_index;
    country_index.fill(-1);
    for (const auto& partner : problem.partners) country_index[static_cast<std::size_t>(partner.country)] = 0;
    for (std::size_t c = 0; c < kCountryCount; ++c)
        if (country_index[c] == 0) {
            country_index[c] = static_cast<int>(instance.countries.size());
            instance.countries.push_back(static_cast<Country>(c));
        }
    constexpr LanguageSet kEveryLanguage = (1u << kLanguageCount) - 1;
    for (std::size_t input : instance.partner_input) {
        const Partner& partner = problem.partners[input];
        instance.partner_reach.push_back(partner.interpretation ? kEveryLanguage : partner.languages);
        instance.partner_needs.push_back(partner.needs);
        instance.partner_class.push_back(population_class(partner.population));
        instance.partner_wanted.push_back(partner.wanted_partners);
        instance.partner_country.push_back(country_index[static_cast<std::size_t>(partner.country)]);
    }
}

void fill_scan_order(Instance& instance)
{
    std::vector<int> order(static_cast<std::size_t>(instance.partner_count));
    std::iota(order.begin(), order.end(), 0);
    auto place = [&](int partner) {
        return std::tuple(instance.partner_reach[partner], instance.partner_needs[partner], instance.partner_class[partner],
                          partner);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return place(a) < place(b); });
    instance.partner_scan.assign(static_cast<std::size_t>(instance.partner_count), 0);
    for (int partner : order) {
        bool new_group = instance.groups.empty() || instance.groups.back().reach != instance.partner_reach[partner];
        bool new_bucket = new_group || instance.buckets.back().needs != instance.partner_needs[partner];
        int at = static_cast<int>(instance.scan_partner.size());
        if (new_group) instance.groups.push_back({instance.partner_reach[partner], at, at, static_cast<int>(instance.buckets.size()), 0});
        if (new_bucket)
            instance.buckets.push_back({at, at, instance.partner_needs[partner], instance.partner_class[partner],
                                        instance.partner_class[partner]});
        Instance::Bucket& bucket = instance.buckets.back();
        bucket.end = at + 1;
        bucket.most_class = instance.partner_class[partner];  // classes ascend within a bucket
        Instance::Group& group = instance.groups.back();
        group.end = at + 1;
        group.end_bucket = static_cast<int>(instance.buckets.size());
        instance.partner_scan[partner] = at;
        instance.scan_partner.push_back(partner);
        for (std::size_t a = 0; a < kAreaCount; ++a)
            instance.scan_needs[a].push_back(static_cast<std::int8_t>(instance.partner_needs[partner][a]));
        instance.scan_class.push_back(instance.partner_class[partner]);
    }
}

void fill_pairs(const Problem& problem, Instance& instance)
{
    auto team_at = positions(problem.teams, instance.team_input);
    auto partner_at = positions(problem.partners, instance.partner_input);
    for (const auto& rule : problem.rules) {
        PairIndex pair{team_at.at(rule.team), partner_at.at(rule.partner)};
        (rule.rule == PairRule::Pin ? instance.pins : instance.forbidden).push_back(pair);
    }
    for (int team = 0; team < instance.team_count; ++team)
        for (const auto& key : problem.teams[instance.team_input[team]].past_partners)
            if (auto found = partner_at.find(key); found != partner_at.end())
                instance.worked_together.emplace_back(team, found->second);
    index_by_team(instance.pins, instance.pins_start, instance.team_count);
    index_by_team(instance.forbidden, instance.forbidden_start, instance.team_count);
    index_by_team(instance.worked_together, instance.together_start, instance.team_count);
    auto by_partner = [&](const std::vector<PairIndex>& pairs, std::vector<PairIndex>& flipped, std::vector<int>& start) {
        for (auto [team, partner] : pairs) flipped.emplace_back(partner, team);
        index_by_team(flipped, start, instance.partner_count);
    };
    by_partner(instance.forbidden, instance.forbidden_by_partner, instance.forbidden_by_partner_start);
    by_partner(instance.worked_together, instance.together_by_partner, instance.together_by_partner_start);
}

}  // namespace

bool Instance::is_forbidden(int team, int partner) const { return contains(forbidden, forbidden_start, team, partner); }
bool Instance::is_pinned(int team, int partner) const { return contains(pins, pins_start, team, partner); }
bool Instance::worked_together_before(int team, int partner) const
{
    return contains(worked_together, together_start, team, partner);
}

int Instance::base_fit(int team, int partner) const
{
    int fit = team_review[team];
    for (std::size_t a = 0; a < kAreaCount; ++a) fit += team_area[team][a] * partner_needs[partner][a];
    int distance = std::abs(team_class[team] - partner_class[partner]);
    return fit + size_points[std::min(distance, kSizeSpan)];
}

int Instance::fit(int team, int partner) const
{
    return base_fit(team, partner) + (worked_together_before(team, partner) ? continuity : 0);
}

int Instance::fit_beside_size(int team, const Bucket& bucket) const
{
    int fit = team_review[team];
    for (std::size_t a = 0; a < kAreaCount; ++a) fit += team_area[team][a] * bucket.needs[a];
    bool worked_together = together_start[team + 1] > together_start[team];
    return fit + (worked_together ? continuity : 0);
}

int Instance::class_distance(int team, const Bucket& bucket) const
{
    int distance = team_class[team] < bucket.least_class   ? bucket.least_class - team_class[team]
                   : team_class[team] > bucket.most_class ? team_class[team] - bucket.most_class
                                                          : 0;
    return std::min(distance, kSizeSpan);
}

std::pair<int, int> Instance::class_window(int team, const Bucket& bucket, Cost least_size_points) const
{
    if (least_size_points <= 0) return {bucket.begin, bucket.end};
    // size_points falls as the distance grows: the widest distance that still earns enough.
    int widest = -1;
    while (widest + 1 < kSizeSpan && size_points[widest + 1] >= least_size_points) ++widest;
    if (widest < 0) return {bucket.begin, bucket.begin};
    auto first = scan_class.begin() + bucket.begin, last = scan_class.begin() + bucket.end;
    auto low = std::lower_bound(first, last, team_class[team] - widest);
    auto high = std::upper_bound(low, last, team_class[team] + widest);
    return {static_cast<int>(low - scan_class.begin()), static_cast<int>(high - scan_class.begin())};
}

ScanPotentials scan_potentials(const Instance& instance, const std::vector<Cost>& partner_potential)
{
    ScanPotentials potentials;
    potentials.by_position.resize(instance.scan_partner.size());
    for (std::size_t at = 0; at < instance.scan_partner.size(); ++at)
        potentials.by_position[at] = partner_potential[instance.scan_partner[at]];
    potentials.most_in_bucket.reserve(instance.buckets.size());
    for (const auto& bucket : instance.buckets)
        potentials.most_in_bucket.push_back(*std::max_element(potentials.by_position.begin() + bucket.begin,
                                                              potentials.by_position.begin() + bucket.end));
    return potentials;
}

Instance build_instance(const Problem& problem)
{
    Instance instance;
    instance.team_count = static_cast<int>(problem.teams.size());
    instance.partner_count = static_cast<int>(problem.partners.size());
    instance.team_input = key_order(problem.teams);
    instance.partner_input = key_order(problem.partners);
    instance.continuity = problem.weights.continuity;
    for (int distance = 0; distance <= kSizeSpan; ++distance)
        instance.size_points[distance] = size_points(problem.weights.size, 0, distance);
    fill_teams(problem, instance);
    fill_partners(problem, instance);
    fill_scan_order(instance);
    fill_pairs(problem, instance);
    return instance;
}

}  // namespace pmi::matching::detail
