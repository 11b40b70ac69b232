#include "app/secrets.hpp"

#include "core/crypto.hpp"

namespace pmi::app {

std::string csrf_secret(db::Database& database)
{
    auto connection = database.acquire();
    connection->execute("INSERT INTO settings (name, value) VALUES ('csrf_secret', ?) ON CONFLICT (name) DO NOTHING",
                        {crypto::random_token(32)});
    return connection->query_one("SELECT value FROM settings WHERE name = 'csrf_secret'")->text(0);
}

}  // namespace pmi::app
