#include "mailing/sender_identity.hpp"

#include <array>

namespace pmi::mailing {
namespace {

using Field = std::string SenderIdentity::*;
constexpr std::array<std::pair<std::string_view, Field>, 5> kKeys = {{
    {"mailing.sender_name", &SenderIdentity::name},
    {"mailing.postal_address", &SenderIdentity::postal_address},
    {"mailing.contact_email", &SenderIdentity::email},
    {"mailing.contact_phone", &SenderIdentity::phone},
    {"mailing.website", &SenderIdentity::website},
}};

}  // namespace

SenderIdentity stored_identity(db::Connection& connection)
{
    SenderIdentity identity;
    for (const auto& row : connection.query("SELECT name, value FROM settings WHERE name LIKE 'mailing.%'"))
        for (const auto& [key, field] : kKeys)
            if (row.text(0) == key) identity.*field = row.text(1);
    return identity;
}

void save_identity(db::Connection& connection, const SenderIdentity& identity)
{
    for (const auto& [key, field] : kKeys)
        connection.execute("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                           {key, identity.*field});
}

SenderIdentity effective_identity(const SenderIdentity& stored, const SenderIdentity& configured,
                                  const std::optional<site::Program>& program)
{
    SenderIdentity identity;
    for (const auto& [key, field] : kKeys) identity.*field = !(stored.*field).empty() ? stored.*field : configured.*field;
    if (program) {
        if (identity.name.empty()) identity.name = program->implementer.pick("en").text;
        if (identity.email.empty()) identity.email = program->contact_email;
        if (identity.phone.empty()) identity.phone = program->contact_phone;
    }
    return identity;
}

}  // namespace pmi::mailing
