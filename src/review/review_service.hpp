#pragma once
// Review use cases. Program officers choose a call's reviewers and their capacity, compute
// the assignment (after the deadline, so applications no longer change), adjust it by
// hand, rank the applications and decide; reviewers score what they are assigned, never
// see other scores before submitting their own, and may declare a conflict at any time.
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "review/assignment.hpp"
#include "review/review.hpp"
#include "review/suitability.hpp"

namespace pmi::review {

enum class ProvinceConflicts { No, Yes };

struct AssignmentSummary {
    int applications = 0;
    int reviewers = 0;
    int pairs = 0;
    std::vector<int> load;  // per reviewer, in the order of the call's reviewers
};

class ReviewService {
public:
    ReviewService(db::Database& database, const Clock& clock, const Translator& translator,
                  ProvinceConflicts province_conflicts = ProvinceConflicts::Yes)
        : database_(database), clock_(clock), translator_(translator), province_conflicts_(province_conflicts) {}

    // Officers: capacity 0 removes the reviewer. The user must have the reviewer role.
    // Expertise levels (areas of the call, 0..3) are the reviewer's own, kept across calls.
    Status set_reviewer(const Actor& actor, CallId call, UserId reviewer, int capacity, const Expertise& expertise = {});
    Result<std::vector<ReviewerSeat>> reviewers(const Actor& actor, CallId call);
    Result<std::vector<ReviewerSeat>> reviewer_pool(const Actor& actor);
    // Computes the optimal assignment and stores it, keeping pinned and already reviewed
    // pairs; moves the call's submitted applications to "under review".
    Result<AssignmentSummary> assign(const Actor& actor, CallId call);
    Status pin(const Actor& actor, ApplicationId application, UserId reviewer);
    Status unassign(const Actor& actor, ApplicationId application, UserId reviewer);
    Result<std::vector<AssignedReview>> assignments(const Actor& actor, CallId call);

    // Reviewers.
    std::vector<AssignedReview> my_reviews(const Actor& actor);
    Status declare_conflict(const Actor& actor, ApplicationId application);
    Result<ReviewSheet> sheet(const Actor& actor, ApplicationId application);
    Status save_scores(const Actor& actor, ApplicationId application, const std::vector<Score>& scores);
    Status submit_review(const Actor& actor, ApplicationId application);

    // Officers.
    Result<std::vector<RankedApplication>> ranking(const Actor& actor, CallId call, Normalisation normalisation);
    Status decide(const Actor& actor, ApplicationId application, Outcome outcome, const LocalizedText& message);
    // Releases every decision of the call at once, each by mail; fails while a reviewed
    // application has no decision.
    Status release(const Actor& actor, CallId call);

private:
    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    ProvinceConflicts province_conflicts_;
};

}  // namespace pmi::review
