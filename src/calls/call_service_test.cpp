// Call and application use cases on every backend: who may see and change what, the
// deadline to the second, versions and conflicts, mail and audit on submission.
#include "support/account_fixture.hpp"

#include "accounts/organisation_store.hpp"
#include "calls/call_service.hpp"
#include "calls/time_zone.hpp"

#include <thread>

namespace pmi::calls {
namespace {

using testing::kPassword;

constexpr Seconds kDeadline = 1800853140;  // 2027-01-24 23:59 in Toronto

class CallServiceTest : public testing::AccountFixture {
protected:
    CallServiceTest() : calls(*database, clock, i18n, "https://pmi.example")
    {
        clock.set(kDeadline - 10 * 86400);
        town = organisation("Pinecrest Landing", accounts::OrganisationKind::CanadianMunicipality);
        other_town = organisation("Lac-aux-Hérons", accounts::OrganisationKind::CanadianMunicipality);
        office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        staff = actor("staff@example.org", Role::Applicant, town);
        colleague = actor("colleague@example.org", Role::Applicant, town);
        stranger = actor("stranger@example.org", Role::Applicant, other_town);
        auto saved = calls.save_call(officer, sample());
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message + " " + saved.error().field);
    }

    // Staff of these tests read French.
    Actor actor(const std::string& email, Role role, OrganisationId organisation)
    {
        return AccountFixture::actor(email, role, organisation, "fr");
    }

    static Call sample()
    {
        Call call;
        call.slug = "teams-2027";
        call.title.set("en", "Teams 2027");
        call.title.set("fr", "Équipes 2027");
        call.time_zone = "America/Toronto";
        call.opens_at = local_to_utc("2026-11-15T09:00", call.time_zone, "opens").value();
        call.deadline_at = local_to_utc("2027-01-24T23:59", call.time_zone, "deadline").value();
        call.review_due_at = call.deadline_at + 30 * 86400;
        call.criteria.push_back({{}, {}, 1, 5});
        call.criteria[0].name.set("en", "Expertise");
        Question motivation{"motivation", QuestionKind::Text, {}, {}, true, 50, {}};
        motivation.label.set("en", "Why do you apply?");
        motivation.label.set("fr", "Pourquoi posez-vous votre candidature?");
        Question days{"staff-days", QuestionKind::Number, {}, {}, true, std::nullopt, {}};
        days.label.set("en", "Staff days");
        call.questions = {motivation, days};
        return call;
    }

    ApplicationId started()
    {
        return calls.start_application(staff, "teams-2027", town).value();
    }

    std::vector<std::string> audit_actions()
    {
        auto connection = database->acquire();
        std::vector<std::string> actions;
        for (const auto& row : connection->query("SELECT action FROM audit_log WHERE action LIKE 'application.%' ORDER BY id"))
            actions.push_back(row.text(0));
        return actions;
    }

