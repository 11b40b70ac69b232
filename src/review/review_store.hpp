#pragma once
// Reviewers, conflicts, assignments, scores and decisions, in SQL.
#include <map>
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "review/review.hpp"

namespace pmi::review {

struct ReviewCandidate {  // an application that can be reviewed
    ApplicationId id;
    OrganisationId organisation;
    std::string organisation_name;
    std::string province;
    calls::Answers answers;
};

class ReviewStore {
public:
    explicit ReviewStore(db::Connection& connection) : connection_(connection) {}

    std::vector<ReviewerSeat> reviewers(CallId call);
    // Every user with the reviewer role, whether or not seated on a call.
    std::vector<ReviewerSeat> reviewer_pool();
    void set_reviewer(CallId call, UserId reviewer, int capacity);
    // Levels of the areas given; areas not given keep their level.
    void set_expertise(UserId reviewer, const std::map<std::string, int, std::less<>>& expertise);
    std::vector<ReviewCandidate> candidates(CallId call);  // submitted or under review, with answers
    // Every application that reached review, decided ones included (no answers).
    std::vector<ReviewCandidate> ranked(CallId call);
    std::vector<std::pair<ApplicationId, UserId>> declared_conflicts(CallId call);
    void declare_conflict(ApplicationId application, UserId reviewer, Seconds now);
    bool conflicted(ApplicationId application, UserId reviewer);

    std::vector<AssignedReview> assignments(CallId call);
    std::vector<AssignedReview> assignments_of(UserId reviewer);
    std::optional<AssignedReview> assignment(ApplicationId application, UserId reviewer);
    // Drops the assignments that are neither pinned nor already reviewed.
    void clear_unpinned(CallId call);
    void assign(ApplicationId application, UserId reviewer, bool pinned, Seconds now);
    void unassign(ApplicationId application, UserId reviewer);
    void mark_submitted(ApplicationId application, UserId reviewer, Seconds now);

    std::vector<Score> scores(ApplicationId application, UserId reviewer);
    // Holds the reviewer's assignment until the transaction ends, so that edits of one
    // review's scores take turns and each sees the one before it.
    void lock_assignment(ApplicationId application, UserId reviewer);
    void save_score(ApplicationId application, UserId reviewer, const Score& score, Seconds now);
    // application → reviewer → scores, for submitted reviews only.
    std::map<std::int64_t, std::map<std::int64_t, std::vector<Score>>> submitted_scores(CallId call);

    std::optional<Outcome> decision(ApplicationId application);
    void decide(ApplicationId application, Outcome outcome, const LocalizedText& message, UserId by, Seconds now);
    struct Decision {
        ApplicationId application;
        Outcome outcome;
        LocalizedText message;
    };
    std::vector<Decision> unreleased_decisions(CallId call);
    void mark_released(ApplicationId application, Seconds now);

private:
    db::Connection& connection_;
};

}  // namespace pmi::review
