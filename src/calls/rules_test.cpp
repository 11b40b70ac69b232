// Pure rules of calls: phases around the deadline, answers, completeness, state changes.
#include <gtest/gtest.h>

#include "calls/rules.hpp"

namespace pmi::calls {
namespace {

Call sample_call()
{
    Call call;
    call.slug = "sample";
    call.title.set("en", "Sample");
    call.time_zone = "America/Toronto";
    call.opens_at = 1000;
    call.deadline_at = 2000;
    call.review_due_at = 3000;
    call.criteria.push_back({{}, {}, 1, 5});
    call.criteria[0].name.set("en", "Expertise");
    Question text{"motivation", QuestionKind::Text, {}, {}, true, 5, {}};
    text.label.set("en", "Why?");
    Question number{"staff-days", QuestionKind::Number, {}, {}, true, std::nullopt, {}};
    number.label.set("en", "Days");
    Question choice{"area", QuestionKind::Choice, {}, {}, false, std::nullopt, {{"a", {}}, {"b", {}}}};
    choice.label.set("en", "Area");
    call.questions = {text, number, choice};
    return call;
}

TEST(CallRules, TheDeadlineItselfIsTooLate)
{
    auto call = sample_call();
    EXPECT_EQ(phase(call, 999), CallPhase::Upcoming);
    EXPECT_EQ(phase(call, 1000), CallPhase::Open);
    EXPECT_EQ(phase(call, 1999), CallPhase::Open);
    EXPECT_EQ(phase(call, 2000), CallPhase::Closed);
    EXPECT_TRUE(accepting_changes(call, 1999).ok());
    EXPECT_EQ(accepting_changes(call, 2000).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(accepting_changes(call, 2001).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(accepting_changes(call, 500).error().code, ErrorCode::Invalid);
}

TEST(CallRules, WordsAreCountedOnSpacesIncludingNoBreakSpaces)
{
    EXPECT_EQ(count_words(""), 0u);
    EXPECT_EQ(count_words("  one  two\nthree\t"), 3u);
    EXPECT_EQ(count_words("Côte\xC2\xA0" "d'Ivoire"), 2u);
    EXPECT_EQ(count_words("économie locale inclusive"), 3u);
}

TEST(CallRules, AnswersAreCheckedByKind)
{
    auto call = sample_call();
    EXPECT_TRUE(check_answers(call, {{"motivation", "one two three four five"}, {"staff-days", "12.5"}, {"area", "a"}}).empty());
    auto errors = check_answers(call, {{"motivation", "one two three four five six"}, {"staff-days", "twelve"},
                                       {"area", "z"}, {"nonsense", "x"}});
    std::vector<std::string> fields;
    for (const auto& error : errors) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"q_area", "q_motivation", "q_nonsense", "q_staff-days"}));
    EXPECT_FALSE(check_answers(call, {{"motivation", std::string(kMaxAnswerBytes + 1, 'a')}}).empty());
    EXPECT_FALSE(check_answers(call, {{"motivation", "\xC3\x28"}}).empty()) << "invalid UTF-8";
    EXPECT_TRUE(check_answers(call, {{"staff-days", ""}}).empty()) << "empty is missing, not wrong";
}

TEST(CallRules, MissingRequiredAnswersAreListedInFormOrder)
{
    auto call = sample_call();
    auto missing = missing_answers(call, {{"motivation", "   "}});
    ASSERT_EQ(missing.size(), 2u);
    EXPECT_EQ(missing[0].field, "q_motivation");
    EXPECT_EQ(missing[1].field, "q_staff-days");
    EXPECT_TRUE(missing_answers(call, {{"motivation", "yes"}, {"staff-days", "3"}}).empty());
}

TEST(CallRules, TransitionsFollowTheStateMachine)
{
    using S = ApplicationStatus;
    using E = ApplicationEvent;
    struct Case { S from; E event; std::optional<S> to; };
    const Case cases[] = {
        {S::Draft, E::Submit, S::Submitted},      {S::Submitted, E::Withdraw, S::Withdrawn},
        {S::Draft, E::Withdraw, S::Withdrawn},    {S::Submitted, E::Reopen, S::Draft},
        {S::Withdrawn, E::Reopen, S::Draft},      {S::Submitted, E::Submit, std::nullopt},
        {S::Withdrawn, E::Submit, std::nullopt},  {S::Draft, E::Reopen, std::nullopt},
        {S::Selected, E::Withdraw, std::nullopt}, {S::UnderReview, E::Reopen, std::nullopt},
    };
    for (const auto& c : cases) {
        auto result = transition(c.from, c.event);
        if (c.to) {
            ASSERT_TRUE(result.ok()) << application_status_code(c.from);
            EXPECT_EQ(result.value(), *c.to);
        } else {
            ASSERT_FALSE(result.ok()) << application_status_code(c.from);
            EXPECT_EQ(result.error().code, ErrorCode::Conflict);
        }
    }
}

TEST(CallRules, ACallNeedsConsistentDatesARubricAndDistinctQuestionCodes)
{
    EXPECT_TRUE(check_call(sample_call()).empty());
    auto call = sample_call();
    call.deadline_at = call.opens_at;
    call.review_due_at = 0;
    call.time_zone = "Nowhere/Else";
    call.criteria.clear();
    call.questions.push_back(call.questions.front());
    call.slug = "Bad Slug";
    std::vector<std::string> fields;
    for (const auto& error : check_call(call)) fields.push_back(error.field);
    for (const char* expected : {"slug", "time_zone", "deadline", "review_due", "criteria", "question_4_code"})
        EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end()) << expected;
}

TEST(CallRules, TimeLeftUsesTheLargestWholeUnit)
{
    auto call = sample_call();
    call.deadline_at = 10 * 86400;
    EXPECT_EQ(time_left(call, 0).amount, 10);
    EXPECT_EQ(time_left(call, 0).unit, TimeLeft::Unit::Days);
    EXPECT_EQ(time_left(call, call.deadline_at - 5 * 3600).unit, TimeLeft::Unit::Hours);
    EXPECT_EQ(time_left(call, call.deadline_at - 90).amount, 2) << "minutes round up";
    EXPECT_EQ(time_left(call, call.deadline_at + 5).amount, 0);
}

}  // namespace
}  // namespace pmi::calls
