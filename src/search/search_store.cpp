#include "search/search_store.hpp"

#include "search/folding.hpp"

namespace pmi::search {
namespace {

constexpr std::string_view kSave =
    "INSERT INTO search_documents (kind, object_key, language, title, body, url, audience, organisation_id, title_terms,"
    " body_terms, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (kind, object_key, language) DO UPDATE SET title = excluded.title, body = excluded.body,"
    " url = excluded.url, audience = excluded.audience, organisation_id = excluded.organisation_id,"
    " title_terms = excluded.title_terms, body_terms = excluded.body_terms, updated_at = excluded.updated_at";

// The viewer's permissions, appended to a WHERE clause: public documents, those for any
// signed-in account, those for the program's members, everything for the program's
// officers, and the viewer's own.
std::string permitted(const Viewer& viewer, db::Parameters& parameters)
{
    std::string clause = " AND (d.audience = 'public' OR (? = 1 AND d.audience = 'signed_in') OR (? = 1 AND d.audience = 'members') OR ? = 1";
    parameters.emplace_back(viewer.signed_in);
    parameters.emplace_back(viewer.member);
    parameters.emplace_back(viewer.runs_program);
    if (!viewer.organisations.empty()) {
        clause += " OR d.organisation_id IN (";
        for (std::size_t i = 0; i < viewer.organisations.size(); ++i) {
            clause += i == 0 ? "?" : ", ?";
            parameters.emplace_back(viewer.organisations[i].value);
        }
        clause += ")";
    }
    return clause + ")";
}

// FTS5 reads its own query language; each term is quoted so that nothing a reader types
// (AND, NEAR, *, column filters) is taken as an operator. Terms are folded words already.
std::string fts5_query(const std::vector<std::string>& terms)
{
    std::string query;
    for (const auto& term : terms) {
        query += query.empty() ? "\"" : " \"";
        for (char c : term) query += c == '"' ? std::string("\"\"") : std::string(1, c);
        query += '"';
    }
    return query;
}

std::string joined(const std::vector<std::string>& terms)
{
    std::string query;
    for (const auto& term : terms) query += (query.empty() ? "" : " ") + term;
    return query;
}

}  // namespace

void SearchStore::save(const SearchDocument& document, Seconds now)
{
    connection_.execute(kSave, {std::string(kind_code(document.kind)), document.object_key, document.language, document.title,
                                document.body, document.url, std::string(audience_code(document.audience)),
                                document.owner.valid() ? db::Value(document.owner.value) : db::Value(), fold(document.title),
                                fold(document.body), now});
}

void SearchStore::remove(Kind kind, std::string_view object_key)
{
    connection_.execute("DELETE FROM search_documents WHERE kind = ? AND object_key = ?", {std::string(kind_code(kind)), object_key});
}

void SearchStore::remove_all()
{
    connection_.execute("DELETE FROM search_documents");
}

bool SearchStore::empty()
{
    return connection_.query("SELECT 1 FROM search_documents LIMIT 1").empty();
}

SearchStore::Match SearchStore::match(const std::vector<std::string>& terms) const
{
    if (connection_.dialect() == db::Dialect::Sqlite)
        return {" FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH ?",
                "bm25(search_index, 10.0, 1.0)", fts5_query(terms)};
    return {" FROM search_documents d, plainto_tsquery('simple', ?) AS q WHERE d.terms @@ q", "ts_rank(d.terms, q) DESC",
            joined(terms)};
}

std::vector<std::pair<Kind, std::int64_t>> SearchStore::counts(const std::vector<std::string>& terms, std::string_view language,
                                                               const Viewer& viewer)
{
    std::vector<std::pair<Kind, std::int64_t>> counts;
    if (terms.empty()) return counts;
    const auto found = match(terms);
    db::Parameters parameters{found.query, language};
    const std::string sql = "SELECT d.kind, COUNT(*)" + found.from_where + " AND d.language = ?" + permitted(viewer, parameters) +
                            " GROUP BY d.kind";
    for (const auto& row : connection_.query(sql, parameters))
        if (auto kind = kind_from_code(row.text(0))) counts.emplace_back(*kind, row.integer(1));
    return counts;
}

std::vector<SearchHit> SearchStore::hits(const std::vector<std::string>& terms, std::string_view language, const Viewer& viewer,
                                         Kind kind, int limit, int offset)
{
    std::vector<SearchHit> hits;
    if (terms.empty()) return hits;
    const auto found = match(terms);
    db::Parameters parameters{found.query, language, std::string(kind_code(kind))};
    std::string sql = "SELECT d.title, d.body, d.url" + found.from_where + " AND d.language = ? AND d.kind = ?" +
                      permitted(viewer, parameters) + " ORDER BY " + found.rank + ", d.title, d.id LIMIT ? OFFSET ?";
    parameters.emplace_back(limit);
    parameters.emplace_back(offset);
    for (const auto& row : connection_.query(sql, parameters)) hits.push_back({kind, row.text(0), row.text(1), row.text(2), {}});
    return hits;
}

}  // namespace pmi::search
