#pragma once
// The problem in the engine's working form: teams and partners numbered in key order,
// languages as bitmasks, countries as small numbers, and per-area numbers in flat arrays,
// so that the fit of any of tens of millions of pairs is computed on the fly from a few
// bytes instead of being stored.
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "matching/engine.hpp"

namespace pmi::matching::detail {

using Cost = long long;          // LEMON's cost type: integer, so the optimum is exact
using PairIndex = std::pair<int, int>;  // (team, partner), both in key order

// A fit below every real one: a forbidden pair, in the scans below.
inline constexpr int kBlocked = -1'000'000'000;

struct Instance {
    int team_count = 0;
    int partner_count = 0;
    // Key order → index into Problem::teams / Problem::partners.
    std::vector<std::size_t> team_input, partner_input;

    // Teams, in key order.
    std::vector<LanguageSet> team_languages;
    std::vector<std::array<int, kAreaCount>> team_area;  // area weight × expertise
    std::vector<int> team_review;                        // review points, the same for all its pairs
    std::vector<int> team_class;                         // population class
    std::vector<int> team_capacity;

    // Partners, in key order.
    std::vector<LanguageSet> partner_reach;  // its languages; every language with interpretation
    std::vector<AreaLevels> partner_needs;
    std::vector<int> partner_class;
    std::vector<int> partner_wanted;
    std::vector<int> partner_country;  // index into `countries`
    std::vector<Country> countries;    // the countries that have partners, in code order

    std::array<int, kSizeSpan + 1> size_points{};  // by population class distance, capped
    int continuity = 0;

    // Sorted by (team, partner); `*_start[t]` .. `*_start[t + 1]` are team t's entries.
    std::vector<PairIndex> pins, forbidden, worked_together;
    std::vector<int> pins_start, forbidden_start, together_start;
    // The same forbidden and worked-together pairs as (partner, team), by partner.
    std::vector<PairIndex> forbidden_by_partner, together_by_partner;
    std::vector<int> forbidden_by_partner_start, together_by_partner_start;

    // Partners grouped by `partner_reach`, so that a team skips the groups it shares no
    // language with; within a group, in buckets of the same needs, by population class then
    // key. A team's fits within a bucket differ only by size similarity (and continuity), so
    // one bound serves a whole bucket. Positions in this order are "scan positions".
    struct Bucket {
        int begin = 0, end = 0;
        AreaLevels needs{};
        int least_class = 0, most_class = 0;
    };
    struct Group {
        LanguageSet reach = 0;
        int begin = 0, end = 0;               // scan positions
        int first_bucket = 0, end_bucket = 0;  // indices into `buckets`
    };
    std::vector<Group> groups;
    std::vector<Bucket> buckets;
    std::vector<int> scan_partner;  // scan position → partner
    std::vector<int> partner_scan;  // partner → scan position
    std::array<std::vector<std::int8_t>, kAreaCount> scan_needs;
    std::vector<int> scan_class;

