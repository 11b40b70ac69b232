#pragma once
// Users and their memberships, in SQL.
#include <optional>
#include <string>
#include <vector>

#include "accounts/account.hpp"
#include "db/database.hpp"

namespace pmi::accounts {

struct StoredUser {
    User user;
    std::string password_hash;
};

class UserStore {
public:
    explicit UserStore(db::Connection& connection) : connection_(connection) {}

    std::optional<StoredUser> find_by_email(std::string_view normalized_email);
    std::optional<StoredUser> find(UserId id);
    // Throws db::UniqueViolation when the email is taken (a race the caller reports as a conflict).
    UserId insert(const SignUp& sign_up, const std::string& password_hash, Seconds now, bool verified);
    void mark_verified(UserId id, Seconds now);
    void set_password(UserId id, const std::string& password_hash, Seconds now);
    void set_email(UserId id, const std::string& email, Seconds now);
    void set_language(UserId id, const std::string& language, Seconds now);
    std::vector<Membership> memberships(UserId id);
    std::vector<UserWithMemberships> list(std::string_view search, int limit, int offset);
    std::int64_t count();

private:
    db::Connection& connection_;
};

}  // namespace pmi::accounts
