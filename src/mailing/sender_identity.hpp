#pragma once
// Who the program's list mail says it comes from. An administrator sets it in the site
// (kept in the settings table); what is left empty there comes from the configuration
// file, then, for the name and the email, from the program's own description.
#include <optional>

#include "db/database.hpp"
#include "mailing/mailing.hpp"
#include "site/content.hpp"

namespace pmi::mailing {

SenderIdentity stored_identity(db::Connection& connection);
void save_identity(db::Connection& connection, const SenderIdentity& identity);
SenderIdentity effective_identity(const SenderIdentity& stored, const SenderIdentity& configured,
                                  const std::optional<site::Program>& program);

}  // namespace pmi::mailing
