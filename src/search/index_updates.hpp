#pragma once
// The hook every module that owns searchable content (news and pages, calls, partner
// profiles, events, networks, library resources, stories) calls in the transaction that saves, publishes or withdraws
// it: the object's documents are written or removed with the content, so what readers find
// never lags behind and serving never has to rebuild the index. `pmi search reindex`
// rebuilds it as a repair; `pmi migrate` fills it once when it is empty.
#include <string_view>

#include "db/database.hpp"
#include "partnerships/partnership.hpp"
#include "search/search_index.hpp"

namespace pmi::search {

// No index, nothing to do: commands and tests that do not search build services without one.
template <typename Content>
void keep_current(const SearchIndex* index, db::Connection& connection, const Content& content)
{
    if (index) index->save(connection, index->documents(content));
}

// Removes the documents of an object that no longer exists, in every language.
void forget(const SearchIndex* index, db::Connection& connection, Kind kind, std::string_view object_key);

// A partnership's stories are public only while the partnership is: withdrawing it removes
// its published stories' documents, and publishing it again writes them back.
void follow_partnership(const SearchIndex* index, db::Connection& connection, partnerships::PartnershipId partnership, bool published);

// Rebuilds the index when it holds no document (a database whose content was written before
// saves kept the index current); returns the number of documents written.
std::size_t fill_when_empty(const SearchIndex& index, db::Database& database);

}  // namespace pmi::search