    CallService calls;
    OrganisationId town, other_town, office;
    Actor officer, staff, colleague, stranger;
};

TEST_P(CallServiceTest, OneApplicationPerMunicipalityPerCall)
{
    auto first = started();
    EXPECT_EQ(calls.start_application(colleague, "teams-2027", town).value(), first);
    EXPECT_NE(calls.start_application(stranger, "teams-2027", other_town).value(), first);
    EXPECT_EQ(calls.start_application(staff, "teams-2027", other_town).error().code, ErrorCode::Forbidden)
        << "staff cannot apply for a municipality that is not theirs";
    EXPECT_EQ(calls.start_application(officer, "teams-2027", office).error().code, ErrorCode::Forbidden);
}

TEST_P(CallServiceTest, AnotherMunicipalityCannotSeeOrTouchTheApplication)
{
    auto id = started();
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "Our secret plan"}}, 0).ok());
    EXPECT_EQ(calls.application(stranger, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(calls.save_draft(stranger, id, {{"motivation", "x"}}, 1).error().code, ErrorCode::NotFound);
    EXPECT_EQ(calls.submit(stranger, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(calls.history(stranger, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(calls.application(Actor{}, id).error().code, ErrorCode::Unauthenticated);
    // Officers read applications but never write them.
    EXPECT_TRUE(calls.application(officer, id).ok());
    EXPECT_FALSE(calls.application(officer, id)->can_edit);
    EXPECT_EQ(calls.save_draft(officer, id, {{"motivation", "x"}}, 1).error().code, ErrorCode::NotFound);
    EXPECT_EQ(calls.application(staff, id)->application.answers.at("motivation"), "Our secret plan");
}

TEST_P(CallServiceTest, ColleaguesShareTheDraftAndTheHistorySaysWhoChangedWhat)
{
    auto id = started();
    ASSERT_EQ(calls.save_draft(staff, id, {{"motivation", "First words"}}, 0).value(), 1);
    ASSERT_EQ(calls.save_draft(colleague, id, {{"motivation", "First words"}, {"staff-days", "20"}}, 1).value(), 2);
    EXPECT_EQ(calls.save_draft(colleague, id, {{"staff-days", "20"}}, 2).value(), 2) << "nothing changed, no new version";
    auto stale = calls.save_draft(staff, id, {{"motivation", "Overwrite"}}, 1);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto history = calls.history(staff, id).value();
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].user_name, "colleague");
    EXPECT_EQ(history[0].changed, (std::vector<std::string>{"staff-days"}));
    EXPECT_EQ(history[1].user_name, "staff");
    EXPECT_EQ(calls.application(staff, id)->application.answers.at("motivation"), "First words");
}

TEST_P(CallServiceTest, SubmitNamesEveryMissingOrWrongAnswer)
{
    auto id = started();
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "Short and fine"}}, 0).ok());
    auto result = calls.submit(staff, id);
    ASSERT_FALSE(result.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(result.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"q_staff-days"}));
    EXPECT_EQ(calls.application(staff, id)->application.status, ApplicationStatus::Draft);

    auto too_long = calls.save_draft(staff, id, {{"motivation", std::string(60 * 4, 'w').replace(0, 0, "")}, {"staff-days", "many"}}, 1);
    ASSERT_FALSE(too_long.ok());
    EXPECT_EQ(flatten(too_long.error()).size(), 1u) << "one long word is one word; 'many' is not a number";
    EXPECT_EQ(calls.save_draft(staff, id, {{"unknown", "x"}}, 1).error().field, "q_unknown");
    EXPECT_EQ(calls.application(staff, id)->application.version, 1) << "a refused save changes nothing";
}

TEST_P(CallServiceTest, SubmissionIsMailedWithACopyAndAudited)
{
    auto id = started();
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "We know markets"}, {"staff-days", "25"}}, 0).ok());
    ASSERT_TRUE(calls.submit(staff, id).ok());
    auto view = calls.application(staff, id).value();
    EXPECT_EQ(view.application.status, ApplicationStatus::Submitted);
    EXPECT_EQ(view.application.submitted_at, clock.now());
    auto messages = mail();
    ASSERT_FALSE(messages.empty());
    const auto& message = messages.back();
    EXPECT_EQ(message.to_address, "staff@example.org");
    EXPECT_EQ(message.purpose, "application_submitted");
    EXPECT_NE(message.body_text.find("We know markets"), std::string::npos) << "a copy of the answers";
    EXPECT_NE(message.body_text.find("Pourquoi posez-vous votre candidature?"), std::string::npos) << "in the user's language";
    EXPECT_EQ(audit_actions(), (std::vector<std::string>{"application.create", "application.submit"}));
}

