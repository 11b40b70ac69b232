#include "accounts/session_store.hpp"

namespace pmi::accounts {

void SessionStore::create(const std::string& id_hash, UserId user, Seconds now)
{
    connection_.execute("INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
                        {id_hash, user.value, now, now});
}

std::optional<SessionOfUser> SessionStore::find_signed_in(const std::string& id_hash)
{
    // One row per membership (one row with NULL membership columns for a user with none).
    static constexpr std::string_view kSql =
        "SELECT s.user_id, s.created_at, s.last_seen_at, u.email, u.name, u.language, u.email_verified_at, u.created_at,"
        " u.password_changed_at, CASE WHEN f.confirmed_at IS NULL THEN 0 ELSE 1 END, m.organisation_id, o.name, m.role"
        " FROM sessions s JOIN users u ON u.id = s.user_id"
        " LEFT JOIN second_factors f ON f.user_id = u.id"
        " LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN organisations o ON o.id = m.organisation_id"
        " WHERE s.id_hash = ? ORDER BY o.name, m.role";
    std::optional<SessionOfUser> found;
    for (const auto& row : connection_.query(kSql, {id_hash})) {
        if (!found) {
            const UserId user{row.integer(0)};
            found = SessionOfUser{StoredSession{user, row.integer(1), row.integer(2)},
                             User{user, row.text(3), row.text(4), row.text(5), !row.is_null(6), row.integer(7), row.integer(8)},
                             {},
                             row.integer(9) != 0};
        }
        if (row.is_null(10)) continue;
        if (auto role = role_from_code(row.text(12)))
            found->memberships.push_back(Membership{OrganisationId{row.integer(10)}, row.text(11), *role});
    }
    return found;
}

void SessionStore::touch(const std::string& id_hash, Seconds now)
{
    connection_.execute("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", {now, id_hash});
}

void SessionStore::remove(const std::string& id_hash)
{
    connection_.execute("DELETE FROM sessions WHERE id_hash = ?", {id_hash});
}

void SessionStore::remove_others(UserId user, const std::string& keep_id_hash)
{
    connection_.execute("DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?", {user.value, keep_id_hash});
}

void SessionStore::remove_expired(Seconds idle_before, Seconds created_before)
{
    connection_.execute("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?", {idle_before, created_before});
}

std::string_view token_purpose_code(TokenPurpose purpose)
{
    switch (purpose) {
    case TokenPurpose::VerifyEmail: return "verify_email";
    case TokenPurpose::ResetPassword: return "reset_password";
    case TokenPurpose::ChangeEmail: return "change_email";
    case TokenPurpose::SecondStep: return "second_step";
    }
    return "verify_email";
}

void TokenStore::create(const std::string& token_hash, UserId user, TokenPurpose purpose,
                        const std::optional<std::string>& new_email, Seconds now, Seconds expires_at)
{
    connection_.execute(
        "INSERT INTO account_tokens (token_hash, user_id, purpose, new_email, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        {token_hash, user.value, token_purpose_code(purpose), new_email, now, expires_at});
}

std::optional<StoredToken> TokenStore::find_usable(const std::string& token_hash, TokenPurpose purpose, Seconds now)
{
    auto row = connection_.query_one(
        "SELECT user_id, new_email, created_at FROM account_tokens"
        " WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?",
        {token_hash, token_purpose_code(purpose), now});
    if (!row) return std::nullopt;
    return StoredToken{UserId{row->integer(0)}, row->optional_text(1), row->integer(2)};
}

bool TokenStore::use(const std::string& token_hash, Seconds now)
{
    return connection_.execute("UPDATE account_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                               {now, token_hash}) == 1;
}

void TokenStore::retire_all(UserId user, TokenPurpose purpose, Seconds now)
{
    connection_.execute("UPDATE account_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
                        {now, user.value, token_purpose_code(purpose)});
}

std::optional<Seconds> TokenStore::latest_created(UserId user, TokenPurpose purpose)
{
    auto row = connection_.query_one("SELECT MAX(created_at) FROM account_tokens WHERE user_id = ? AND purpose = ?",
                                     {user.value, token_purpose_code(purpose)});
    return row ? row->optional_integer(0) : std::nullopt;
}

void SignInFailures::add(const std::string& normalized_email, const std::string& address, Seconds now)
{
    connection_.execute("INSERT INTO sign_in_failures (email_normalized, client_address, at) VALUES (?, ?, ?)",
                        {normalized_email, address, now});
}

int SignInFailures::from_address(const std::string& address, Seconds since, int limit)
{
    auto row = connection_.query_one(
        "SELECT count(*) FROM (SELECT 1 FROM sign_in_failures WHERE client_address = ? AND at >= ? LIMIT ?) recent",
        {address, since, limit});
    return row ? static_cast<int>(row->integer(0)) : 0;
}

std::vector<Seconds> SignInFailures::recent(const std::string& normalized_email, int count)
{
    std::vector<Seconds> times;
    for (const auto& row : connection_.query(
             "SELECT at FROM sign_in_failures WHERE email_normalized = ? ORDER BY at DESC, id DESC LIMIT ?",
             {normalized_email, count}))
        times.push_back(row.integer(0));
    return times;
}

void SignInFailures::clear(const std::string& normalized_email)
{
    connection_.execute("DELETE FROM sign_in_failures WHERE email_normalized = ?", {normalized_email});
}

}  // namespace pmi::accounts
