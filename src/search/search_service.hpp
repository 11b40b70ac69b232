#pragma once
// Searching the site: the reader's query, in the reader's language, over what the reader may
// read. Anyone may search; what they find depends on who they are.
#include <optional>

#include "core/actor.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "search/search.hpp"

namespace pmi::search {

inline constexpr std::size_t kMaxQueryBytes = 200;
inline constexpr int kHitsPerGroup = 5;   // when every kind is shown
inline constexpr int kHitsPerPage = 20;   // when one kind is

struct SearchRequest {
    std::string query;
    std::string language;
    std::optional<Kind> only;  // one kind, paged; none: the best of every kind
    int page = 1;
};

// What `actor` may find: used by the search and by anything that lists search results.
Viewer viewer_of(const Actor& actor);

class SearchService {
public:
    explicit SearchService(db::Database& database) : database_(database) {}

    // Fails with Invalid (field "q") when the query is longer than kMaxQueryBytes; a query
    // with no searchable word finds nothing.
    Result<SearchResults> search(const Actor& actor, const SearchRequest& request);

private:
    db::Database& database_;
};

}  // namespace pmi::search
