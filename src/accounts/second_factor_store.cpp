#include "accounts/second_factor_store.hpp"

namespace pmi::accounts {

std::optional<StoredSecondFactor> SecondFactorStore::find(UserId user)
{
    auto row = connection_.query_one("SELECT secret, confirmed_at, last_used_step FROM second_factors WHERE user_id = ?",
                                     {user.value});
    if (!row) return std::nullopt;
    return StoredSecondFactor{row->text(0), row->optional_integer(1), row->integer(2)};
}

void SecondFactorStore::start(UserId user, const std::string& secret, Seconds now)
{
    remove(user);
    connection_.execute(
        "INSERT INTO second_factors (user_id, secret, created_at, confirmed_at, last_used_step) VALUES (?, ?, ?, NULL, 0)",
        {user.value, secret, now});
}

void SecondFactorStore::confirm(UserId user, std::int64_t step, Seconds now)
{
    connection_.execute("UPDATE second_factors SET confirmed_at = ?, last_used_step = ? WHERE user_id = ?",
                        {now, step, user.value});
}

bool SecondFactorStore::use_step(UserId user, std::int64_t step)
{
    return connection_.execute("UPDATE second_factors SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?",
                               {step, user.value, step}) == 1;
}

void SecondFactorStore::remove(UserId user)
{
    connection_.execute("DELETE FROM recovery_codes WHERE user_id = ?", {user.value});
    connection_.execute("DELETE FROM second_factors WHERE user_id = ?", {user.value});
}

std::vector<UserId> SecondFactorStore::users_with_secret(const std::string& secret)
{
    std::vector<UserId> users;
    for (const auto& row : connection_.query(
             "SELECT user_id FROM second_factors WHERE secret = ? AND confirmed_at IS NOT NULL ORDER BY user_id", {secret}))
        users.push_back(UserId{row.integer(0)});
    return users;
}

void SecondFactorStore::replace_recovery_codes(UserId user, const std::vector<std::string>& code_hashes, Seconds now)
{
    connection_.execute("DELETE FROM recovery_codes WHERE user_id = ?", {user.value});
    for (const auto& hash : code_hashes)
        connection_.execute("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)",
                            {user.value, hash, now});
}

bool SecondFactorStore::use_recovery_code(UserId user, const std::string& code_hash, Seconds now)
{
    return connection_.execute(
               "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
               {now, user.value, code_hash}) == 1;
}

int SecondFactorStore::unused_recovery_codes(UserId user)
{
    auto row = connection_.query_one("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL",
                                     {user.value});
    return row ? int(row->integer(0)) : 0;
}

}  // namespace pmi::accounts
