#pragma once
// Who is asking: every service call receives the Actor and checks what it may do.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"

namespace pmi {

// Network: staff of a network organisation, who keep their own network's profile.
enum class Role { Admin, ProgramOfficer, Reviewer, Applicant, Partner, Network };

std::string_view role_code(Role role);  // stored in the database: "admin", "program_officer", ...
std::optional<Role> role_from_code(std::string_view code);
const std::vector<Role>& all_roles();
// The role's name as an English message id, to translate where it is shown.
std::string_view role_label(Role role);

struct Membership {
    OrganisationId organisation_id;
    std::string organisation_name;
    Role role;
};

struct Actor {
    UserId user_id;  // invalid for anonymous visitors
    std::string name;
    std::string email;
    std::string language;  // the user's preferred language
    std::vector<Membership> memberships;

    bool signed_in() const { return user_id.valid(); }
    bool has_role(Role role) const
    {
        return std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) { return m.role == role; });
    }
    bool has_role_in(Role role, OrganisationId organisation) const
    {
        return std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) {
            return m.role == role && m.organisation_id == organisation;
        });
    }
    // Program officers and admins run the program; many rules let either act.
    bool runs_program() const { return has_role(Role::Admin) || has_role(Role::ProgramOfficer); }
    // Signed in with a role in the program: what members-only content asks for.
    bool program_member() const { return signed_in() && !memberships.empty(); }
};

}  // namespace pmi
