// The second factor on every backend: its pure rules (the ±1 step window, replays), setting
// it up, the second step of signing in (codes work once, recovery codes once, wrong codes
// lock out like wrong passwords, no session before the second step), new recovery codes
// and an administrator's reset, each with its audit entry.
#include "support/account_fixture.hpp"

#include <algorithm>
#include <set>

#include "accounts/second_factor.hpp"
#include "accounts/second_factor_service.hpp"
#include "accounts/rules.hpp"
#include "audit/audit_log.hpp"
#include "core/totp.hpp"

namespace pmi::accounts {
namespace {

using testing::kPassword;

const std::string kRfcSecret = totp::base32_encode("12345678901234567890");

std::string code_for_step(const std::string& base32_secret, std::int64_t step)
{
    return totp::hotp(*totp::base32_decode(base32_secret), std::uint64_t(step));
}

TEST(SecondFactorRules, AcceptsTheStepOfNowAndOneOnEitherSide)
{
    const Seconds now = 59;  // step 1
    EXPECT_EQ(accepted_step(kRfcSecret, "287082", now, 0), 1);
    EXPECT_EQ(accepted_step(kRfcSecret, "755224", now, -1), 0) << "one step late";
    EXPECT_EQ(accepted_step(kRfcSecret, code_for_step(kRfcSecret, 2), now, 0), 2) << "one step early";
    EXPECT_FALSE(accepted_step(kRfcSecret, code_for_step(kRfcSecret, 3), now, 0)) << "two steps early";
    EXPECT_FALSE(accepted_step(kRfcSecret, code_for_step(kRfcSecret, 5), 5 * 30 + 90, 0)) << "three steps late";
    EXPECT_EQ(accepted_step(kRfcSecret, "287 082", now, 0), 1) << "spaces are ignored";
    EXPECT_FALSE(accepted_step(kRfcSecret, "287083", now, 0));
    EXPECT_FALSE(accepted_step(kRfcSecret, "28708", now, 0));
    EXPECT_FALSE(accepted_step("not base32!", "287082", now, 0));
}

TEST(SecondFactorRules, RejectsAStepEqualToOrOlderThanTheLastUsed)
{
    EXPECT_FALSE(accepted_step(kRfcSecret, "287082", 59, 1)) << "the same code again";
    EXPECT_FALSE(accepted_step(kRfcSecret, "755224", 59, 1)) << "an older code";
    EXPECT_EQ(accepted_step(kRfcSecret, code_for_step(kRfcSecret, 2), 59, 1), 2);
}

TEST(SecondFactorRules, OnlyProgramRunnersNeedOne)
{
    Actor officer{UserId{1}, "", "", "en", {{OrganisationId{1}, "Office", Role::ProgramOfficer}}};
    Actor admin{UserId{2}, "", "", "en", {{OrganisationId{1}, "Office", Role::Admin}}};
    Actor reviewer{UserId{3}, "", "", "en", {{OrganisationId{1}, "Office", Role::Reviewer}}};
    EXPECT_TRUE(needs_second_factor(officer));
    EXPECT_TRUE(needs_second_factor(admin));
    EXPECT_FALSE(needs_second_factor(reviewer));
    EXPECT_FALSE(needs_second_factor(Actor{}));
}

TEST(SecondFactorRules, SecretsAre160BitsAndRecoveryCodesAreDistinct)
{
    EXPECT_EQ(totp::base32_decode(new_secret())->size(), 20u);
    auto codes = new_recovery_codes();
    ASSERT_EQ(codes.size(), 10u);
    std::set<std::string> distinct(codes.begin(), codes.end());
    EXPECT_EQ(distinct.size(), 10u);
    EXPECT_EQ(codes[0].size(), 14u);
    EXPECT_EQ(normalize_recovery_code(" AB12-cd34-EF56 "), "ab12cd34ef56");
}

class SecondFactorTest : public testing::AccountFixture {
protected:
    SecondFactorTest() : factors(*database, clock) {}

    // An officer with a confirmed second factor; returns its secret and recovery codes.
    std::pair<std::string, std::vector<std::string>> enrolled_officer(const std::string& email)
    {
        officer = actor(email, Role::ProgramOfficer, organisation("Office", OrganisationKind::ProgramOffice));
        auto enrolment = factors.enrolment(officer);
        EXPECT_TRUE(enrolment.ok());
        EXPECT_FALSE(enrolment->confirmed);
        auto codes = factors.confirm(officer, totp::code_at(*totp::base32_decode(enrolment->secret), clock.now()));
        EXPECT_TRUE(codes.ok());
        clock.advance(totp::kStepSeconds);  // the code of enrolment is used up
        return {enrolment->secret, codes.value()};
    }

