#pragma once
// Review of a call's applications: who reviews what, the scores they give, the ranking
// that results, and the decisions released to applicants.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::review {

using calls::ApplicationId;
using calls::CallId;

struct ReviewerSeat {
    UserId reviewer;
    std::string name;
    int capacity = 0;
    std::map<std::string, int, std::less<>> expertise;  // programming area → 0..3
};

struct AssignedReview {
    ApplicationId application;
    UserId reviewer;
    std::string reviewer_name;
    std::string organisation_name;  // the applying municipality
    bool pinned = false;
    std::optional<Seconds> submitted_at;
};

struct Score {
    int criterion = 0;  // 1-based position in the call's rubric
    int score = 0;
    std::string comment;
};

struct ReviewSheet {
    ApplicationId application;
    std::vector<Score> mine;
    bool submitted = false;
    // Other reviewers' scores, shown only once the reviewer has submitted their own.
    std::vector<std::pair<std::string, std::vector<Score>>> others;
};

enum class Outcome { Selected, NotSelected, Waitlisted };
std::string_view outcome_code(Outcome outcome);
std::optional<Outcome> outcome_from_code(std::string_view code);

enum class Normalisation { None, ZScore };

struct RankedApplication {
    ApplicationId application;
    std::string organisation_name;
    double total = 0;    // 0..100, the mean of the reviewers' weighted totals
    double spread = 0;   // highest minus lowest reviewer total
    bool disputed = false;  // spread above kDisputedSpread
    int reviews = 0;     // submitted reviews counted
    std::optional<Outcome> decision;
};

inline constexpr double kDisputedSpread = 25.0;

}  // namespace pmi::review
