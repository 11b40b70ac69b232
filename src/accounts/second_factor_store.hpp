#pragma once
// Second factors in SQL: each user's authenticator secret with the last time step a code
// was accepted for, and recovery codes (hashes only).
#include <optional>
#include <string>
#include <vector>

#include "accounts/account.hpp"
#include "db/database.hpp"

namespace pmi::accounts {

struct StoredSecondFactor {
    std::string secret;  // base32
    std::optional<Seconds> confirmed_at;
    std::int64_t last_used_step = 0;
    bool confirmed() const { return confirmed_at.has_value(); }
};

class SecondFactorStore {
public:
    explicit SecondFactorStore(db::Connection& connection) : connection_(connection) {}

    std::optional<StoredSecondFactor> find(UserId user);
    // Replaces whatever the user had (and their recovery codes) with an unconfirmed secret.
    void start(UserId user, const std::string& secret, Seconds now);
    void confirm(UserId user, std::int64_t step, Seconds now);
    // Records `step` as used; false when a code of this step or a later one was used already.
    bool use_step(UserId user, std::int64_t step);
    void remove(UserId user);
    // Users with a confirmed second factor whose secret is `secret`.
    std::vector<UserId> users_with_secret(const std::string& secret);

    void replace_recovery_codes(UserId user, const std::vector<std::string>& code_hashes, Seconds now);
    // Marks the code used; false when the user has no such unused code.
    bool use_recovery_code(UserId user, const std::string& code_hash, Seconds now);
    int unused_recovery_codes(UserId user);

private:
    db::Connection& connection_;
};

}  // namespace pmi::accounts
