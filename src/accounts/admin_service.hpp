#pragma once
// What administrators do with accounts: list users and organisations, create
// organisations, grant and remove roles, read the audit log and the mail outbox.
#include <vector>

#include "accounts/account.hpp"
#include "accounts/organisation_store.hpp"
#include "audit/audit_log.hpp"
#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "outbox/outbox.hpp"

namespace pmi::accounts {

struct OrganisationWithMembers {
    Organisation organisation;
    std::vector<MembershipRow> members;
};

class AdminService {
public:
    AdminService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Every method fails with Unauthenticated or Forbidden unless the actor is an admin.
    Status require_admin(const Actor& actor) const;
    Result<std::vector<UserWithMemberships>> users(const Actor& actor, std::string_view search, int page);
    Result<std::vector<OrganisationWithMembers>> organisations(const Actor& actor);
    Result<OrganisationId> create_organisation(const Actor& actor, const NewOrganisation& organisation);
    Status grant_role(const Actor& actor, std::string_view user_id, std::string_view organisation_id, std::string_view role);
    Status revoke_role(const Actor& actor, MembershipId membership);
    Result<std::vector<audit::Entry>> audit_log(const Actor& actor, const audit::Filter& filter);
    Result<std::vector<outbox::Message>> outbox(const Actor& actor, int page);

    static constexpr int kPageSize = 50;

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::accounts
