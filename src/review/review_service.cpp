#include "review/review_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "accounts/organisation_store.hpp"
#include "accounts/user_store.hpp"
#include "audit/audit_log.hpp"
#include "core/translator.hpp"
#include "calls/call_store.hpp"
#include "outbox/outbox.hpp"
#include "review/review_store.hpp"
#include "review/scoring.hpp"
#include "review/suitability.hpp"

namespace pmi::review {
namespace {

Status officer_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

Result<calls::Call> call_of(db::Connection& connection, CallId id)
{
    auto call = calls::CallStore(connection).find(id);
    if (!call) return not_found();
    return std::move(*call);
}

Result<calls::Call> call_of_application(db::Connection& connection, ApplicationId id)
{
    auto application = calls::ApplicationStore(connection).find(id);
    if (!application) return not_found();
    return call_of(connection, application->call_id);
}

// The actor's assignment to the application, if it is theirs and not conflicted.
Result<AssignedReview> my_assignment(db::Connection& connection, const Actor& actor, ApplicationId application)
{
    if (!actor.signed_in()) return unauthenticated();
    ReviewStore store(connection);
    auto assignment = store.assignment(application, actor.user_id);
    if (!assignment || store.conflicted(application, actor.user_id)) return not_found();
    return std::move(*assignment);
}

Status reviews_open(const calls::Call& call, Seconds now)
{
    if (now < call.deadline_at) return invalid("call", "Reviews start when the call's deadline has passed.");
    if (now >= call.review_due_at)
        return Error(ErrorCode::DeadlinePassed, "call", "Reviews were due; scores can no longer change.");
    return Ok{};
}

}  // namespace

Status ReviewService::set_reviewer(const Actor& actor, CallId call, UserId reviewer, int capacity, const Expertise& expertise)
{
    TRY(officer_only(actor));
    if (capacity < 0 || capacity > 1000) return invalid("capacity", "Give a capacity from 0 to 1000 applications.");
    for (const auto& [area, level] : expertise)
        if (level < 0 || level > kExpertiseMax) return invalid("expertise_" + area, "Give an expertise level from 0 (none) to 3 (leading practice).");
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(call_of(*connection, call));
        for (const auto& [area, level] : expertise)
            if (std::find(found.areas.begin(), found.areas.end(), area) == found.areas.end())
                return invalid("expertise_" + area, "This programming area is not one of the call's; choose among the call's areas.");
        auto memberships = accounts::UserStore(*connection).memberships(reviewer);
        if (std::none_of(memberships.begin(), memberships.end(), [](const Membership& m) { return m.role == Role::Reviewer; }))
            return invalid("reviewer", "This user is not a reviewer; an administrator grants the role first.");
        ReviewStore store(*connection);
        store.set_reviewer(call, reviewer, capacity);
        store.set_expertise(reviewer, expertise);
        std::string detail = "user " + std::to_string(reviewer.value) + " capacity " + std::to_string(capacity);
        for (const auto& [area, level] : expertise) detail += " " + area + "=" + std::to_string(level);
        audit::AuditLog(*connection).record(now, actor, "review.reviewer", "call", std::to_string(call.value), detail);
        return Ok{};
    });
}

Result<std::vector<ReviewerSeat>> ReviewService::reviewers(const Actor& actor, CallId call)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return ReviewStore(*connection).reviewers(call);
}

Result<std::vector<ReviewerSeat>> ReviewService::reviewer_pool(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return ReviewStore(*connection).reviewer_pool();
}

