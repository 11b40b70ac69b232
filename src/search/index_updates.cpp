#include "search/index_updates.hpp"

#include "search/search_store.hpp"
#include "stories/story_store.hpp"

namespace pmi::search {

void forget(const SearchIndex* index, db::Connection& connection, Kind kind, std::string_view object_key)
{
    if (index) SearchStore(connection).remove(kind, object_key);
}

void follow_partnership(const SearchIndex* index, db::Connection& connection, partnerships::PartnershipId partnership, bool published)
{
    if (!index) return;
    for (const auto& story : stories::StoryStore(connection).of_partnership(partnership)) {
        if (story.status != stories::StoryStatus::Published) continue;
        if (published)
            keep_current(index, connection, story);
        else
            forget(index, connection, Kind::Story, story.slug);
    }
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
