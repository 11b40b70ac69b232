// Review use cases on every backend: assignment without conflicts, hidden scores, the
// review due date, ranking, decisions released all at once by mail.
#include "support/account_fixture.hpp"

#include <set>

#include "accounts/organisation_store.hpp"
#include "calls/call_service.hpp"
#include "review/review_service.hpp"

namespace pmi::review {
namespace {

using testing::kPassword;
constexpr Seconds kDeadline = 1800853140;

class ReviewServiceTest : public testing::AccountFixture {
protected:
    ReviewServiceTest() : calls(*database, clock, i18n, "https://pmi.example"), reviews(*database, clock, i18n)
    {
        clock.set(kDeadline - 86400);
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice, "");
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        for (auto [name, province] : {std::pair{"Alpha", "ON"}, {"Bravo", "QC"}, {"Charlie", "BC"}, {"Delta", "NS"}}) {
            auto town = organisation(name, accounts::OrganisationKind::CanadianMunicipality, province);
            towns.push_back(town);
            applicants.push_back(actor(std::string(name) + "@example.org", Role::Applicant, town));
        }
        calls::Call call;
        call.slug = "review-me";
        call.title.set("en", "Review me");
        call.time_zone = "UTC";
        call.opens_at = kDeadline - 10 * 86400;
        call.deadline_at = kDeadline;
        call.review_due_at = kDeadline + 30 * 86400;
        call.reviews_per_application = 2;
        call.criteria = {{{}, {}, 1, 5}, {{}, {}, 1, 5}};
        call.criteria[0].name.set("en", "Expertise");
        call.criteria[1].name.set("en", "Sustainability");
        // Alpha and Bravo work on trade, Charlie and Delta on inclusive development.
        call.areas = {"inclusive-led", "trade-regional"};
        calls::Question main_area{"main-area", calls::QuestionKind::Choice, {}, {}, false, std::nullopt, {}};
        main_area.label.set("en", "Main area");
        for (const auto& code : call.areas) main_area.choices.push_back({code, {}});
        main_area.choices[0].label.set("en", "Inclusive");
        main_area.choices[1].label.set("en", "Trade");
        call.questions = {main_area};
        call_id = calls.save_call(officer, call).value();
        for (std::size_t i = 0; i < towns.size(); ++i) {
            auto id = calls.start_application(applicants[i], "review-me", towns[i]).value();
            int version = calls.application(applicants[i], id)->application.version;
            EXPECT_TRUE(calls.save_draft(applicants[i], id, {{"main-area", i < 2 ? "trade-regional" : "inclusive-led"}}, version).ok());
            EXPECT_TRUE(calls.submit(applicants[i], id).ok());
            applications.push_back(id);
        }
        // Three reviewers: one of them is also on staff in Alpha.
        for (int r = 0; r < 3; ++r) reviewers.push_back(actor("reviewer" + std::to_string(r) + "@example.org", Role::Reviewer, office));
        EXPECT_TRUE(service.ensure_user({"x", "reviewer0@example.org", kPassword, "en"}, Role::Applicant, towns[0]).ok());
        reviewers[0] = refreshed("reviewer0@example.org");
        clock.set(kDeadline + 60);
    }

    void seat_everyone(int capacity = 4)
    {
        for (const auto& reviewer : reviewers) ASSERT_TRUE(reviews.set_reviewer(officer, call_id, reviewer.user_id, capacity).ok());
    }
    void score_and_submit(const Actor& reviewer, calls::ApplicationId application, int a, int b)
    {
        ASSERT_TRUE(reviews.save_scores(reviewer, application, {{1, a, "fine"}, {2, b, ""}}).ok());
        ASSERT_TRUE(reviews.submit_review(reviewer, application).ok());
    }