Result<AssignmentSummary> ReviewService::assign(const Actor& actor, CallId call_id)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<AssignmentSummary> {
        auto call = TRY(call_of(*connection, call_id));
        if (now < call.deadline_at) return invalid("call", "Assign reviewers once the deadline has passed: applications may still change before it.");
        ReviewStore store(*connection);
        auto applications = store.candidates(call_id);
        auto seats = store.reviewers(call_id);
        if (applications.empty()) return invalid("call", "No application was submitted to this call.");
        if (seats.empty()) return invalid("reviewers", "Choose the call's reviewers and their capacity first.");

        AssignmentProblem problem;
        problem.application_count = static_cast<int>(applications.size());
        problem.reviewer_count = static_cast<int>(seats.size());
        problem.reviews_per_application = call.reviews_per_application;
        for (const auto& application : applications) {
            auto areas = application_areas(call, application.answers);
            auto& row = problem.suitability.emplace_back();
            for (const auto& seat : seats) row.push_back(suitability(seat.expertise, areas));
        }
        std::map<std::int64_t, int> application_index, reviewer_index;
        for (std::size_t a = 0; a < applications.size(); ++a) application_index[applications[a].id.value] = static_cast<int>(a);
        accounts::OrganisationStore organisations(*connection);
        accounts::UserStore users(*connection);
        for (std::size_t r = 0; r < seats.size(); ++r) {
            reviewer_index[seats[r].reviewer.value] = static_cast<int>(r);
            problem.capacity.push_back(seats[r].capacity);
            // Automatic conflicts: staff of the applying municipality, and (when asked) any
            // municipality of the same province.
            for (const auto& membership : users.memberships(seats[r].reviewer)) {
                auto organisation = organisations.find(membership.organisation_id);
                for (std::size_t a = 0; a < applications.size(); ++a) {
                    bool same = membership.organisation_id == applications[a].organisation;
                    bool province = province_conflicts_ == ProvinceConflicts::Yes && organisation &&
                                    organisation->kind == accounts::OrganisationKind::CanadianMunicipality &&
                                    !organisation->province.empty() && organisation->province == applications[a].province;
                    if (same || province) problem.conflicts.emplace_back(static_cast<int>(a), static_cast<int>(r));
                }
            }
        }
        for (const auto& [application, reviewer] : store.declared_conflicts(call_id))
            if (application_index.count(application.value) && reviewer_index.count(reviewer.value))
                problem.conflicts.emplace_back(application_index[application.value], reviewer_index[reviewer.value]);
        for (const auto& assignment : store.assignments(call_id)) {
            if (!application_index.count(assignment.application.value) || !reviewer_index.count(assignment.reviewer.value)) continue;
            ReviewPair pair{application_index[assignment.application.value], reviewer_index[assignment.reviewer.value]};
            if (assignment.pinned || assignment.submitted_at) problem.pinned.push_back(pair);
            else problem.existing.push_back(pair);
        }
        auto solution = TRY(assign_reviewers(problem));
        store.clear_unpinned(call_id);
        for (const auto& [a, r] : solution.pairs) store.assign(applications[a].id, seats[r].reviewer, false, now);
        calls::ApplicationStore application_store(*connection);
        for (const auto& candidate : applications) {
            auto application = application_store.find(candidate.id);
            if (application && application->status == calls::ApplicationStatus::Submitted)
                application_store.set_status(candidate.id, calls::ApplicationStatus::UnderReview, application->version, now,
                                             application->submitted_at);
        }
        audit::AuditLog(*connection).record(now, actor, "review.assign", "call", std::to_string(call_id.value),
                                            std::to_string(solution.pairs.size()) + " reviews to " + std::to_string(seats.size()) + " reviewers");
        return AssignmentSummary{problem.application_count, problem.reviewer_count, static_cast<int>(solution.pairs.size()), solution.load};
    });
}

Status ReviewService::pin(const Actor& actor, ApplicationId application, UserId reviewer)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto call = TRY(call_of_application(*connection, application));
        ReviewStore store(*connection);
        auto seats = store.reviewers(call.id);
        if (std::none_of(seats.begin(), seats.end(), [&](const ReviewerSeat& s) { return s.reviewer == reviewer; }))
            return invalid("reviewer", "Add this reviewer to the call first.");
        if (store.conflicted(application, reviewer)) return conflict("reviewer", "This reviewer declared a conflict of interest with this application.");
        store.assign(application, reviewer, true, now);
        audit::AuditLog(*connection).record(now, actor, "review.pin", "application", std::to_string(application.value),
                                            "reviewer " + std::to_string(reviewer.value));
        return Ok{};
    });
}

