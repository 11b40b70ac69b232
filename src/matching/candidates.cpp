// Step 1: the pairs the first network is built on. One pass over every pair that shares a
// language, keeping the best few of each team and of each partner: by fit, and by fit at
// the estimated prices (estimate.cpp), the lowest estimated reduced costs.
#include <algorithm>
#include <limits>

#include "matching/solver.hpp"

namespace pmi::matching::detail {
namespace {

// The `size` best (value, spread, index) seen, best first: higher value, then lower spread
// (instance.hpp), then lower index.
class BestFew {
public:
    explicit BestFew(std::size_t size) : size_(size) {}
    void offer(Cost value, std::uint32_t order, int index)
    {
        if (size_ == 0) return;
        Entry entry{value, order, index};
        if (entries_.size() == size_ && !better(entry, entries_.back())) return;
        auto at = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& other) { return better(entry, other); });
        entries_.insert(at, entry);
        if (entries_.size() > size_) entries_.pop_back();
    }
    std::vector<int> indices() const
    {
        std::vector<int> indices;
        for (const auto& entry : entries_) indices.push_back(entry.index);
        return indices;
    }
    void clear() { entries_.clear(); }

private:
    struct Entry {
        Cost value;
        std::uint32_t order;
        int index;
    };
    static bool better(const Entry& a, const Entry& b)
    {
        return a.value > b.value || (a.value == b.value && (a.order < b.order || (a.order == b.order && a.index < b.index)));
    }
    std::size_t size_;
    std::vector<Entry> entries_;
};

// Every partner's best teams, kept in flat arrays: a BestFew per partner would allocate
// tens of thousands of vectors. Teams come in key order, so a later team with the same value
// never displaces an earlier one.
class BestTeamsOfPartners {
public:
    BestTeamsOfPartners(int partner_count, int size)
        : size_(size), fits_(static_cast<std::size_t>(partner_count) * size, std::numeric_limits<Cost>::min()),
          teams_(static_cast<std::size_t>(partner_count) * size, -1)
    {
    }
    void offer(int partner, Cost fit, int team)
    {
        if (size_ == 0) return;
        std::size_t first = static_cast<std::size_t>(partner) * size_;
        std::size_t last = first + size_ - 1;
        if (fit <= fits_[last]) return;
        std::size_t at = last;
        while (at > first && fit > fits_[at - 1]) {
            fits_[at] = fits_[at - 1];
            teams_[at] = teams_[at - 1];
            --at;
        }
        fits_[at] = fit;
        teams_[at] = team;
    }
    void add_to(std::vector<PairIndex>& pairs, int partner_count) const
    {
        for (int partner = 0; partner < partner_count; ++partner)
            for (int k = 0; k < size_; ++k) {
                int team = teams_[static_cast<std::size_t>(partner) * size_ + k];
                if (team >= 0) pairs.emplace_back(team, partner);
            }
    }

private:
    int size_;
    std::vector<Cost> fits_;
    std::vector<int> teams_;
};

}  // namespace

CandidateSet initial_candidates(const Instance& instance, const PotentialEstimate& estimate, int per_team,
                                int per_partner, const Progress& progress)
{
    // A couple of favourites by fit alone, whatever the prices.
    constexpr std::size_t kFavourites = 2;
    CandidateSet set;
    BestFew best_at_prices(static_cast<std::size_t>(std::max(per_team, 0)));
    BestFew favourites(kFavourites);
    BestTeamsOfPartners best_teams(instance.partner_count, std::max(per_partner, 0));
    std::vector<int> adjust(static_cast<std::size_t>(instance.partner_count), 0);
    for (int team = 0; team < instance.team_count; ++team) {
        if (progress && team % 256 == 0) progress(Stage::Candidates, static_cast<double>(team) / instance.team_count);
        if (instance.team_capacity[team] == 0) continue;
        best_at_prices.clear();
        favourites.clear();
        const Cost team_price = estimate.team[team];
        scan_partners_of(instance, team, adjust, [&](int partner, int fit) {
            ++set.compatible_pairs;
            if (fit < 0) return;  // forbidden
            ++set.allowed_pairs;
            std::uint32_t order = spread(team, partner);
            best_at_prices.offer(fit + estimate.partner[partner], order, partner);
            favourites.offer(fit, order, partner);
            best_teams.offer(partner, fit - team_price, team);
        });
        for (int partner : best_at_prices.indices()) set.pairs.emplace_back(team, partner);
        for (int partner : favourites.indices()) set.pairs.emplace_back(team, partner);
    }
    best_teams.add_to(set.pairs, instance.partner_count);
    for (auto pair : instance.pins) set.pairs.push_back(pair);
    for (auto [team, partner] : instance.worked_together)
        if (instance.team_capacity[team] > 0 && instance.allowed(team, partner)) set.pairs.emplace_back(team, partner);
    std::sort(set.pairs.begin(), set.pairs.end());
    set.pairs.erase(std::unique(set.pairs.begin(), set.pairs.end()), set.pairs.end());
    if (progress) progress(Stage::Candidates, 1.0);
    return set;
}

}  // namespace pmi::matching::detail
