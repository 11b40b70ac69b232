// What each proposed pair is worth: the best assignment without it, found as the cheapest
// cycle through the pair's reversed arc in the residual network of the optimal flow.
//
// Why this is exact: forbidding the pair lowers one arc's capacity from 1 to 0. The new
// optimal flow minus the old one is a circulation in the old residual network that sends
// one unit back through the pair; it splits into cycles, exactly one of which holds the
// pair, and the others are cycles of the old residual network, which cost nothing less than
// 0 because the old flow was optimal. So the new optimum is the old one plus the cheapest
// cycle through the reversed pair, that is the reversed pair's reduced cost plus the
// shortest path team ⇝ partner. Reduced costs are ≥ 0 (residual.hpp), so Dijkstra finds it,
// and they add up around a cycle to its real cost. Paths are compared by length, then by
// number of arcs, so among equal cycles the one with the fewest changes is reported.
//
// What it costs. Most pairs have an alternative worth as much (ties are common with whole
// points): a cycle of length 0 and 3 arcs, the shortest there can be, is found by a search
// that looks at nothing longer, and ends it. A pair with no such alternative costs more:
// every node nearer to its team than the cheapest cycle must be settled first, and with
// ties most of the network is at distance 0 (at full scale, about 3 % of the pairs take
// most of the time). Those get a search under the best cycle a budgeted search found.
#include "matching/explain.hpp"

#include <algorithm>
#include <cassert>
#include <compare>
#include <limits>
#include <map>

#include "matching/residual.hpp"

namespace pmi::matching::detail {
namespace {

struct Label {
    Cost distance = 0;
    int hops = 0;
    friend auto operator<=>(const Label&, const Label&) = default;
};
constexpr Label kUnreached{kNoLimit, 0};
// No cycle costs less than 0 or has fewer than 3 arcs besides the reversed pair (team →
// partner or source → team or country → partner).
constexpr Label kShortestPossible{0, 3};

// A priority queue of labels, cheap for the many arcs of reduced cost 0: a label at the
// distance last taken out goes to a first-in first-out list (its arc counts come in order),
// any other to a binary heap.
class LabelQueue {
public:
    bool empty() const { return head_ == list_.size() && heap_.empty(); }
    Label least() const
    {
        if (head_ == list_.size()) return heap_.front().first;
        if (heap_.empty()) return list_[head_].first;
        return std::min(list_[head_].first, heap_.front().first);
    }
    void push(Label label, int node)
    {
        if (label.distance == current_ && (head_ == list_.size() || list_.back().first <= label)) {
            list_.emplace_back(label, node);
            return;
        }
        heap_.emplace_back(label, node);
        std::push_heap(heap_.begin(), heap_.end(), std::greater<>{});
    }
    std::pair<Label, int> pop()
    {
        std::pair<Label, int> entry;
        if (head_ < list_.size() && (heap_.empty() || list_[head_].first <= heap_.front().first)) {
            entry = list_[head_++];
        } else {
            std::pop_heap(heap_.begin(), heap_.end(), std::greater<>{});
            entry = heap_.back();
            heap_.pop_back();
        }
        current_ = entry.first.distance;
        if (head_ == list_.size()) {
            list_.clear();
            head_ = 0;
        }
        return entry;
    }
    void clear()
    {
        list_.clear();
        heap_.clear();
        head_ = 0;
        current_ = 0;
    }

private:
    std::vector<std::pair<Label, int>> list_;
    std::size_t head_ = 0;
    std::vector<std::pair<Label, int>> heap_;
    Cost current_ = 0;
};

// The arc into `node` along a path.
struct Step {
    int node;
    ArcKind kind;
};
using Path = std::vector<Step>;

// Dijkstra over the residual network on labels (length, arcs).
class Search {
public:
    explicit Search(Residual& residual)
        : residual_(residual), label_(static_cast<std::size_t>(residual.node_count()), kUnreached),
          from_(label_.size(), -1), kind_(label_.size(), ArcKind::Other), settled_(label_.size(), 0),
          into_target_(static_cast<std::size_t>(residual.instance().team_count), kNoLimit),
          team_adjust_(static_cast<std::size_t>(residual.instance().team_count), 0)
    {
    }

