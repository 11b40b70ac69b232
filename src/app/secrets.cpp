#include "app/secrets.hpp"

#include "core/crypto.hpp"

namespace pmi::app {
namespace {

std::string stored_secret(db::Database& database, std::string_view name)
{
    auto connection = database.acquire();
    connection->execute("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                        {name, crypto::random_token(32)});
    return connection->query_one("SELECT value FROM settings WHERE name = ?", {name})->text(0);
}

}  // namespace

std::string csrf_secret(db::Database& database)
{
    return stored_secret(database, "csrf_secret");
}

std::string mailing_secret(db::Database& database)
{
    return stored_secret(database, "mailing_link_secret");
}

}  // namespace pmi::app
