#pragma once
// Organisations and role memberships, in SQL.
#include <optional>
#include <vector>

#include "accounts/account.hpp"
#include "db/database.hpp"

namespace pmi::accounts {

struct MembershipRow {
    MembershipId id;
    UserId user_id;
    std::string user_name;
    OrganisationId organisation_id;
    std::string organisation_name;
    Role role;
};

class OrganisationStore {
public:
    explicit OrganisationStore(db::Connection& connection) : connection_(connection) {}
    std::vector<Organisation> list();
    std::optional<Organisation> find(OrganisationId id);
    std::optional<Organisation> find_by_name(OrganisationKind kind, std::string_view name);
    // Throws db::UniqueViolation when an organisation of that kind already has the name.
    OrganisationId insert(const Organisation& organisation, Seconds now);
    // False when the user already has that role there.
    bool grant(UserId user, OrganisationId organisation, Role role, Seconds now);
    std::optional<MembershipRow> membership(MembershipId id);
    void revoke(MembershipId id);
    std::vector<MembershipRow> memberships_of(OrganisationId organisation);

private:
    db::Connection& connection_;
};

}  // namespace pmi::accounts
