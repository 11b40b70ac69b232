#include "core/actor.hpp"

namespace pmi {

std::string_view role_code(Role role)
{
    switch (role) {
    case Role::Admin: return "admin";
    case Role::ProgramOfficer: return "program_officer";
    case Role::Reviewer: return "reviewer";
    case Role::Applicant: return "applicant";
    case Role::Partner: return "partner";
    }
    return "applicant";
}

std::optional<Role> role_from_code(std::string_view code)
{
    for (Role role : all_roles())
        if (role_code(role) == code) return role;
    return std::nullopt;
}

const std::vector<Role>& all_roles()
{
    static const std::vector<Role> roles = {Role::Admin, Role::ProgramOfficer, Role::Reviewer, Role::Applicant,
                                            Role::Partner};
    return roles;
}

}  // namespace pmi
