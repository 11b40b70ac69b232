#include "partnerships/access.hpp"

#include "partnerships/partnership_store.hpp"

namespace pmi::partnerships {

StaffProfiles::StaffProfiles(db::Connection& connection, const Actor& actor)
{
    PartnershipStore store(connection);
    for (const auto& membership : actor.memberships)
        if (membership.role == Role::Partner || membership.role == Role::Applicant)
            for (auto& profile : store.profiles_kept_by(membership.organisation_id)) profiles_.insert({profile.kind, std::move(profile.key)});
}

Access StaffProfiles::access(const Actor& actor, const Partnership& partnership) const
{
    if (actor.runs_program()) return Access::Officer;
    for (const auto& member : partnership.members)
        if (profiles_.count({member.kind, member.key})) return Access::Staff;
    return Access::Public;
}

Access access_of(db::Connection& connection, const Actor& actor, const Partnership& partnership)
{
    return StaffProfiles(connection, actor).access(actor, partnership);
}

std::vector<Visible> visible_to(db::Connection& connection, const Actor& actor, std::vector<Partnership> partnerships)
{
    std::vector<Visible> visible;
    const StaffProfiles staff(connection, actor);
    for (auto& partnership : partnerships) {
        const auto access = staff.access(actor, partnership);
        if (access != Access::Public) visible.push_back({std::move(partnership), access});
        else if (partnership.published) visible.push_back({public_fields(std::move(partnership)), access});
    }
    return visible;
}

Result<Visible> find_partnership(db::Connection& connection, const Actor& actor, PartnershipId id)
{
    auto partnership = PartnershipStore(connection).find(id);
    if (!partnership) return not_found();
    const auto access = access_of(connection, actor, *partnership);
    if (access == Access::Public && !partnership->published) return not_found();
    return Visible{std::move(*partnership), access};
}

Result<Visible> find_for_members(db::Connection& connection, const Actor& actor, PartnershipId id, std::string message)
{
    if (!actor.signed_in()) return unauthenticated();
    auto found = TRY(find_partnership(connection, actor, id));
    if (found.access == Access::Public) return forbidden(std::move(message));
    return found;
}

Partnership public_fields(Partnership partnership)
{
    partnership.contact_name.clear();
    partnership.contact_email.clear();
    partnership.office = OrganisationId{};
    partnership.office_name.clear();
    return partnership;
}

}  // namespace pmi::partnerships
