#include "accounts/session_store.hpp"

namespace pmi::accounts {

void SessionStore::create(const std::string& id_hash, UserId user, Seconds now)
{
    connection_.execute("INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
                        {id_hash, user.value, now, now});
}

std::optional<StoredSession> SessionStore::find(const std::string& id_hash)
{
    auto row = connection_.query_one("SELECT user_id, created_at, last_seen_at FROM sessions WHERE id_hash = ?",
                                     {id_hash});
    if (!row) return std::nullopt;
    return StoredSession{UserId{row->integer(0)}, row->integer(1), row->integer(2)};
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

void SignInFailures::add(const std::string& normalized_email, Seconds now)
{
    connection_.execute("INSERT INTO sign_in_failures (email_normalized, at) VALUES (?, ?)", {normalized_email, now});
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
