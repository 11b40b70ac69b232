#pragma once
// Reviewer assignment: which reviewers read which applications of a call. Pure (no I/O):
// the service layer turns applications and reviewers into indices, calls assign_reviewers,
// and maps the pairs back to ids. Solved exactly as a min-cost flow (HotCRP's autoassigner
// is the model), so the officer sees the best assignment, not a greedy guess.
#include <cstdint>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace pmi::review {

// The best fit a reviewer can have; a pair costs kBestSuitability - suitability.
inline constexpr int kBestSuitability = 100;
// Each added review costs balance_weight × (the reviewer's new load) on top of its fit, so a
// reviewer's k-th review costs more than its (k-1)-th. With 4, a reviewer already carrying d
// more reviews than another gets the next one only if it fits it more than 4 × d points
// better: a 20-point better fit is worth 5 extra reviews, while between equally loaded
// reviewers the balance terms are equal and suitability alone decides.
inline constexpr int kDefaultBalanceWeight = 4;
// Taken off the cost of a pair that is already assigned, so that re-running the assignment
// after a small change (a new conflict, a reviewer leaving) moves few existing reviews.
inline constexpr int kDefaultKeepBonus = 5;

// (application, reviewer), both as indices into the problem.
using ReviewPair = std::pair<int, int>;

// Applications are numbered 0..application_count-1 and reviewers 0..reviewer_count-1.
struct AssignmentProblem {
    int application_count = 0;
    int reviewer_count = 0;
    int reviews_per_application = 3;
    // Per reviewer: the most applications it may review, pinned ones included.
    std::vector<int> capacity;
    // suitability[application][reviewer], 0..100: how well the reviewer's expertise fits the
    // application (higher is better). application_count rows of reviewer_count values.
    std::vector<std::vector<int>> suitability;
    // Pairs that are never assigned (declared conflicts of interest).
    std::vector<ReviewPair> conflicts;
    // Pairs the officer fixed by hand: every one is in the result (a pair listed twice counts once).
    std::vector<ReviewPair> pinned;
    // Pairs already assigned: each gets keep_bonus off its cost, so it is dropped only for a
    // clearly better assignment. A conflicted pair listed here is ignored: the conflict wins.
    std::vector<ReviewPair> existing;
    int balance_weight = kDefaultBalanceWeight;  // 0..1000
    int keep_bonus = kDefaultKeepBonus;          // 0..100
};

struct Assignment {
    // Sorted by application, then reviewer; reviews_per_application pairs per application.
    std::vector<ReviewPair> pairs;
    // The minimised objective: the sum over pairs of (100 - suitability, less keep_bonus when
    // the pair is existing) plus, per reviewer, balance_weight × (1 + 2 + ... + load).
    std::int64_t cost = 0;
    // Per reviewer: how many applications it reviews, pinned ones included.
    std::vector<int> load;
};

// The assignment of minimum cost in which every application gets exactly
// reviews_per_application distinct reviewers, no conflicted pair is used, every pinned pair
// is kept and no reviewer exceeds its capacity. Fails with invalid(field, message) when the
// problem is malformed (a size or an index out of range) or cannot be satisfied, saying why:
// "pinned" for a pinned pair that is a conflict or more pins than reviews, "capacity" for a
// reviewer with fewer places than pins or too few places in all, "applications" for an
// application without enough reviewers free of conflicts. Every such problem is reported at
// once (the first, the rest in Error::more). Application and reviewer numbers travel as
// message arguments, so the caller may replace them with titles and names.
Result<Assignment> assign_reviewers(const AssignmentProblem& problem);

}  // namespace pmi::review
