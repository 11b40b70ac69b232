#include "partnerships/partnership_service.hpp"

#include "audit/audit_log.hpp"
#include "directory/directory_store.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/rules.hpp"
#include "search/index_updates.hpp"

namespace pmi::partnerships {
namespace {

Status officer_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

// Names each member from the directory and takes the country of the lead partner.
Status name_members(db::Connection& connection, Partnership& partnership)
{
    directory::DirectoryStore directory(connection);
    std::vector<Error> errors;
    for (auto& member : partnership.members) {
        if (member.kind == MemberKind::Team) {
            if (auto team = directory.team(member.key)) member.name = team->name;
            else errors.push_back(invalid("teams", "No municipal team has the key {1}; choose teams from the directory.", {member.key}));
        } else if (auto partner = directory.partner(member.key)) {
            member.name = partner->name;
            if (partnership.country.empty()) partnership.country = partner->country;
        } else {
            errors.push_back(invalid("partners", "No partner local government has the key {1}; choose partners from the directory.", {member.key}));
        }
    }
    if (!errors.empty()) return combine(std::move(errors));
    return Ok{};
}

OrganisationId office_of(const Actor& actor)
{
    for (const auto& membership : actor.memberships)
        if (membership.role == Role::ProgramOfficer || membership.role == Role::Admin) return membership.organisation_id;
    return {};
}

std::string described(const Partnership& p)
{
    std::string members;
    for (const auto& member : p.members) members += (members.empty() ? "" : ", ") + member.key;
    return std::string(status_code(p.status)) + "; " + members + "; " + (p.start ? date_text(*p.start) : "?") + " to " +
           (p.end ? date_text(*p.end) : "?") + (p.published ? "; public" : "; not public");
}

}  // namespace

std::vector<Visible> PartnershipService::list(const Actor& actor)
{
    auto connection = database_.acquire();
    return visible_to(*connection, actor, PartnershipStore(*connection).all());
}

Result<Visible> PartnershipService::find(const Actor& actor, PartnershipId id)
{
    auto connection = database_.acquire();
    auto found = PartnershipStore(*connection).find(id);
    if (!found) return not_found();
    const auto access = access_of(*connection, actor, *found);
    if (access != Access::Public) return Visible{std::move(*found), access};
    if (!found->published) return not_found();
    return Visible{public_fields(std::move(*found)), access};
}

Result<PartnershipId> PartnershipService::create(const Actor& actor, const PartnershipInput& input)
{
    TRY(officer_only(actor));
    auto partnership = TRY(read_partnership(input));
    partnership.office = office_of(actor);
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<PartnershipId> {
        TRY(name_members(*connection, partnership));
        const Seconds now = clock_.now();
        PartnershipId id;
        try {
            id = PartnershipStore(*connection).insert(partnership, now);
        } catch (const db::UniqueViolation&) {
            return conflict("teams", "These two members already have a partnership; open it instead of creating another.");
        }
        audit::AuditLog(*connection).record(now, actor, "partnership.create", "partnership", std::to_string(id.value), described(partnership));
        return id;
    });
}

Status PartnershipService::update(const Actor& actor, PartnershipId id, const PartnershipInput& input)
{
    if (!actor.signed_in()) return unauthenticated();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        PartnershipStore store(*connection);
        auto stored = store.find(id);
        if (!stored) return not_found();
        const auto access = access_of(*connection, actor, *stored);
        if (access == Access::Public) return stored->published ? forbidden() : not_found();
        PartnershipInput accepted = input;
        if (access == Access::Staff) {
            // Staff keep their words and contacts; officers set members, status, dates, publication.
            accepted = input_of(*stored);
            accepted.summary = input.summary;
            accepted.contact_name = input.contact_name;
            accepted.contact_email = input.contact_email;
        }
        auto changed = TRY(read_partnership(accepted));
        changed.id = id;
        changed.office = stored->office;
        changed.office_name = stored->office_name;
        if (access == Access::Staff) {
            changed.members = stored->members;
            changed.country = stored->country;
        } else {
            TRY(name_members(*connection, changed));
        }
        const Seconds now = clock_.now();
        try {
            store.update(changed, now);
        } catch (const db::UniqueViolation&) {
            return conflict("teams", "These two members already have a partnership; open it instead of creating another.");
        }
        if (changed.published != stored->published) search::follow_partnership(search_index_, *connection, id, changed.published);
        if (regrouped_ && (changed.country != stored->country || changed.areas != stored->areas)) regrouped_(*connection, *stored);
        audit::AuditLog(*connection).record(now, actor, "partnership.update", "partnership", std::to_string(id.value),
                                            described(*stored) + " → " + described(changed));
        return Ok{};
    });
}

}  // namespace pmi::partnerships