Status ReviewService::unassign(const Actor& actor, ApplicationId application, UserId reviewer)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        ReviewStore store(*connection);
        auto assignment = store.assignment(application, reviewer);
        if (!assignment) return not_found();
        if (assignment->submitted_at) return conflict("reviewer", "This review was already submitted; it stays.");
        store.unassign(application, reviewer);
        audit::AuditLog(*connection).record(now, actor, "review.unassign", "application", std::to_string(application.value),
                                            "reviewer " + std::to_string(reviewer.value));
        return Ok{};
    });
}

Result<std::vector<AssignedReview>> ReviewService::assignments(const Actor& actor, CallId call)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return ReviewStore(*connection).assignments(call);
}

std::vector<AssignedReview> ReviewService::my_reviews(const Actor& actor)
{
    if (!actor.signed_in()) return {};
    auto connection = database_.acquire();
    ReviewStore store(*connection);
    auto list = store.assignments_of(actor.user_id);
    std::erase_if(list, [&](const AssignedReview& r) { return store.conflicted(r.application, actor.user_id); });
    return list;
}

Status ReviewService::declare_conflict(const Actor& actor, ApplicationId application)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto assignment = TRY(my_assignment(*connection, actor, application));
        ReviewStore store(*connection);
        store.declare_conflict(application, actor.user_id, now);
        // The conflict wins over any review under way: it is withdrawn with the assignment.
        store.unassign(application, actor.user_id);
        audit::AuditLog(*connection).record(now, actor, "review.conflict", "application", std::to_string(application.value), "");
        return Ok{};
    });
}

Result<ReviewSheet> ReviewService::sheet(const Actor& actor, ApplicationId application)
{
    auto connection = database_.acquire();
    auto assignment = TRY(my_assignment(*connection, actor, application));
    ReviewStore store(*connection);
    ReviewSheet sheet{application, store.scores(application, actor.user_id), assignment.submitted_at.has_value(), {}};
    if (sheet.submitted)
        for (const auto& other : store.assignments(TRY(call_of_application(*connection, application)).id))
            if (other.application == application && other.reviewer != actor.user_id && other.submitted_at)
                sheet.others.emplace_back(other.reviewer_name, store.scores(application, other.reviewer));
    return sheet;
}

Status ReviewService::save_scores(const Actor& actor, ApplicationId application, const std::vector<Score>& scores)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        TRY(my_assignment(*connection, actor, application));
        auto call = TRY(call_of_application(*connection, application));
        TRY(reviews_open(call, now));
        if (auto errors = check_scores(call.criteria, scores); !errors.empty()) return combine(std::move(errors));
        ReviewStore store(*connection);
        store.lock_assignment(application, actor.user_id);
        const auto before = store.scores(application, actor.user_id);
        for (const auto& score : scores) store.save_score(application, actor.user_id, score, now);
        audit::AuditLog(*connection).record(now, actor, "review.score", "application", std::to_string(application.value),
                                            score_changes(before, scores));
        return Ok{};
    });
}

Status ReviewService::submit_review(const Actor& actor, ApplicationId application)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto assignment = TRY(my_assignment(*connection, actor, application));
        auto call = TRY(call_of_application(*connection, application));
        TRY(reviews_open(call, now));
        ReviewStore store(*connection);
        TRY(weighted_total(call.criteria, store.scores(application, actor.user_id), true));
        store.mark_submitted(application, actor.user_id, now);
        audit::AuditLog(*connection).record(now, actor, "review.submit", "application", std::to_string(application.value), "");
        return Ok{};
    });
}