    std::string current_code(const std::string& secret) { return totp::code_at(*totp::base32_decode(secret), clock.now()); }

    std::vector<std::string> audit_actions()
    {
        auto connection = database->acquire();
        std::vector<std::string> actions;
        for (const auto& entry : audit::AuditLog(*connection).list({})) actions.push_back(entry.action);
        return actions;
    }

    bool audited(const std::string& action)
    {
        auto actions = audit_actions();
        return std::find(actions.begin(), actions.end(), action) != actions.end();
    }

    SecondFactorService factors;
    Actor officer;
};

TEST_P(SecondFactorTest, AnOfficerWithoutOneIsFlaggedUntilTheyConfirmACode)
{
    officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Office", OrganisationKind::ProgramOffice));
    auto signed_in = service.sign_in("officer@example.org", kPassword);
    ASSERT_TRUE(signed_in.ok());
    ASSERT_FALSE(signed_in->second_step_needed());
    EXPECT_TRUE(service.resolve(signed_in->session_id)->second_factor_missing);

    auto enrolment = factors.enrolment(officer);
    ASSERT_TRUE(enrolment.ok());
    EXPECT_EQ(factors.enrolment(officer)->secret, enrolment->secret) << "the secret stays until it is confirmed";
    EXPECT_NE(enrolment->uri.find("otpauth://totp/PMI:officer@example.org?secret=" + enrolment->secret), std::string::npos)
        << enrolment->uri;
    auto wrong = factors.confirm(officer, "000000");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, "code");
    EXPECT_TRUE(service.resolve(signed_in->session_id)->second_factor_missing);

    auto codes = factors.confirm(officer, current_code(enrolment->secret));
    ASSERT_TRUE(codes.ok());
    EXPECT_EQ(codes->size(), 10u);
    EXPECT_FALSE(service.resolve(signed_in->session_id)->second_factor_missing);
    auto after = factors.enrolment(officer);
    EXPECT_TRUE(after->confirmed);
    EXPECT_TRUE(after->secret.empty()) << "the secret is never shown again";
    EXPECT_EQ(after->recovery_codes_left, 10);
    EXPECT_TRUE(audited("user.second_factor_enable"));

    auto connection = database->acquire();
    for (const auto& row : connection->query("SELECT code_hash FROM recovery_codes"))
        for (const auto& code : *codes) EXPECT_EQ(row.text(0).find(normalize_recovery_code(code)), std::string::npos);
}

TEST_P(SecondFactorTest, TheSessionIsCreatedOnlyAfterTheSecondStepAndACodeWorksOnce)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    auto first = service.sign_in("officer@example.org", kPassword);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->second_step_needed());
    EXPECT_TRUE(first->session_id.empty());
    EXPECT_FALSE(service.resolve(first->pending_token)) << "the pending token is no session";

    const std::string code = current_code(secret);
    auto done = service.complete_sign_in(first->pending_token, code);
    ASSERT_TRUE(done.ok());
    EXPECT_NE(done->session_id, first->pending_token);
    EXPECT_TRUE(service.resolve(done->session_id));

    auto reused_token = service.complete_sign_in(first->pending_token, current_code(secret));
    ASSERT_FALSE(reused_token.ok());
    EXPECT_EQ(reused_token.error().code, ErrorCode::Unauthenticated) << "the pending token works once";

    auto second = service.sign_in("officer@example.org", kPassword);
    auto replay = service.complete_sign_in(second->pending_token, code);
    ASSERT_FALSE(replay.ok()) << "the same code again";
    EXPECT_EQ(replay.error().code, ErrorCode::Invalid);
    EXPECT_EQ(replay.error().field, "code");
    clock.advance(totp::kStepSeconds);
    EXPECT_TRUE(service.complete_sign_in(second->pending_token, current_code(secret)).ok());
}

TEST_P(SecondFactorTest, ThePendingSignInExpiresAfterFiveMinutes)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    auto pending = service.sign_in("officer@example.org", kPassword);
    clock.advance(kSecondStepLifetime + 1);
    auto late = service.complete_sign_in(pending->pending_token, current_code(secret));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::Unauthenticated);
}

