// Account use cases on every backend: sign-up and verification, sign-in and lockout,
// sessions and their expiry, password reset and changes.
#include "support/account_fixture.hpp"

#include "accounts/rules.hpp"
#include "accounts/user_store.hpp"

namespace pmi::accounts {
namespace {

using testing::kPassword;

class AccountServiceTest : public testing::AccountFixture {};

TEST_P(AccountServiceTest, SignUpMailsAVerificationLinkAndSignInWaitsForIt)
{
    ASSERT_TRUE(service.sign_up({"Awa Ouédraogo", "Awa@Example.org ", kPassword, "fr"}).ok());
    auto messages = mail();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].to_address, "Awa@Example.org");
    EXPECT_EQ(messages[0].purpose, "verify_email");
    EXPECT_NE(messages[0].subject, "Confirm your email address") << "the mail is in the user's language (fr)";

    auto early = service.sign_in("awa@example.org", kPassword);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::Forbidden);

    ASSERT_TRUE(service.verify_email(token_mailed("Awa@Example.org", "/verify")).ok());
    auto signed_in = service.sign_in("AWA@example.org", kPassword);
    ASSERT_TRUE(signed_in.ok());
    EXPECT_GE(signed_in->session_id.size(), 43u) << "256-bit session ids";
    auto session = service.resolve(signed_in->session_id);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->actor.name, "Awa Ouédraogo");
    EXPECT_EQ(session->actor.language, "fr");
}

TEST_P(AccountServiceTest, ASessionBringsBackTheUserWithEveryMembershipAndTheirSecondFactorState)
{
    const auto maple = organisation("Maple Falls", OrganisationKind::CanadianMunicipality);
    const auto reo = organisation("Commune de Réo", OrganisationKind::PartnerLocalGovernment);
    const auto office = organisation("Program office", OrganisationKind::ProgramOffice);
    ASSERT_TRUE(service.ensure_user({"Awa", "awa@example.org", kPassword, "fr"}, Role::Applicant, maple).ok());
    ASSERT_TRUE(service.ensure_user({"Awa", "awa@example.org", kPassword, "fr"}, Role::Partner, reo).ok());
    auto awa = service.resolve(service.sign_in("awa@example.org", kPassword)->session_id);
    ASSERT_TRUE(awa);
    EXPECT_EQ(awa->actor.email, "awa@example.org");
    ASSERT_EQ(awa->actor.memberships.size(), 2u);
    EXPECT_EQ(awa->actor.memberships[0].organisation_name, "Commune de Réo") << "in organisation name order";
    EXPECT_EQ(awa->actor.memberships[0].role, Role::Partner);
    EXPECT_EQ(awa->actor.memberships[1].organisation_id, maple);
    EXPECT_FALSE(awa->second_factor_missing) << "applicants and partners need no second factor";

    verified_user("nobody@example.org", "No Membership");
    auto nobody = service.resolve(service.sign_in("nobody@example.org", kPassword)->session_id);
    ASSERT_TRUE(nobody);
    EXPECT_TRUE(nobody->actor.memberships.empty());

    ASSERT_TRUE(service.ensure_user({"Officer", "officer@example.org", kPassword, "en"}, Role::ProgramOfficer, office).ok());
    auto officer = service.resolve(service.sign_in("officer@example.org", kPassword)->session_id);
    ASSERT_TRUE(officer);
    EXPECT_TRUE(officer->second_factor_missing) << "an officer without a confirmed second factor may only set one up";
    EXPECT_FALSE(service.resolve("not-a-session"));
}

TEST_P(AccountServiceTest, AVerificationLinkWorksOnceAndExpiresAfterADay)
{
    ASSERT_TRUE(service.sign_up({"Late Reader", "late@example.org", kPassword, "en"}).ok());
    auto token = token_mailed("late@example.org", "/verify");
    clock.advance(24 * 3600 + 1);
    EXPECT_FALSE(service.verify_email(token).ok());

    ASSERT_TRUE(service.sign_up({"Quick Reader", "quick@example.org", kPassword, "en"}).ok());
    auto quick = token_mailed("quick@example.org", "/verify");
    EXPECT_TRUE(service.verify_email(quick).ok());
    EXPECT_FALSE(service.verify_email(quick).ok()) << "single use";
    EXPECT_FALSE(service.verify_email("not-a-token").ok());
}

TEST_P(AccountServiceTest, SigningUpWithATakenEmailCreatesNothingAndTellsItsOwner)
{
    verified_user("owner@example.org");
    auto before = mail().size();
    ASSERT_TRUE(service.sign_up({"Someone Else", "OWNER@example.org", "another long password", "en"}).ok());
    auto messages = mail();
    ASSERT_EQ(messages.size(), before + 1);
    EXPECT_EQ(messages.back().purpose, "sign_up_existing");
    auto connection = database->acquire();
    EXPECT_EQ(UserStore(*connection).count(), 1);
}