    calls::CallService calls;
    ReviewService reviews;
    OrganisationId office;
    Actor officer;
    std::vector<OrganisationId> towns;
    std::vector<Actor> applicants, reviewers;
    std::vector<calls::ApplicationId> applications;
    calls::CallId call_id;
};

TEST_P(ReviewServiceTest, TheAssignmentGivesEachApplicationItsReviewsWithoutConflicts)
{
    seat_everyone();
    auto summary = reviews.assign(officer, call_id);
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    EXPECT_EQ(summary->pairs, 8);
    auto list = reviews.assignments(officer, call_id).value();
    std::map<std::int64_t, std::set<std::int64_t>> by_application;
    for (const auto& a : list) by_application[a.application.value].insert(a.reviewer.value);
    for (auto id : applications) EXPECT_EQ(by_application[id.value].size(), 2u);
    EXPECT_EQ(by_application[applications[0].value].count(reviewers[0].user_id.value), 0u)
        << "Alpha's own staff never reviews Alpha";
    EXPECT_EQ(calls.application(applicants[1], applications[1])->application.status, calls::ApplicationStatus::UnderReview);
}

TEST_P(ReviewServiceTest, ReviewersWhoKnowAnApplicationsAreaAreChosenForIt)
{
    seat_everyone();
    ASSERT_TRUE(reviews.set_reviewer(officer, call_id, reviewers[1].user_id, 4, {{"trade-regional", 3}, {"inclusive-led", 0}}).ok());
    ASSERT_TRUE(reviews.set_reviewer(officer, call_id, reviewers[2].user_id, 4, {{"inclusive-led", 3}}).ok());
    auto seats = reviews.reviewers(officer, call_id).value();
    ASSERT_EQ(seats.size(), 3u);
    EXPECT_EQ(seats[1].expertise.at("trade-regional"), 3);
    ASSERT_TRUE(reviews.assign(officer, call_id).ok());
    std::map<std::int64_t, std::set<std::int64_t>> by_application;
    for (const auto& a : reviews.assignments(officer, call_id).value()) by_application[a.application.value].insert(a.reviewer.value);
    for (std::size_t i = 0; i < applications.size(); ++i) {
        const auto& expert = i < 2 ? reviewers[1] : reviewers[2];
        EXPECT_EQ(by_application[applications[i].value].count(expert.user_id.value), 1u) << "application " << i;
    }
}

TEST_P(ReviewServiceTest, ExpertiseLevelsAreCheckedAgainstTheScaleAndTheCallsAreas)
{
    auto too_high = reviews.set_reviewer(officer, call_id, reviewers[1].user_id, 4, {{"trade-regional", 4}});
    ASSERT_FALSE(too_high.ok());
    EXPECT_EQ(too_high.error().field, "expertise_trade-regional");
    auto other_area = reviews.set_reviewer(officer, call_id, reviewers[1].user_id, 4, {{"enabling-environment", 2}});
    ASSERT_FALSE(other_area.ok());
    EXPECT_EQ(other_area.error().field, "expertise_enabling-environment");
    EXPECT_TRUE(reviews.reviewers(officer, call_id).value().empty()) << "a refused change writes nothing";
}

TEST_P(ReviewServiceTest, OnlyOfficersManageReviewAndOnlyAfterTheDeadline)
{
    EXPECT_EQ(reviews.set_reviewer(reviewers[1], call_id, reviewers[1].user_id, 3).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(reviews.set_reviewer(officer, call_id, applicants[1].user_id, 3).error().field, "reviewer");
    EXPECT_EQ(reviews.assign(officer, call_id).error().field, "reviewers");
    seat_everyone();
    clock.set(kDeadline - 1);
    EXPECT_EQ(reviews.assign(officer, call_id).error().field, "call");
    clock.set(kDeadline);
    EXPECT_TRUE(reviews.assign(officer, call_id).ok());
    EXPECT_EQ(reviews.assign(applicants[0], call_id).error().code, ErrorCode::Forbidden);
}

TEST_P(ReviewServiceTest, TooLittleCapacityIsExplained)
{
    seat_everyone(1);
    auto failed = reviews.assign(officer, call_id);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().field, "capacity");
}

TEST_P(ReviewServiceTest, ReviewersSeeOnlyTheirApplicationsAndNoOtherScoresBeforeTheirOwn)
{
    seat_everyone();
    ASSERT_TRUE(reviews.assign(officer, call_id).ok());
    auto mine = reviews.my_reviews(reviewers[1]);
    ASSERT_FALSE(mine.empty());
    auto application = mine.front().application;
    EXPECT_TRUE(calls.application(reviewers[1], application).ok()) << "an assigned reviewer reads the application";
    for (auto id : applications) {
        bool assigned = std::any_of(mine.begin(), mine.end(), [&](const AssignedReview& r) { return r.application == id; });
        EXPECT_EQ(calls.application(reviewers[1], id).ok(), assigned);
        if (!assigned) {
            EXPECT_EQ(reviews.sheet(reviewers[1], id).error().code, ErrorCode::NotFound);
        }
    }
    // The other reviewer of the same application scores first.
    auto list = reviews.assignments(officer, call_id).value();
    auto other = std::find_if(list.begin(), list.end(), [&](const AssignedReview& r) {
        return r.application == application && r.reviewer != reviewers[1].user_id;
    });
    ASSERT_NE(other, list.end());
    auto other_actor = *std::find_if(reviewers.begin(), reviewers.end(), [&](const Actor& a) { return a.user_id == other->reviewer; });
    score_and_submit(other_actor, application, 5, 4);
    EXPECT_TRUE(reviews.sheet(reviewers[1], application)->others.empty()) << "hidden before submitting";
    score_and_submit(reviewers[1], application, 2, 3);
    auto sheet = reviews.sheet(reviewers[1], application).value();
    ASSERT_EQ(sheet.others.size(), 1u);
    EXPECT_EQ(sheet.others[0].second.front().score, 5);
}

TEST_P(ReviewServiceTest, ScoresAreCheckedAndFrozenAtTheReviewDueDate)
{
    seat_everyone();
    ASSERT_TRUE(reviews.assign(officer, call_id).ok());
    auto application = reviews.my_reviews(reviewers[2]).front().application;
    EXPECT_EQ(reviews.save_scores(reviewers[2], application, {{1, 6, ""}}).error().field, "criterion_1");
    ASSERT_TRUE(reviews.save_scores(reviewers[2], application, {{1, 4, ""}}).ok());
    EXPECT_EQ(reviews.submit_review(reviewers[2], application).error().field, "criterion_2") << "every criterion first";
    clock.set(kDeadline + 30 * 86400);
    EXPECT_EQ(reviews.save_scores(reviewers[2], application, {{2, 4, ""}}).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(reviews.submit_review(reviewers[2], application).error().code, ErrorCode::DeadlinePassed);
}

TEST_P(ReviewServiceTest, ADeclaredConflictRemovesTheAssignmentAndTheNextRunRespectsIt)
{
    seat_everyone();
    ASSERT_TRUE(reviews.assign(officer, call_id).ok());
    // Not Alpha's: Alpha already has reviewer 0 in conflict, and would be left with one reviewer.
    auto mine = reviews.my_reviews(reviewers[2]);
    auto chosen = std::find_if(mine.begin(), mine.end(), [&](const AssignedReview& r) { return r.application != applications[0]; });
    ASSERT_NE(chosen, mine.end());
    auto application = chosen->application;
    ASSERT_TRUE(reviews.declare_conflict(reviewers[2], application).ok());
    EXPECT_EQ(reviews.sheet(reviewers[2], application).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(calls.application(reviewers[2], application).ok());
    ASSERT_TRUE(reviews.assign(officer, call_id).ok());
    for (const auto& a : reviews.assignments(officer, call_id).value())
        EXPECT_FALSE(a.application == application && a.reviewer == reviewers[2].user_id);
    EXPECT_EQ(reviews.pin(officer, application, reviewers[2].user_id).error().code, ErrorCode::Conflict);
}

TEST_P(ReviewServiceTest, DecisionsAreReleasedAllAtOnceByMail)
{
    seat_everyone();
    ASSERT_TRUE(reviews.assign(officer, call_id).ok());
    for (const auto& reviewer : reviewers)
        for (const auto& review : reviews.my_reviews(reviewer)) score_and_submit(reviewer, review.application, 3, 4);
    auto ranking = reviews.ranking(officer, call_id, Normalisation::ZScore).value();
    ASSERT_EQ(ranking.size(), 4u);
    for (const auto& row : ranking) EXPECT_EQ(row.reviews, 2);
    EXPECT_EQ(reviews.ranking(reviewers[0], call_id, Normalisation::None).error().code, ErrorCode::Forbidden);

    LocalizedText message;
    message.set("en", "Thank you for applying.");
    ASSERT_TRUE(reviews.decide(officer, applications[0], Outcome::Selected, message).ok());
    auto early = reviews.release(officer, call_id);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(flatten(early.error()).size(), 3u) << "three applications still undecided";
    EXPECT_EQ(calls.application(applicants[0], applications[0])->application.status, calls::ApplicationStatus::UnderReview)
        << "nothing is released while any is undecided";
    EXPECT_FALSE(calls.application(applicants[0], applications[0])->decision_message) << "the decision stays hidden";
    for (std::size_t i = 1; i < applications.size(); ++i)
        ASSERT_TRUE(reviews.decide(officer, applications[i], i == 1 ? Outcome::Waitlisted : Outcome::NotSelected, message).ok());
    auto before = mail().size();
    ASSERT_TRUE(reviews.release(officer, call_id).ok());
    EXPECT_EQ(calls.application(applicants[0], applications[0])->application.status, calls::ApplicationStatus::Selected);
    EXPECT_EQ(calls.application(applicants[0], applications[0])->decision_message->get("en"), "Thank you for applying.");
    EXPECT_EQ(calls.application(applicants[2], applications[0]).error().code, ErrorCode::NotFound)
        << "another municipality never sees this decision";
    EXPECT_EQ(calls.application(applicants[1], applications[1])->application.status, calls::ApplicationStatus::Waitlisted);
    EXPECT_EQ(calls.application(applicants[2], applications[2])->application.status, calls::ApplicationStatus::NotSelected);
    auto messages = mail();
    EXPECT_EQ(messages.size(), before + 5) << "one mail per applicant (Alpha has two: its applicant and reviewer0)";
    EXPECT_NE(messages.back().body_text.find("Thank you for applying."), std::string::npos);
    auto released = reviews.ranking(officer, call_id, Normalisation::None).value();
    ASSERT_EQ(released.size(), applications.size()) << "decided applications stay in the ranking";
    for (const auto& row : released) {
        EXPECT_FALSE(row.organisation_name.empty()) << "application " << row.application.value;
        EXPECT_TRUE(row.decision.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::review