    bool languages_allow(int team, int partner) const { return (team_languages[team] & partner_reach[partner]) != 0; }
    bool is_forbidden(int team, int partner) const;
    bool is_pinned(int team, int partner) const;
    bool worked_together_before(int team, int partner) const;
    // Allowed: languages allow it and it is not forbidden.
    bool allowed(int team, int partner) const
    {
        return languages_allow(team, partner) && !is_forbidden(team, partner);
    }
    // The fit of an allowed pair (the same number as fit_terms(...).total()).
    int fit(int team, int partner) const;
    int base_fit(int team, int partner) const;  // without continuity
    // The most any pair of `team` with a partner of `bucket` can fit, size points aside
    // (continuity counted when the team has past partners at all).
    int fit_beside_size(int team, const Bucket& bucket) const;
    // The least population class distance between `team` and a partner of `bucket`.
    int class_distance(int team, const Bucket& bucket) const;
    // The scan positions [first, last) of the partners of `bucket` whose size points with
    // `team` are at least `least_size_points` (all of them when that is 0 or less).
    std::pair<int, int> class_window(int team, const Bucket& bucket, Cost least_size_points) const;
};

// A number that orders the pairs of equal value differently for each team (a mix of the two
// indices, fixed: the same pair always gets the same number). Where many partners are
// worth the same to a team, the teams then pick different ones first, instead of all the
// same: far fewer teams contend for one partner, and the solver needs far fewer rounds.
inline std::uint32_t spread(int team, int partner)
{
    std::uint64_t mixed = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(team)) << 32) |
                          static_cast<std::uint32_t>(partner);
    mixed ^= mixed >> 33;
    mixed *= 0xff51afd7ed558ccdULL;
    mixed ^= mixed >> 33;
    mixed *= 0xc4ceb9fe1a85ec53ULL;
    mixed ^= mixed >> 33;
    return static_cast<std::uint32_t>(mixed);
}

// Builds the working form of a valid problem (check_problem found nothing).
Instance build_instance(const Problem& problem);

// Every problem of the input, at most `most` of them, in input order.
std::vector<Error> check_problem(const Problem& problem, std::size_t most);

// Calls visit(partner, fit) for every partner that shares a language with `team`, in scan
// order, with a fit below 0 for a forbidden pair. `adjust` is a scratch array of
// partner_count zeros, left as it was found.
template <typename Visit>
void scan_partners_of(const Instance& instance, int team, std::vector<int>& adjust, Visit&& visit)
{
    for (int k = instance.forbidden_start[team]; k < instance.forbidden_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.forbidden[k].second]] = kBlocked;
    for (int k = instance.together_start[team]; k < instance.together_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.worked_together[k].second]] += instance.continuity;
    const auto [a0, a1, a2] = instance.team_area[team];
    const int review = instance.team_review[team];
    const int team_class = instance.team_class[team];
    const auto& n0 = instance.scan_needs[0];
    const auto& n1 = instance.scan_needs[1];
    const auto& n2 = instance.scan_needs[2];
    for (const auto& group : instance.groups) {
        if ((group.reach & instance.team_languages[team]) == 0) continue;
        for (int at = group.begin; at < group.end; ++at) {
            int distance = instance.scan_class[at] > team_class ? instance.scan_class[at] - team_class
                                                                 : team_class - instance.scan_class[at];
            int fit = a0 * n0[at] + a1 * n1[at] + a2 * n2[at] + review +
                      instance.size_points[distance < kSizeSpan ? distance : kSizeSpan] + adjust[at];
            visit(instance.scan_partner[at], fit);
        }
    }
    for (int k = instance.forbidden_start[team]; k < instance.forbidden_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.forbidden[k].second]] = 0;
    for (int k = instance.together_start[team]; k < instance.together_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.worked_together[k].second]] = 0;
}

// Potentials of one solution in scan order, and the largest in each bucket, for the scans
// below.
struct ScanPotentials {
    std::vector<Cost> by_position;
    std::vector<Cost> most_in_bucket;
};
ScanPotentials scan_potentials(const Instance& instance, const std::vector<Cost>& partner_potential);