    // The cheapest cycle through the reversed pair, as the path team ⇝ partner, among those
    // under `ceiling`. False when there is none, or when it would expand more than
    // `most_teams` teams.
    bool cycle_through(int team, int partner, Label ceiling, int most_teams, Path& path)
    {
        reset();
        target_ = residual_.partner_node(partner);
        skip_ = {team, partner};
        ceiling_ = ceiling;
        price_arcs_into(partner);
        start(residual_.team_node(team));
        int teams = 0;
        while (!queue_.empty() && queue_.least() < bound() && bound() > kShortestPossible) {
            auto [label, node] = pop();
            if (node < 0) continue;
            if (node == target_) break;
            if (residual_.is_team(node) && ++teams > most_teams) return false;
            expand(node, label, allowance(label));
        }
        if (label_[target_] >= ceiling_) return false;
        path = path_to(target_);
        return true;
    }

    // The target's label when the last search stopped.
    Label best_found() const { return label_[target_]; }

    // The path from the last start to `node`.
    Path path_to(int node) const
    {
        Path path;
        for (int at = node; at != -1; at = from_[at]) path.push_back({at, kind_[at]});
        std::reverse(path.begin(), path.end());
        return path;
    }

private:
    // The target's label, or the ceiling while that is lower.
    Label bound() const { return target_ < 0 ? kUnreached : std::min(label_[target_], ceiling_); }

    // Arcs whose reduced cost is at least this cannot improve on the bound from `label`.
    Cost allowance(const Label& label) const
    {
        if (bound() == kUnreached) return kNoLimit;
        return bound().distance - label.distance + (label.hops + 1 < bound().hops ? 1 : 0);
    }

    void reset()
    {
        for (int node : touched_) {
            label_[node] = kUnreached;
            settled_[node] = 0;
            from_[node] = -1;
        }
        touched_.clear();
        queue_.clear();
    }

    void start(int node)
    {
        label_[node] = Label{0, 0};
        touched_.push_back(node);
        queue_.push(label_[node], node);
        if (target_ >= 0 && ceiling_ == kUnreached) seed_with_dropping(residual_.team_of(node));
    }

    std::pair<Label, int> pop()
    {
        auto [label, node] = queue_.pop();
        if (settled_[node] || label > label_[node]) return {label, -1};
        settled_[node] = 1;
        return {label, node};
    }

    void expand(int node, const Label& label, Cost limit)
    {
        residual_.arcs_from(node, limit, skip_, [&](int to, Cost reduced, ArcKind kind) {
            assert(reduced >= 0 && "the potentials are not optimal");
            relax(to, label.distance + reduced, node, kind);
        });
    }

    void relax(int node, Cost distance, int from, ArcKind kind)
    {
        Label label{distance, label_[from].hops + 1};
        if (label >= label_[node] || settled_[node]) return;
        // Nothing at or beyond the best cycle found so far can lead to a better one.
        if (label >= bound() && (node != target_ || label >= ceiling_)) return;
        if (label_[node] == kUnreached) touched_.push_back(node);
        label_[node] = label;
        from_[node] = from;
        kind_[node] = kind;
        queue_.push(label, node);
        // A team's arc into the target is tried at once: it often closes a cycle of the least
        // possible label, and then the search is over.
        if (target_ >= 0 && residual_.is_team(node) && into_target_[residual_.team_of(node)] != kNoLimit)
            relax(target_, distance + into_target_[residual_.team_of(node)], node, ArcKind::PairAdded);
    }

    // The reduced cost of every other team's arc into `partner`.
    void price_arcs_into(int partner)
    {
        std::fill(into_target_.begin(), into_target_.end(), kNoLimit);
        const Instance& instance = residual_.instance();
        scan_teams_of(instance, partner, team_adjust_, [&](int team, int fit) {
            if (fit >= 0) into_target_[team] = residual_.added_pair(team, partner, fit);
        });
        for (int team : residual_.loads().teams_of_partner[partner]) into_target_[team] = kNoLimit;
    }

