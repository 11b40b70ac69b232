#pragma once
// The accounts module's types: users, organisations and what a sign-up asks for.
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"

namespace pmi::accounts {

enum class OrganisationKind { ProgramOffice, CanadianMunicipality, PartnerLocalGovernment, NetworkOrganisation };

std::string_view organisation_kind_code(OrganisationKind kind);
std::optional<OrganisationKind> organisation_kind_from_code(std::string_view code);

struct User {
    UserId id;
    std::string email;
    std::string name;
    std::string language;
    bool verified = false;
    Seconds created_at = 0;
    Seconds password_changed_at = 0;
};

struct UserWithMemberships {
    User user;
    std::vector<Membership> memberships;
};

struct Organisation {
    OrganisationId id;
    OrganisationKind kind = OrganisationKind::CanadianMunicipality;
    std::string name;
    std::string country;  // ISO 3166-1 alpha-2
    std::string province;
};

struct SignUp {
    std::string name;
    std::string email;
    std::string password;
    std::string language;
};

struct NewOrganisation {
    std::string kind;
    std::string name;
    std::string country;
    std::string province;
};

}  // namespace pmi::accounts