TEST_P(AccountServiceTest, SignUpReportsEveryInvalidFieldAtOnce)
{
    auto result = service.sign_up({"", "not-an-email", "short", "de"});
    ASSERT_FALSE(result.ok());
    std::vector<std::string> fields;
    for (const auto& error : flatten(result.error())) fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"name", "email", "password", "language"}));
    EXPECT_TRUE(mail().empty());
}

TEST_P(AccountServiceTest, WrongPasswordAndUnknownEmailGetTheSameAnswer)
{
    verified_user("known@example.org");
    auto wrong = service.sign_in("known@example.org", "not the password at all");
    auto unknown = service.sign_in("nobody@example.org", "not the password at all");
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(wrong.error().code, unknown.error().code);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_P(AccountServiceTest, TenFailuresInFifteenMinutesLockTheAccountForFifteenMinutes)
{
    verified_user("target@example.org");
    for (int attempt = 0; attempt < 10; ++attempt) {
        EXPECT_EQ(service.sign_in("target@example.org", "guess number " + std::to_string(attempt)).error().code,
                  ErrorCode::Unauthenticated);
        clock.advance(60);
    }
    auto locked = service.sign_in("target@example.org", kPassword);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::TooManyRequests) << "even the right password is refused";

    // Unknown addresses lock the same way, so the lock tells nothing.
    for (int attempt = 0; attempt < 10; ++attempt) (void)service.sign_in("ghost@example.org", "guess");
    auto ghost = service.sign_in("ghost@example.org", "guess");
    EXPECT_EQ(ghost.error().code, ErrorCode::TooManyRequests);
    EXPECT_EQ(ghost.error().message, locked.error().message);

    clock.advance(15 * 60 - 60 - 1);  // the tenth failure was 14:59 ago
    EXPECT_EQ(service.sign_in("target@example.org", kPassword).error().code, ErrorCode::TooManyRequests);
    clock.advance(2);
    EXPECT_TRUE(service.sign_in("target@example.org", kPassword).ok());
}

TEST_P(AccountServiceTest, ThirtyFailuresFromOneAddressInAMinuteHoldItBackWhateverTheAccount)
{
    verified_user("real@example.org");
    const std::string attacker = "203.0.113.9";
    for (int account = 0; account < kAddressFailures; ++account) {
        auto guess = service.sign_in("user" + std::to_string(account) + "@example.org", "guess", attacker);
        ASSERT_EQ(guess.error().code, ErrorCode::Unauthenticated) << "attempt " << account;
    }
    auto held = service.sign_in("real@example.org", kPassword, attacker);
    ASSERT_FALSE(held.ok()) << "even a right password waits out the minute";
    EXPECT_EQ(held.error().code, ErrorCode::TooManyRequests);
    EXPECT_EQ(held.error().retry_after_seconds, kAddressWindow);
    EXPECT_TRUE(service.sign_in("real@example.org", kPassword, "198.51.100.1").ok()) << "other addresses are not held";
    EXPECT_TRUE(service.sign_in("real@example.org", kPassword).ok()) << "the command line has no address";

    clock.advance(kAddressWindow - 1);
    EXPECT_EQ(service.sign_in("real@example.org", kPassword, attacker).error().code, ErrorCode::TooManyRequests);
    clock.advance(1);
    EXPECT_TRUE(service.sign_in("real@example.org", kPassword, attacker).ok()) << "a minute later";

    // An IPv6 attacker moving through its /64 is one address.
    for (int host = 0; host < kAddressFailures; ++host)
        (void)service.sign_in("someone" + std::to_string(host) + "@example.org", "guess", "2001:db8::" + std::to_string(host + 1));
    EXPECT_EQ(service.sign_in("real@example.org", kPassword, "2001:db8::ffff").error().code, ErrorCode::TooManyRequests);
}

TEST_P(AccountServiceTest, SessionsEndAfterThirtyIdleMinutesOrTwelveHours)
{
    verified_user("busy@example.org");
    auto session = service.sign_in("busy@example.org", kPassword).value().session_id;
    clock.advance(29 * 60);
    EXPECT_TRUE(service.resolve(session));
    clock.advance(29 * 60);
    EXPECT_TRUE(service.resolve(session)) << "activity keeps the session alive";
    clock.advance(31 * 60);
    EXPECT_FALSE(service.resolve(session)) << "31 idle minutes";

    auto long_day = service.sign_in("busy@example.org", kPassword).value().session_id;
    for (int step = 0; step < 12 * 4; ++step) {
        clock.advance(15 * 60);
        if (step < 12 * 4 - 1) {
            ASSERT_TRUE(service.resolve(long_day)) << "step " << step;
        }
    }
    EXPECT_FALSE(service.resolve(long_day)) << "12 hours after sign-in";
}

TEST_P(AccountServiceTest, SignOutEndsTheSession)
{
    verified_user("leaving@example.org");
    auto session = service.sign_in("leaving@example.org", kPassword).value().session_id;
    service.sign_out(session);
    EXPECT_FALSE(service.resolve(session));
}

