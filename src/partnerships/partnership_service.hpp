#pragma once
// Partnership use cases. The public reads published partnerships (public fields only); the
// staff of a partnership's members read theirs in full and edit its summary and contacts;
// program officers read all, create them by hand and change everything, status included.
#include <functional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/access.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::search {
class SearchIndex;
}

namespace pmi::partnerships {

// Told, inside the transaction of a change that moves a partnership to another country or
// other programming areas, what the partnership was before, so that figures kept by country
// and area (the results summary) follow it. The results module gives it: it depends on
// partnerships, not the other way round.
using Regrouped = std::function<void(db::Connection& connection, const Partnership& before)>;

class PartnershipService {
public:
    // With `search_index`, publishing or withdrawing a partnership also adds or removes its
    // stories' search documents.
    PartnershipService(db::Database& database, const Clock& clock, const search::SearchIndex* search_index = nullptr, Regrouped regrouped = {})
        : database_(database), clock_(clock), search_index_(search_index), regrouped_(std::move(regrouped))
    {
    }

    // What the actor may see: everything for officers, their own and the published ones for
    // staff (the published ones with public fields only), the published ones for the public.
    std::vector<Visible> list(const Actor& actor);
    // Not found when it does not exist, or is unpublished and not the actor's.
    Result<Visible> find(const Actor& actor, PartnershipId id);

    // Officers. Fails on the fields of the input (read_partnership), on "teams" / "partners"
    // when a key is not in the directory, and with a conflict when the lead pair already has
    // a partnership. Writes nothing on failure.
    Result<PartnershipId> create(const Actor& actor, const PartnershipInput& input);
    // Officers change everything; the partnership's staff only the summary and contacts.
    Status update(const Actor& actor, PartnershipId id, const PartnershipInput& input);

private:
    db::Database& database_;
    const Clock& clock_;
    const search::SearchIndex* search_index_;
    Regrouped regrouped_;
};

}  // namespace pmi::partnerships
