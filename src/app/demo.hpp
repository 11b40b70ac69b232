#pragma once
// `pmi demo`: loads the demo program, its countries, areas, pages, news, organisations and
// one account per role, from the JSON built into the binary. Running it again changes
// nothing that is already there.
#include <functional>
#include <string>
#include <vector>

#include "accounts/account_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::app {

inline constexpr std::string_view kDemoPassword = "demo-password-2026";
// The published authenticator secret (base32, 160 bits) of the demo administrator and
// program officer, so the demo and the tests can compute their codes.
inline constexpr std::string_view kDemoSecondFactorSecret = "PMIDEMOSECRETPMIDEMOSECRETPMIDEM";

struct DemoReport {
    bool program_loaded = false;  // false when the program was already there
    int users_created = 0;
    std::vector<std::string> accounts;  // "email (role)"
};

// The email addresses of the demo accounts.
std::vector<std::string> demo_emails();

// Throws std::runtime_error when the embedded demo data is malformed.
DemoReport load_demo(db::Database& database, accounts::AccountService& accounts, const Clock& clock,
                     const std::function<void(const std::string&)>& progress);

}  // namespace pmi::app