Result<std::vector<RankedApplication>> ReviewService::ranking(const Actor& actor, CallId call_id, Normalisation normalisation)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    auto call = TRY(call_of(*connection, call_id));
    ReviewStore store(*connection);
    std::map<std::int64_t, std::map<std::int64_t, double>> totals;
    const auto applications = store.ranked(call_id);
    for (const auto& application : applications) totals[application.id.value];
    for (const auto& [application, reviews] : store.submitted_scores(call_id))
        for (const auto& [reviewer, scores] : reviews)
            if (auto total = weighted_total(call.criteria, scores, true); total.ok()) totals[application][reviewer] = *total;
    auto ranking = rank(totals, normalisation);
    std::map<std::int64_t, std::string> names;
    for (const auto& application : applications) names[application.id.value] = application.organisation_name;
    for (auto& row : ranking) {
        row.organisation_name = names[row.application.value];
        row.decision = store.decision(row.application);
    }
    return ranking;
}

Status ReviewService::decide(const Actor& actor, ApplicationId application, Outcome outcome, const LocalizedText& message)
{
    TRY(officer_only(actor));
    for (const auto& [language, text] : message.versions())
        if (text.size() > 10'000) return invalid("message_" + language, "Keep the message under 10,000 characters.");
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = calls::ApplicationStore(*connection).find(application);
        if (!found || (found->status != calls::ApplicationStatus::UnderReview && found->status != calls::ApplicationStatus::Submitted))
            return invalid("application", "Only an application under review can be decided.");
        ReviewStore(*connection).decide(application, outcome, message, actor.user_id, now);
        audit::AuditLog(*connection).record(now, actor, "review.decide", "application", std::to_string(application.value),
                                            std::string(outcome_code(outcome)));
        return Ok{};
    });
}

Status ReviewService::release(const Actor& actor, CallId call_id)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto call = TRY(call_of(*connection, call_id));
        ReviewStore store(*connection);
        std::vector<Error> undecided;
        for (const auto& candidate : store.candidates(call_id))
            if (!store.decision(candidate.id))
                undecided.push_back(invalid("decisions", "{1} has no decision yet.", {candidate.organisation_name}));
        if (!undecided.empty()) return combine(std::move(undecided));
        calls::ApplicationStore applications(*connection);
        accounts::OrganisationStore organisations(*connection);
        accounts::UserStore users(*connection);
        outbox::Outbox mail(*connection);
        for (const auto& decision : store.unreleased_decisions(call_id)) {
            auto application = applications.find(decision.application);
            const auto status = decision.outcome == Outcome::Selected      ? calls::ApplicationStatus::Selected
                                : decision.outcome == Outcome::Waitlisted ? calls::ApplicationStatus::Waitlisted
                                                                          : calls::ApplicationStatus::NotSelected;
            applications.set_status(decision.application, status, application->version, now, application->submitted_at);
            store.mark_released(decision.application, now);
            for (const auto& member : organisations.memberships_of(application->organisation_id)) {
                if (member.role != Role::Applicant) continue;
                auto user = users.find(member.user_id);
                if (!user) continue;
                const auto& language = user->user.language;
                mail.add(now, user->user.email,
                         translator_.format(language, "Decision on your application: {1}", {call.title.pick(language).text}),
                         translator_.format(language, "Hello {1},\n\n{2}\n\nThe application of {3} is now: {4}.",
                                            {user->user.name, decision.message.pick(language).text, application->organisation_name,
                                             translator_.translate(language, decision.outcome == Outcome::Selected ? N_("selected")
                                                                             : decision.outcome == Outcome::Waitlisted ? N_("waitlisted")
                                                                                                                       : N_("not selected"))}),
                         "decision");
            }
            audit::AuditLog(*connection).record(now, actor, "review.release", "application", std::to_string(decision.application.value),
                                                std::string(outcome_code(decision.outcome)));
        }
        return Ok{};
    });
}

}  // namespace pmi::review
