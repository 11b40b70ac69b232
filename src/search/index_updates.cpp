#include "search/index_updates.hpp"

#include "search/search_store.hpp"

namespace pmi::search {

void forget(const SearchIndex* index, db::Connection& connection, Kind kind, std::string_view object_key)
{
    if (index) SearchStore(connection).remove(kind, object_key);
}

std::size_t fill_when_empty(const SearchIndex& index, db::Database& database)
{
    {
        auto connection = database.acquire();
        if (!SearchStore(*connection).empty()) return 0;
    }
    return index.rebuild(database);
}

}  // namespace pmi::search
