#include "core/actor.hpp"

#include "core/translator.hpp"

namespace pmi {

std::string_view role_code(Role role)
{
    switch (role) {
    case Role::Admin: return "admin";
    case Role::ProgramOfficer: return "program_officer";
    case Role::Reviewer: return "reviewer";
    case Role::Applicant: return "applicant";
    case Role::Partner: return "partner";
    case Role::Network: return "network";
    }
    return "applicant";
}

std::optional<Role> role_from_code(std::string_view code)
{
    for (Role role : all_roles())
        if (role_code(role) == code) return role;
    return std::nullopt;
}

std::string_view role_label(Role role)
{
    switch (role) {
    case Role::Admin: return N_("Administrator");
    case Role::ProgramOfficer: return N_("Program officer");
    case Role::Reviewer: return N_("Reviewer");
    case Role::Applicant: return N_("Applicant");
    case Role::Partner: return N_("Partner local government staff");
    case Role::Network: return N_("Network organisation staff");
    }
    return N_("Applicant");
}

const std::vector<Role>& all_roles()
{
    static const std::vector<Role> roles = {Role::Admin, Role::ProgramOfficer, Role::Reviewer, Role::Applicant,
                                            Role::Partner, Role::Network};
    return roles;
}

}  // namespace pmi
