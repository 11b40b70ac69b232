#include "review/scoring.hpp"

#include <algorithm>
#include <cmath>

namespace pmi::review {

std::vector<Error> check_scores(const std::vector<calls::Criterion>& rubric, const std::vector<Score>& scores)
{
    std::vector<Error> errors;
    for (const auto& score : scores) {
        std::string field = "criterion_" + std::to_string(score.criterion);
        if (score.criterion < 1 || score.criterion > static_cast<int>(rubric.size())) {
            errors.push_back(invalid(field, "The rubric has no criterion {1}.", {std::to_string(score.criterion)}));
            continue;
        }
        const auto& criterion = rubric[static_cast<std::size_t>(score.criterion - 1)];
        if (score.score < 0 || score.score > criterion.scale_max)
            errors.push_back(invalid(field, "Give criterion {1} a score from 0 to {2}.",
                                     {std::to_string(score.criterion), std::to_string(criterion.scale_max)}));
        if (score.comment.size() > 5000) errors.push_back(invalid(field + "_comment", "Keep each comment under 5,000 characters."));
    }
    return errors;
}

Result<double> weighted_total(const std::vector<calls::Criterion>& rubric, const std::vector<Score>& scores, bool complete)
{
    if (auto errors = check_scores(rubric, scores); !errors.empty()) return combine(std::move(errors));
    double weight_sum = 0, total = 0;
    std::vector<Error> missing;
    for (std::size_t i = 0; i < rubric.size(); ++i) {
        const int position = static_cast<int>(i + 1);
        auto found = std::find_if(scores.begin(), scores.end(), [&](const Score& s) { return s.criterion == position; });
        weight_sum += rubric[i].weight;
        if (found == scores.end()) {
            if (complete) missing.push_back(invalid("criterion_" + std::to_string(position), "Score criterion {1} before submitting.", {std::to_string(position)}));
            continue;
        }
        total += rubric[i].weight * static_cast<double>(found->score) / rubric[i].scale_max;
    }
    if (!missing.empty()) return combine(std::move(missing));
    return weight_sum > 0 ? 100.0 * total / weight_sum : 0.0;
}

std::vector<RankedApplication> rank(const std::map<std::int64_t, std::map<std::int64_t, double>>& totals,
                                    Normalisation normalisation)
{
    // Per reviewer mean and deviation, and the same over every total.
    std::map<std::int64_t, std::pair<double, double>> reviewer_stats;
    std::map<std::int64_t, std::vector<double>> by_reviewer;
    std::vector<double> all;
    for (const auto& [application, reviews] : totals)
        for (const auto& [reviewer, total] : reviews) {
            by_reviewer[reviewer].push_back(total);
            all.push_back(total);
        }
    auto stats = [](const std::vector<double>& values) {
        double mean = 0, variance = 0;
        for (double v : values) mean += v;
        mean /= static_cast<double>(std::max<std::size_t>(1, values.size()));
        for (double v : values) variance += (v - mean) * (v - mean);
        return std::pair{mean, std::sqrt(variance / static_cast<double>(std::max<std::size_t>(1, values.size())))};
    };
    for (const auto& [reviewer, values] : by_reviewer) reviewer_stats[reviewer] = stats(values);
    const auto [global_mean, global_deviation] = stats(all);

    std::vector<RankedApplication> ranking;
    for (const auto& [application, reviews] : totals) {
        RankedApplication row;
        row.application = ApplicationId{application};
        double low = 100, high = 0, sum = 0;
        for (const auto& [reviewer, total] : reviews) {
            double value = total;
            const auto& [mean, deviation] = reviewer_stats[reviewer];
            // A reviewer with a single review or identical totals has no deviation to scale by.
            if (normalisation == Normalisation::ZScore && deviation > 1e-9)
                value = std::clamp(global_mean + (total - mean) / deviation * global_deviation, 0.0, 100.0);
            sum += value;
            low = std::min(low, value);
            high = std::max(high, value);
        }
        row.reviews = static_cast<int>(reviews.size());
        row.total = reviews.empty() ? 0 : sum / static_cast<double>(reviews.size());
        row.spread = reviews.empty() ? 0 : high - low;
        row.disputed = row.spread > kDisputedSpread;
        ranking.push_back(row);
    }
    std::stable_sort(ranking.begin(), ranking.end(), [](const auto& a, const auto& b) { return a.total > b.total; });
    return ranking;
}

std::string score_changes(const std::vector<Score>& before, const std::vector<Score>& after)
{
    std::string summary;
    for (const auto& score : after) {
        auto old = std::find_if(before.begin(), before.end(), [&](const Score& s) { return s.criterion == score.criterion; });
        if (!summary.empty()) summary += ", ";
        summary += "criterion " + std::to_string(score.criterion) + ": " +
                   (old == before.end() ? std::string("none") : std::to_string(old->score)) + " → " + std::to_string(score.score);
    }
    return summary;
}

}  // namespace pmi::review