TEST_P(SecondFactorTest, ARecoveryCodeSignsInOnce)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    auto pending = service.sign_in("officer@example.org", kPassword);
    std::string typed = recovery[3];
    std::transform(typed.begin(), typed.end(), typed.begin(), ::toupper);
    ASSERT_TRUE(service.complete_sign_in(pending->pending_token, typed).ok()) << "case and dashes do not matter";
    auto again = service.sign_in("officer@example.org", kPassword);
    EXPECT_FALSE(service.complete_sign_in(again->pending_token, recovery[3]).ok());
    EXPECT_TRUE(service.complete_sign_in(again->pending_token, recovery[4]).ok());
    EXPECT_EQ(factors.enrolment(officer)->recovery_codes_left, 8);
}

TEST_P(SecondFactorTest, WrongCodesLockTheAccountOutLikeWrongPasswords)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    auto pending = service.sign_in("officer@example.org", kPassword);
    for (int i = 0; i < kLockoutFailures; ++i) {
        auto wrong = service.complete_sign_in(pending->pending_token, i % 2 ? "000000" : "wrong-recovery");
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::Invalid);
    }
    auto locked = service.complete_sign_in(pending->pending_token, current_code(secret));
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::TooManyRequests);
    EXPECT_EQ(service.sign_in("officer@example.org", kPassword).error().code, ErrorCode::TooManyRequests)
        << "a new password step does not clear the count";
}

TEST_P(SecondFactorTest, NewRecoveryCodesNeedThePasswordAndReplaceTheOldOnes)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    auto refused = factors.replace_recovery_codes(officer, "not the password");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "password");
    auto fresh = factors.replace_recovery_codes(officer, kPassword);
    ASSERT_TRUE(fresh.ok());
    auto pending = service.sign_in("officer@example.org", kPassword);
    EXPECT_FALSE(service.complete_sign_in(pending->pending_token, recovery[0]).ok()) << "old codes are gone";
    EXPECT_TRUE(service.complete_sign_in(pending->pending_token, (*fresh)[0]).ok());
    EXPECT_TRUE(audited("user.recovery_codes_replace"));
}

TEST_P(SecondFactorTest, AnotherAdministratorResetsItAndEndsTheSessions)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    const auto office = organisation("Office 2", OrganisationKind::ProgramOffice);
    Actor admin = actor("admin@example.org", Role::Admin, office);
    Actor reviewer = actor("reviewer@example.org", Role::Reviewer, office);
    auto pending = service.sign_in("officer@example.org", kPassword);
    auto session = service.complete_sign_in(pending->pending_token, current_code(secret));

    EXPECT_EQ(factors.reset(reviewer, officer.user_id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(factors.reset(admin, admin.user_id).error().code, ErrorCode::Forbidden) << "not one's own";
    EXPECT_EQ(factors.reset(admin, UserId{999999}).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(factors.reset(admin, officer.user_id).ok());
    EXPECT_FALSE(service.resolve(session->session_id)) << "the officer's sessions end";
    auto next = service.sign_in("officer@example.org", kPassword);
    ASSERT_TRUE(next.ok());
    EXPECT_FALSE(next->second_step_needed());
    EXPECT_TRUE(service.resolve(next->session_id)->second_factor_missing) << "they must set it up again";
    EXPECT_TRUE(audited("user.second_factor_reset"));
}

TEST_P(SecondFactorTest, OnlyThoseWhoseRoleDoesNotRequireItTurnItOff)
{
    auto [secret, recovery] = enrolled_officer("officer@example.org");
    EXPECT_EQ(factors.turn_off(officer, kPassword).error().code, ErrorCode::Forbidden);

    Actor reviewer = actor("reviewer@example.org", Role::Reviewer, organisation("Office 2", OrganisationKind::ProgramOffice));
    auto enrolment = factors.enrolment(reviewer);
    EXPECT_FALSE(enrolment->required);
    ASSERT_TRUE(factors.confirm(reviewer, current_code(enrolment->secret)).ok());
    EXPECT_TRUE(service.sign_in("reviewer@example.org", kPassword)->second_step_needed());
    EXPECT_EQ(factors.turn_off(reviewer, "not the password").error().field, "password");
    ASSERT_TRUE(factors.turn_off(reviewer, kPassword).ok());
    EXPECT_FALSE(service.sign_in("reviewer@example.org", kPassword)->second_step_needed());
    EXPECT_TRUE(audited("user.second_factor_disable"));
}

INSTANTIATE_TEST_SUITE_P(Backends, SecondFactorTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::accounts