TEST_P(AccountServiceTest, PasswordResetIsSingleUseExpiresAndEndsSessions)
{
    verified_user("forgetful@example.org");
    auto session = service.sign_in("forgetful@example.org", kPassword).value().session_id;
    ASSERT_TRUE(service.request_password_reset("forgetful@example.org", "en").ok());
    auto token = token_mailed("forgetful@example.org", "/password/reset");
    ASSERT_FALSE(token.empty());

    auto weak = service.reset_password(token, "short");
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().field, "password");
    ASSERT_TRUE(service.reset_password(token, "a brand new long password").ok());
    EXPECT_FALSE(service.reset_password(token, "yet another long password").ok()) << "single use";
    EXPECT_FALSE(service.resolve(session)) << "the reset ends every session";
    EXPECT_FALSE(service.sign_in("forgetful@example.org", kPassword).ok());
    EXPECT_TRUE(service.sign_in("forgetful@example.org", "a brand new long password").ok());

    ASSERT_TRUE(service.request_password_reset("forgetful@example.org", "en").ok());
    auto later = token_mailed("forgetful@example.org", "/password/reset");
    clock.advance(3601);
    EXPECT_FALSE(service.reset_password(later, "a third long password!").ok()) << "links live one hour";
}

TEST_P(AccountServiceTest, AResetForAnUnknownAddressSucceedsAndSendsNothing)
{
    EXPECT_TRUE(service.request_password_reset("nobody@example.org", "en").ok());
    EXPECT_TRUE(mail().empty());
    EXPECT_FALSE(service.request_password_reset("not an email", "en").ok());
}

TEST_P(AccountServiceTest, ChangingThePasswordNeedsTheCurrentOneAndEndsOtherSessions)
{
    verified_user("careful@example.org");
    auto here = service.sign_in("careful@example.org", kPassword).value().session_id;
    auto elsewhere = service.sign_in("careful@example.org", kPassword).value().session_id;
    auto actor = service.resolve(here)->actor;

    auto wrong = service.change_password(actor, here, "not my password", "a new long password");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, "current_password");

    ASSERT_TRUE(service.change_password(actor, here, kPassword, "a new long password").ok());
    EXPECT_TRUE(service.resolve(here));
    EXPECT_FALSE(service.resolve(elsewhere));
    EXPECT_EQ(mail().back().purpose, "password_changed");
}

TEST_P(AccountServiceTest, AnEmailChangeTakesEffectWhenTheNewAddressConfirmsIt)
{
    verified_user("old@example.org");
    verified_user("taken@example.org", "Other Person");
    auto session = service.sign_in("old@example.org", kPassword).value().session_id;
    auto actor = service.resolve(session)->actor;

    EXPECT_EQ(service.request_email_change(actor, kPassword, "taken@example.org").error().code, ErrorCode::Conflict);
    EXPECT_EQ(service.request_email_change(actor, "wrong password", "new@example.org").error().field, "password");
    ASSERT_TRUE(service.request_email_change(actor, kPassword, "new@example.org").ok());
    EXPECT_EQ(service.resolve(session)->actor.email, "old@example.org") << "nothing changes before confirmation";
    ASSERT_TRUE(service.verify_email(token_mailed("new@example.org", "/verify")).ok());
    EXPECT_EQ(service.resolve(session)->actor.email, "new@example.org");
    EXPECT_TRUE(service.sign_in("new@example.org", kPassword).ok());
}

TEST_P(AccountServiceTest, EnsureUserCreatesOnceAndGrantsTheRole)
{
    OrganisationId office;
    {
        auto connection = database->acquire();
        office = OrganisationId{connection->query_one(
            "INSERT INTO organisations (kind, name, country, created_at) VALUES ('program_office', 'Office', 'CA', 0) RETURNING id")->integer(0)};
    }
    auto first = service.ensure_user({"First Admin", "admin@example.org", kPassword, "en"}, Role::Admin, office);
    auto again = service.ensure_user({"First Admin", "admin@example.org", kPassword, "en"}, Role::Admin, office);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(first.value(), again.value());
    auto session = service.sign_in("admin@example.org", kPassword);
    ASSERT_TRUE(session.ok()) << "created verified";
    EXPECT_TRUE(service.resolve(session->session_id)->actor.has_role(Role::Admin));
}

TEST_P(AccountServiceTest, EveryChangeIsAudited)
{
    verified_user("audited@example.org");
    (void)service.sign_in("audited@example.org", kPassword);
    auto connection = database->acquire();
    std::vector<std::string> actions;
    for (const auto& row : connection->query("SELECT action FROM audit_log ORDER BY id")) actions.push_back(row.text(0));
    EXPECT_EQ(actions, (std::vector<std::string>{"user.sign_up", "user.verify_email", "user.sign_in"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountServiceTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::accounts