// Calls visit(partner, fit, potential) for the partners that share a language with `team`
// and whose fit + potential exceeds `threshold`, with a fit below 0 for a forbidden pair.
// Buckets whose bound (the most fit + the bucket's largest potential) does not exceed the
// threshold are skipped whole: none of their partners can. Adds the pairs it computes a fit
// for to `examined`.
template <typename Visit>
void scan_partners_above(const Instance& instance, int team, const ScanPotentials& potentials, Cost threshold,
                         std::vector<int>& adjust, std::uint64_t& examined, Visit&& visit)
{
    for (int k = instance.forbidden_start[team]; k < instance.forbidden_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.forbidden[k].second]] = kBlocked;
    for (int k = instance.together_start[team]; k < instance.together_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.worked_together[k].second]] += instance.continuity;
    const auto [a0, a1, a2] = instance.team_area[team];
    const int review = instance.team_review[team];
    const int team_class = instance.team_class[team];
    const auto& n0 = instance.scan_needs[0];
    const auto& n1 = instance.scan_needs[1];
    const auto& n2 = instance.scan_needs[2];
    for (const auto& group : instance.groups) {
        if ((group.reach & instance.team_languages[team]) == 0) continue;
        for (int b = group.first_bucket; b < group.end_bucket; ++b) {
            const auto& bucket = instance.buckets[b];
            const Cost beside_size = instance.fit_beside_size(team, bucket) + potentials.most_in_bucket[b];
            if (beside_size + instance.size_points[instance.class_distance(team, bucket)] <= threshold) continue;
            // Partners are in class order: only those whose size points make up what the rest
            // of the bound lacks can pass, a window of classes around the team's.
            auto [first, last] = instance.class_window(team, bucket, threshold - beside_size + 1);
            examined += static_cast<std::uint64_t>(last - first);
            for (int at = first; at < last; ++at) {
                int distance = instance.scan_class[at] > team_class ? instance.scan_class[at] - team_class
                                                                     : team_class - instance.scan_class[at];
                int fit = a0 * n0[at] + a1 * n1[at] + a2 * n2[at] + review +
                          instance.size_points[distance < kSizeSpan ? distance : kSizeSpan] + adjust[at];
                if (fit + potentials.by_position[at] > threshold)
                    visit(instance.scan_partner[at], fit, potentials.by_position[at]);
            }
        }
    }
    for (int k = instance.forbidden_start[team]; k < instance.forbidden_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.forbidden[k].second]] = 0;
    for (int k = instance.together_start[team]; k < instance.together_start[team + 1]; ++k)
        adjust[instance.partner_scan[instance.worked_together[k].second]] = 0;
}

// Calls visit(team, fit) for every team with places that shares a language with
// `partner`, in key order, with a fit below 0 for a forbidden pair. `adjust` is a scratch
// array of team_count zeros, left as it was found.
template <typename Visit>
void scan_teams_of(const Instance& instance, int partner, std::vector<int>& adjust, Visit&& visit)
{
    const int first_forbidden = instance.forbidden_by_partner_start[partner];
    const int last_forbidden = instance.forbidden_by_partner_start[partner + 1];
    const int first_together = instance.together_by_partner_start[partner];
    const int last_together = instance.together_by_partner_start[partner + 1];
    for (int k = first_forbidden; k < last_forbidden; ++k) adjust[instance.forbidden_by_partner[k].second] = kBlocked;
    for (int k = first_together; k < last_together; ++k)
        adjust[instance.together_by_partner[k].second] += instance.continuity;
    const auto& needs = instance.partner_needs[partner];
    const LanguageSet reach = instance.partner_reach[partner];
    const int partner_class = instance.partner_class[partner];
    for (int team = 0; team < instance.team_count; ++team) {
        if ((instance.team_languages[team] & reach) == 0 || instance.team_capacity[team] == 0) continue;
        const auto& area = instance.team_area[team];
        int distance = instance.team_class[team] > partner_class ? instance.team_class[team] - partner_class
                                                                 : partner_class - instance.team_class[team];
        int fit = area[0] * needs[0] + area[1] * needs[1] + area[2] * needs[2] + instance.team_review[team] +
                  instance.size_points[distance < kSizeSpan ? distance : kSizeSpan] + adjust[team];
        visit(team, fit);
    }
    for (int k = first_forbidden; k < last_forbidden; ++k) adjust[instance.forbidden_by_partner[k].second] = 0;
    for (int k = first_together; k < last_together; ++k) adjust[instance.together_by_partner[k].second] = 0;
}

}  // namespace pmi::matching::detail