TEST_P(CallServiceTest, BeforeTheDeadlineASubmissionCanBeWithdrawnAndReopened)
{
    auto id = started();
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "Plan"}, {"staff-days", "10"}}, 0).ok());
    ASSERT_TRUE(calls.submit(staff, id).ok());
    EXPECT_EQ(calls.save_draft(staff, id, {{"motivation", "Changed"}}, 2).error().code, ErrorCode::Conflict)
        << "a submitted application is read-only until reopened";
    ASSERT_TRUE(calls.withdraw(colleague, id).ok());
    EXPECT_EQ(calls.submit(staff, id).error().code, ErrorCode::Conflict);
    ASSERT_TRUE(calls.reopen(staff, id).ok());
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "Better plan"}}, 4).ok());
    ASSERT_TRUE(calls.submit(staff, id).ok());
    EXPECT_EQ(audit_actions(), (std::vector<std::string>{"application.create", "application.submit", "application.withdraw",
                                                         "application.reopen", "application.submit"}));
}

TEST_P(CallServiceTest, TheDeadlineIsEnforcedToTheSecondAndTheDraftIsKept)
{
    auto id = started();
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "Almost done"}}, 0).ok());
    clock.set(kDeadline - 1);
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "Done"}, {"staff-days", "5"}}, 1).ok());
    clock.set(kDeadline);
    EXPECT_EQ(calls.submit(staff, id).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(calls.save_draft(staff, id, {{"motivation", "Late"}}, 2).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(calls.withdraw(staff, id).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(calls.start_application(stranger, "teams-2027", other_town).error().code, ErrorCode::DeadlinePassed);
    auto view = calls.application(staff, id).value();
    EXPECT_EQ(view.application.answers.at("motivation"), "Done");
    EXPECT_EQ(view.application.status, ApplicationStatus::Draft);
}

TEST_P(CallServiceTest, SubmittingOneSecondBeforeTheDeadlineCounts)
{
    auto id = started();
    ASSERT_TRUE(calls.save_draft(staff, id, {{"motivation", "On time"}, {"staff-days", "5"}}, 0).ok());
    clock.set(kDeadline - 1);
    EXPECT_TRUE(calls.submit(staff, id).ok());
    clock.set(kDeadline);
    EXPECT_EQ(calls.reopen(staff, id).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(calls.application(staff, id)->application.status, ApplicationStatus::Submitted);
}

TEST_P(CallServiceTest, OnlyProgramOfficersSaveCallsAndEveryProblemIsReported)
{
    auto call = sample();
    call.slug = "another";
    EXPECT_EQ(calls.save_call(staff, call).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(calls.save_call(Actor{}, call).error().code, ErrorCode::Unauthenticated);
    call.slug = "teams-2027";
    EXPECT_EQ(calls.save_call(officer, call).error().code, ErrorCode::Conflict) << "the slug is taken";
    call.slug = "broken";
    call.criteria.clear();
    call.time_zone = "Atlantis/Capital";
    auto broken = calls.save_call(officer, call);
    ASSERT_FALSE(broken.ok());
    EXPECT_GE(flatten(broken.error()).size(), 2u);
    auto edited = calls.calls().front();
    edited.title.set("es", "Equipos 2027");
    ASSERT_TRUE(calls.save_call(officer, edited).ok());
    EXPECT_EQ(calls.call("teams-2027")->title.get("es"), "Equipos 2027");
    EXPECT_EQ(calls.call("teams-2027")->questions.size(), 2u) << "the form survives an edit";
}

TEST_P(CallServiceTest, TheCallListIsCachedButSeesEditsHereAndElsewhere)
{
    CallService elsewhere(*database, clock, i18n, "https://pmi.example");  // another process, in effect
    ASSERT_EQ(elsewhere.calls().size(), 1u);
    clock.advance(1);  // a later second, as a later edit would be
    auto call = sample();
    call.slug = "second-call";
    ASSERT_TRUE(calls.save_call(officer, call).ok());
    EXPECT_EQ(calls.calls().size(), 2u) << "this process sees its own edit at once";
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    EXPECT_EQ(elsewhere.calls().size(), 2u) << "the other sees it after its check";
}

INSTANTIATE_TEST_SUITE_P(Backends, CallServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::calls
