#pragma once
// Production mode: `pmi serve` refuses to start with settings that are safe only on a
// developer's machine, naming each one and its fix (as Django's `check --deploy` does).
#include <string>
#include <vector>

#include "app/config.hpp"
#include "db/database.hpp"

namespace pmi::app {

// What is insecure in the settings alone, each as "what is wrong: how to fix it".
std::vector<std::string> insecure_settings(const Config& config);

// The demo accounts that still sign in with the demo password.
std::vector<std::string> demo_accounts_with_demo_password(db::Database& database);

// The accounts whose second factor is the published demo secret.
std::vector<std::string> accounts_with_demo_second_factor(db::Database& database);

// All of the above: empty when production mode may start.
std::vector<std::string> production_problems(const Config& config, db::Database& database);

}  // namespace pmi::app