    // The pair simply dropped (team → source → sink → country → partner) is labelled first:
    // its length bounds the search from the start.
    void seed_with_dropping(int team)
    {
        int at = residual_.team_node(team);
        for (const auto& step : residual_.dropping(team, residual_.partner_of(target_))) {
            relax(step.node, label_[at].distance + step.reduced, at, step.kind);
            if (label_[step.node].distance == kNoLimit || from_[step.node] != at) return;
            at = step.node;
        }
    }

    Residual& residual_;
    std::vector<Label> label_;
    std::vector<int> from_;
    std::vector<ArcKind> kind_;
    std::vector<char> settled_;
    std::vector<int> touched_;
    LabelQueue queue_;
    int target_ = -1;
    PairIndex skip_{-1, -1};
    Label ceiling_ = kUnreached;
    std::vector<Cost> into_target_;
    std::vector<int> team_adjust_;
};

PairExplanation read_cycle(const Residual& residual, int team, int partner, const Path& path)
{
    const Instance& instance = residual.instance();
    PairExplanation explanation;
    std::int64_t fit_change = -instance.fit(team, partner);
    int pair_steps = 0;
    for (std::size_t k = 1; k < path.size(); ++k) {
        int from = path[k - 1].node, to = path[k].node;
        switch (path[k].kind) {
        case ArcKind::PairAdded: {
            int added_team = residual.team_of(from), added_partner = residual.partner_of(to);
            int fit = instance.fit(added_team, added_partner);
            fit_change += fit;
            ++pair_steps;
            if (k == 1) explanation.team_side = {static_cast<std::size_t>(added_partner), fit};
            if (k + 1 == path.size()) explanation.partner_side = {static_cast<std::size_t>(added_team), fit};
            break;
        }
        case ArcKind::PairDropped:
            fit_change -= instance.fit(residual.team_of(to), residual.partner_of(from));
            ++pair_steps;
            break;
        case ArcKind::CountryServed: --explanation.countries_lost; break;
        case ArcKind::CountryLeft: ++explanation.countries_lost; break;
        case ArcKind::Other: break;
        }
    }
    explanation.fit_lost = -fit_change;
    explanation.further_changes =
        pair_steps - (explanation.team_side.other ? 1 : 0) - (explanation.partner_side.other ? 1 : 0);
    return explanation;
}

}  // namespace

std::vector<PairExplanation> explain_pairs(const Instance& instance, const FlowSolution& solution, const Loads& loads,
                                           const Bonuses& bonuses, CountryCoverage coverage, const Progress& progress,
                                           int most_teams_per_pair)
{
    Residual residual(instance, solution, loads, bonuses, coverage);
    Search search(residual);
    std::vector<PairExplanation> explanations(solution.pairs.size());
    std::vector<std::size_t> hard;
    Path path;
    // Most pairs have an alternative worth as much, a cycle of the least possible label,
    // found by a search that looks at nothing else; then a search with a small budget; the
    // rest get a search without one.
    const Label just_above_shortest{0, kShortestPossible.hops + 1};
    for (std::size_t k = 0; k < solution.pairs.size(); ++k) {
        if (progress && k % 64 == 0)
            progress(Stage::Explaining, 0.9 * static_cast<double>(k) / static_cast<double>(solution.pairs.size()));
        auto [team, partner] = solution.pairs[k];
        if (search.cycle_through(team, partner, just_above_shortest, most_teams_per_pair, path) ||
            search.cycle_through(team, partner, kUnreached, most_teams_per_pair, path))
            explanations[k] = read_cycle(residual, team, partner, path);
        else
            hard.push_back(k);
    }
    // The others get a search without a budget, under the length of the best cycle the
    // search with a budget found: arcs that cannot beat it are not even looked at.
    for (std::size_t k : hard) {
        auto [team, partner] = solution.pairs[k];
        search.cycle_through(team, partner, kUnreached, most_teams_per_pair, path);
        Label ceiling{search.best_found().distance + 1, 0};
        search.cycle_through(team, partner, ceiling, std::numeric_limits<int>::max(), path);
        explanations[k] = read_cycle(residual, team, partner, path);
    }
    if (progress) progress(Stage::Explaining, 1.0);
    return explanations;
}

}  // namespace pmi::matching::detail
