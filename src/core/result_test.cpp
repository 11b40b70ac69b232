// Result<T> and TRY: errors travel up unchanged, values flow through; combine() and
// flatten() carry several form errors as one without losing or reordering any.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace pmi {
namespace {

Result<int> parse_digit(char c)
{
    if (c < '0' || c > '9') return invalid("digit", "Enter a digit from 0 to 9.", {std::string(1, c)});
    return c - '0';
}

int steps_after_first_try = 0;

// Adds two digits; TRY returns the first failure as this function's own result.
Result<int> add_digits(char a, char b)
{
    int x = TRY(parse_digit(a));
    ++steps_after_first_try;
    int y = TRY(parse_digit(b));
    return x + y;
}

Status check_both(char a, char b)
{
    TRY(add_digits(a, b));
    return Ok{};
}

TEST(Result, HoldsAValueOrAnError)
{
    Result<std::string> good(std::string("value"));
    ASSERT_TRUE(good.ok());
    EXPECT_TRUE(static_cast<bool>(good));
    EXPECT_EQ(*good, "value");
    EXPECT_EQ(good->size(), 5u);

    Result<std::string> bad(not_found());
    ASSERT_FALSE(bad.ok());
    EXPECT_FALSE(static_cast<bool>(bad));
    EXPECT_EQ(bad.error().code, ErrorCode::NotFound);
}

TEST(Result, TryYieldsTheValueWhenEveryStepSucceeds)
{
    steps_after_first_try = 0;
    auto sum = add_digits('4', '5');
    ASSERT_TRUE(sum.ok());
    EXPECT_EQ(sum.value(), 9);
    EXPECT_EQ(steps_after_first_try, 1);
    EXPECT_TRUE(check_both('1', '2').ok());
}

TEST(Result, TryReturnsTheInnerErrorUnchanged)
{
    steps_after_first_try = 0;
    auto sum = add_digits('x', '5');
    ASSERT_FALSE(sum.ok());
    EXPECT_EQ(sum.error().code, ErrorCode::Invalid);
    EXPECT_EQ(sum.error().field, "digit");
    EXPECT_EQ(sum.error().message, "Enter a digit from 0 to 9.");
    EXPECT_EQ(sum.error().arguments, std::vector<std::string>{"x"});
    // The function stopped at the failing step.
    EXPECT_EQ(steps_after_first_try, 0);
}

TEST(Result, TryPropagatesThroughSeveralLevelsAndIntoStatus)
{
    auto status = check_both('1', '?');
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().field, "digit");
    EXPECT_EQ(status.error().arguments, std::vector<std::string>{"?"});
}

TEST(Result, TryMovesMoveOnlyValues)
{
    auto make = []() -> Result<std::unique_ptr<int>> { return std::make_unique<int>(7); };
    auto use = [&]() -> Result<int> {
        auto pointer = TRY(make());
        return *pointer;
    };
    auto value = use();
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(*value, 7);
}

TEST(Result, TakeErrorGivesTheErrorOut)
{
    Result<int> failed(conflict("email", "This email address is already registered."));
    Error error = failed.take_error();
    EXPECT_EQ(error.code, ErrorCode::Conflict);
    EXPECT_EQ(error.field, "email");
}

std::vector<Error> three_errors()
{
    return {invalid("name", "Enter your name."),
            invalid("email", "Enter an email address like name@example.org."),
            invalid("password", "The password must be at least {1} characters long.", {"12"})};
}

TEST(ErrorCombine, TheFirstErrorLeadsAndTheRestFollowInOrder)
{
    auto combined = combine(three_errors());
    EXPECT_EQ(combined.field, "name");
    EXPECT_EQ(combined.message, "Enter your name.");
    ASSERT_EQ(combined.more.size(), 2u);
    EXPECT_EQ(combined.more[0].field, "email");
    EXPECT_EQ(combined.more[1].field, "password");
    EXPECT_EQ(combined.more[1].arguments, std::vector<std::string>{"12"});
}

TEST(ErrorCombine, FlattenGivesBackEveryErrorInOrderWithItsFields)
{
    auto original = three_errors();
    auto all = flatten(combine(original));
    ASSERT_EQ(all.size(), original.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].code, original[i].code) << i;
        EXPECT_EQ(all[i].field, original[i].field) << i;
        EXPECT_EQ(all[i].message, original[i].message) << i;
        EXPECT_EQ(all[i].arguments, original[i].arguments) << i;
        // Flattened errors stand alone: none carries the others again.
        EXPECT_TRUE(all[i].more.empty()) << i;
    }
}

TEST(ErrorCombine, OneErrorCombinesToItself)
{
    auto combined = combine({forbidden()});
    EXPECT_EQ(combined.code, ErrorCode::Forbidden);
    EXPECT_TRUE(combined.more.empty());
    auto all = flatten(combined);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].message, "Your account is not allowed to do this.");
}

TEST(ErrorCombine, ACombinedErrorSurvivesTry)
{
    auto validate = []() -> Status { return combine(three_errors()); };
    auto caller = [&]() -> Result<int> {
        TRY(validate());
        return 1;
    };
    auto result = caller();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(flatten(result.error()).size(), 3u);
}

}  // namespace
}  // namespace pmi
