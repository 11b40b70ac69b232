#include "search/search_service.hpp"

#include <algorithm>

#include "search/folding.hpp"
#include "search/search_store.hpp"
#include "search/snippet.hpp"

namespace pmi::search {

Viewer viewer_of(const Actor& actor)
{
    Viewer viewer{actor.signed_in(), actor.program_member(), actor.runs_program(), {}};
    for (const auto& membership : actor.memberships)
        if (std::find(viewer.organisations.begin(), viewer.organisations.end(), membership.organisation_id) == viewer.organisations.end())
            viewer.organisations.push_back(membership.organisation_id);
    return viewer;
}

Result<SearchResults> SearchService::search(const Actor& actor, const SearchRequest& request)
{
    if (request.query.size() > kMaxQueryBytes)
        return invalid("q", "A search can be at most {1} characters long; shorten it.", {std::to_string(kMaxQueryBytes)});
    SearchResults results;
    results.terms = query_terms(request.query);
    if (results.terms.empty()) return results;
    const auto viewer = viewer_of(actor);
    auto connection = database_.acquire();
    db::Transaction transaction(*connection, db::TransactionKind::Read);  // counts and hits from one snapshot
    SearchStore store(*connection);
    auto counts = store.counts(results.terms, request.language, viewer);
    for (auto kind : all_kinds()) {
        if (request.only && *request.only != kind) continue;
        auto counted = std::find_if(counts.begin(), counts.end(), [&](const auto& count) { return count.first == kind; });
        if (counted == counts.end()) continue;
        const int limit = request.only ? kHitsPerPage : kHitsPerGroup;
        const int offset = request.only ? (std::max(request.page, 1) - 1) * kHitsPerPage : 0;
        ResultGroup group{kind, counted->second, store.hits(results.terms, request.language, viewer, kind, limit, offset)};
        for (auto& hit : group.hits) {
            hit.snippet = snippet(hit.body, results.terms);
            hit.body.clear();
        }
        results.total += group.total;
        results.groups.push_back(std::move(group));
    }
    return results;
}

}  // namespace pmi::search
