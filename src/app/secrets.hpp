#pragma once
#include <string>

#include "db/database.hpp"

namespace pmi::app {

// The key under which CSRF tokens are signed. It lives in the database, created on first
// use, so every `pmi serve` process on the same database signs alike.
std::string csrf_secret(db::Database& database);
// The key that signs the unsubscribe and preferences links of list mail, kept the same way:
// a link written by one process works in every other.
std::string mailing_secret(db::Database& database);

}  // namespace pmi::app
