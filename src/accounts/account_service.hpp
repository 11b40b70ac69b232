#pragma once
// Account use cases: sign-up with email verification, sign-in with lockout, sessions,
// password reset and the changes a user makes to their own account. Every change is
// written with its audit entry, and its mail, in one transaction.
#include <optional>
#include <string>

#include "accounts/account.hpp"
#include "accounts/session_cache.hpp"
#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"

namespace pmi::accounts {

struct AccountSettings {
    std::string public_origin = "http://127.0.0.1:8080";  // links in mail start with it
    Seconds session_idle = 30 * 60;
    Seconds session_absolute = 12 * 60 * 60;
    Seconds verification_lifetime = 24 * 60 * 60;
    Seconds reset_lifetime = 60 * 60;
};

// Either a session, or (for users with a second factor) the token of a sign-in waiting for
// its second step: no session exists until that step is passed.
struct SignedIn {
    std::string session_id;  // for the cookie; only its hash is stored
    User user;
    std::string pending_token;  // set instead of session_id when a second step follows
    bool second_step_needed() const { return !pending_token.empty(); }
};

struct ResolvedSession {
    Actor actor;
    std::string session_id_hash;
    // An administrator or program officer who has not set up a second factor yet: they may
    // do nothing but set it up (or sign out).
    bool second_factor_missing = false;
};

class AccountService {
public:
    AccountService(db::Database& database, const Clock& clock, const Translator& translator, AccountSettings settings)
        : database_(database), clock_(clock), translator_(translator), settings_(std::move(settings)) {}

    // Creates the account and mails a verification link. When the email is already
    // registered, nothing is created and its owner is told by mail instead, so the answer
    // is the same either way. Fails with the field errors of an invalid sign-up.
    Status sign_up(const SignUp& sign_up);
    // Marks the email verified. Fails when the link is unknown, used or expired.
    Status verify_email(const std::string& token);
    // Fails with Unauthenticated (same message for unknown email and wrong password),
    // TooManyRequests during a lockout or while `client_address` has used up its failures of
    // the minute (both before any password is hashed), or Forbidden while the email is
    // unverified. Users with a second factor get a pending token instead of a session.
    // The command line and tests, which have no client address, pass none.
    Result<SignedIn> sign_in(const std::string& email, const std::string& password, const std::string& client_address = {});
    // The second step: a current authenticator code or an unused recovery code for the
    // pending sign-in. Fails with Unauthenticated when the token is unknown, used or expired,
    // Invalid on a wrong or replayed code (counted like a wrong password) and TooManyRequests
    // during a lockout. The session is created only here.
    Result<SignedIn> complete_sign_in(const std::string& pending_token, const std::string& code,
                                      const std::string& client_address = {});
    void sign_out(const std::string& session_id);
    // The signed-in actor for a session cookie, or nullopt when it is unknown or expired.
    std::optional<ResolvedSession> resolve(const std::string& session_id);
    // Resolved sessions are kept in `cache` (which must outlive the service) from now on.
    void keep_sessions_in(SessionCache* cache) { cache_ = cache; }
    // A change went through in this process: every next request reads its session afresh,
    // without waiting for the database's announcement of the change.
    void forget_kept_sessions();

    // Always succeeds for a well-formed email: whether an account exists is not revealed.
    Status request_password_reset(const std::string& email, const std::string& language);
    Status reset_password(const std::string& token, const std::string& password);
    // Ends every other session of the user.
    Status change_password(const Actor& actor, const std::string& session_id, const std::string& current,
                           const std::string& replacement);
    // Mails a confirmation link to the new address; the change happens when it is opened.
    Status request_email_change(const Actor& actor, const std::string& password, const std::string& new_email);
    Status change_language(const Actor& actor, const std::string& language);

    // For the command line: a verified user (created, or found by email) with a role in an
    // organisation. Fails on invalid input.
    Result<UserId> ensure_user(const SignUp& sign_up, Role role, OrganisationId organisation);

private:
    std::string link(std::string_view path, const std::string& token) const;
    Status check_token_and_password(const std::string& token, const std::string& password);
    Result<SignedIn> open_session(db::Connection& connection, const User& user, const std::string& how);
    std::optional<SessionOfUser> read_session(const std::string& hash, Seconds now);
    ResolvedSession resolved(SessionOfUser found, const std::string& hash) const;
    bool expired(const StoredSession& session, Seconds now) const;

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    AccountSettings settings_;
    SessionCache* cache_ = nullptr;
};

}  // namespace pmi::accounts
