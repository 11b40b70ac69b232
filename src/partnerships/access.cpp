#include "partnerships/access.hpp"

#include "directory/directory_store.hpp"

namespace pmi::partnerships {

Access access_of(db::Connection& connection, const Actor& actor, const Partnership& partnership)
{
    if (actor.runs_program()) return Access::Officer;
    if (!actor.signed_in()) return Access::Public;
    directory::DirectoryStore directory(connection);
    auto staff_of = [&](OrganisationId organisation) {
        return organisation.valid() && (actor.has_role_in(Role::Partner, organisation) || actor.has_role_in(Role::Applicant, organisation));
    };
    for (const auto& member : partnership.members) {
        OrganisationId organisation;
        if (member.kind == MemberKind::Team) {
            if (auto team = directory.team(member.key)) organisation = team->organisation;
        } else if (auto partner = directory.partner(member.key)) {
            organisation = partner->organisation;
        }
        if (staff_of(organisation)) return Access::Staff;
    }
    return Access::Public;
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
