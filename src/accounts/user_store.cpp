#include "accounts/user_store.hpp"

#include <unordered_map>

#include "core/text.hpp"

namespace pmi::accounts {
namespace {

constexpr std::string_view kColumns =
    "id, email, name, language, email_verified_at, created_at, password_changed_at, password_hash";

StoredUser read_user(const db::Row& row)
{
    return StoredUser{User{UserId{row.integer(0)}, row.text(1), row.text(2), row.text(3), !row.is_null(4),
                           row.integer(5), row.integer(6)},
                      row.text(7)};
}

constexpr std::string_view kMemberships =
    "SELECT m.organisation_id, o.name, m.role, m.user_id FROM memberships m"
    " JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ? ORDER BY o.name, m.role";

}  // namespace

std::optional<StoredUser> UserStore::find_by_email(std::string_view normalized_email)
{
    static const std::string sql = "SELECT " + std::string(kColumns) + " FROM users WHERE email_normalized = ?";
    auto row = connection_.query_one(sql, {normalized_email});
    if (!row) return std::nullopt;
    return read_user(*row);
}

std::optional<StoredUser> UserStore::find(UserId id)
{
    static const std::string sql = "SELECT " + std::string(kColumns) + " FROM users WHERE id = ?";
    auto row = connection_.query_one(sql, {id.value});
    if (!row) return std::nullopt;
    return read_user(*row);
}

UserId UserStore::insert(const SignUp& sign_up, const std::string& password_hash, Seconds now, bool verified)
{
    auto email = text::trim(sign_up.email);
    auto row = connection_.query_one(
        "INSERT INTO users (email, email_normalized, name, password_hash, language, email_verified_at,"
        " password_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {email, text::normalize_email(email), text::trim(sign_up.name), password_hash, sign_up.language,
         verified ? std::optional<Seconds>(now) : std::nullopt, now, now, now});
    return UserId{row->integer(0)};
}

void UserStore::mark_verified(UserId id, Seconds now)
{
    connection_.execute("UPDATE users SET email_verified_at = COALESCE(email_verified_at, ?), updated_at = ? WHERE id = ?",
                        {now, now, id.value});
}

void UserStore::set_password(UserId id, const std::string& password_hash, Seconds now)
{
    connection_.execute("UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?",
                        {password_hash, now, now, id.value});
}

void UserStore::set_email(UserId id, const std::string& email, Seconds now)
{
    connection_.execute(
        "UPDATE users SET email = ?, email_normalized = ?, email_verified_at = ?, updated_at = ? WHERE id = ?",
        {email, text::normalize_email(email), now, now, id.value});
}

void UserStore::set_language(UserId id, const std::string& language, Seconds now)
{
    connection_.execute("UPDATE users SET language = ?, updated_at = ? WHERE id = ?", {language, now, id.value});
}

std::vector<Membership> UserStore::memberships(UserId id)
{
    std::vector<Membership> memberships;
    for (const auto& row : connection_.query(kMemberships, {id.value}))
        if (auto role = role_from_code(row.text(2)))
            memberships.push_back(Membership{OrganisationId{row.integer(0)}, row.text(1), *role});
    return memberships;
}

std::vector<UserWithMemberships> UserStore::list(std::string_view search, int limit, int offset)
{
    static const std::string sql = "SELECT " + std::string(kColumns) +
                                   " FROM users WHERE (? = '' OR email_normalized LIKE ? OR LOWER(name) LIKE ?)"
                                   " ORDER BY name, id LIMIT ? OFFSET ?";
    std::string pattern = "%" + text::lowercase_ascii(search) + "%";
    std::vector<UserWithMemberships> users;
    for (const auto& row : connection_.query(sql, {search, pattern, pattern, limit, offset}))
        users.push_back(UserWithMemberships{read_user(row).user, {}});
    for (auto& entry : users) entry.memberships = memberships(entry.user.id);
    return users;
}

std::int64_t UserStore::count()
{
    return connection_.query_one("SELECT COUNT(*) FROM users")->integer(0);
}

}  // namespace pmi::accounts
