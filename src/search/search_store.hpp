#pragma once
// The search index in SQL: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL. The
// two differ only in how a document matches and ranks; the viewer's permissions are the same
// WHERE clause on both, so counts and hits only ever cover what the viewer may read.
#include <utility>
#include <vector>

#include "db/database.hpp"
#include "search/search.hpp"

namespace pmi::search {

class SearchStore {
public:
    explicit SearchStore(db::Connection& connection) : connection_(connection) {}

    // Inserts the document or replaces the one of the same kind, key and language.
    void save(const SearchDocument& document, Seconds now);
    // Removes the object's documents in every language.
    void remove(Kind kind, std::string_view object_key);
    void remove_all();
    bool empty();

    // How many documents of each kind match every term (folded words) in `language` among
    // those the viewer may read; kinds without matches are left out.
    std::vector<std::pair<Kind, std::int64_t>> counts(const std::vector<std::string>& terms, std::string_view language,
                                                      const Viewer& viewer);
    // The best matches of one kind, best first (a title match outranks a body match).
    std::vector<SearchHit> hits(const std::vector<std::string>& terms, std::string_view language, const Viewer& viewer, Kind kind,
                                int limit, int offset);

private:
    struct Match {
        std::string from_where;  // FROM … WHERE <matches>, with one parameter, the query
        std::string rank;        // an ORDER BY expression, best first
        std::string query;
    };
    Match match(const std::vector<std::string>& terms) const;

    db::Connection& connection_;
};

}  // namespace pmi::search
