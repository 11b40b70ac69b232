#pragma once
// Server-side sessions, tokens for email verification and password reset, and failed
// sign-ins, in SQL. Only hashes of session ids and tokens are stored.
#include <optional>
#include <string>
#include <vector>

#include "accounts/account.hpp"
#include "db/database.hpp"

namespace pmi::accounts {

struct StoredSession {
    UserId user_id;
    Seconds created_at = 0;
    Seconds last_seen_at = 0;
};

// What a request needs of its session: the session's times, the user with their memberships,
// and whether they confirmed a second factor, read together in one statement because every
// signed-in request asks for them.
struct SessionOfUser {
    StoredSession session;
    User user;
    std::vector<Membership> memberships;
    bool second_factor_confirmed = false;
};

class SessionStore {
public:
    explicit SessionStore(db::Connection& connection) : connection_(connection) {}
    void create(const std::string& id_hash, UserId user, Seconds now);
    std::optional<SessionOfUser> find_signed_in(const std::string& id_hash);
    void touch(const std::string& id_hash, Seconds now);
    void remove(const std::string& id_hash);
    // Ends every session of the user except `keep_id_hash` (after a password change).
    void remove_others(UserId user, const std::string& keep_id_hash);
    void remove_expired(Seconds idle_before, Seconds created_before);

private:
    db::Connection& connection_;
};

// SecondStep: a sign-in whose password was right, waiting for the second factor.
enum class TokenPurpose { VerifyEmail, ResetPassword, ChangeEmail, SecondStep };
std::string_view token_purpose_code(TokenPurpose purpose);

struct StoredToken {
    UserId user_id;
    std::optional<std::string> new_email;
    Seconds created_at = 0;
};

class TokenStore {
public:
    explicit TokenStore(db::Connection& connection) : connection_(connection) {}
    void create(const std::string& token_hash, UserId user, TokenPurpose purpose,
                const std::optional<std::string>& new_email, Seconds now, Seconds expires_at);
    // The token if it exists, has this purpose, is unused and has not expired.
    std::optional<StoredToken> find_usable(const std::string& token_hash, TokenPurpose purpose, Seconds now);
    // Marks the token used; false when another request used it first.
    bool use(const std::string& token_hash, Seconds now);
    void retire_all(UserId user, TokenPurpose purpose, Seconds now);
    std::optional<Seconds> latest_created(UserId user, TokenPurpose purpose);

private:
    db::Connection& connection_;
};

class SignInFailures {
public:
    explicit SignInFailures(db::Connection& connection) : connection_(connection) {}
    // `address` is an address_key, "" when unknown (the command line).
    void add(const std::string& normalized_email, const std::string& address, Seconds now);
    std::vector<Seconds> recent(const std::string& normalized_email, int count);
    // Failures from `address` since `since`, counted up to `limit`.
    int from_address(const std::string& address, Seconds since, int limit);
    void clear(const std::string& normalized_email);

private:
    db::Connection& connection_;
};

}  // namespace pmi::accounts
