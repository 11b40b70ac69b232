#include "accounts/admin_service.hpp"

#include <charconv>

#include "accounts/user_store.hpp"
#include "core/text.hpp"

namespace pmi::accounts {
namespace {

std::optional<std::int64_t> parse_id(std::string_view text)
{
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
    return value;
}

bool valid_country_code(std::string_view code)
{
    return code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) &&
           std::isupper(static_cast<unsigned char>(code[1]));
}

}  // namespace

Status AdminService::require_admin(const Actor& actor) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.has_role(Role::Admin)) return forbidden("Only administrators can do this.");
    return Ok{};
}

Result<std::vector<UserWithMemberships>> AdminService::users(const Actor& actor, std::string_view search, int page)
{
    TRY(require_admin(actor));
    if (search.size() > 100) return invalid("q", "Search for at most 100 characters.");
    auto connection = database_.acquire();
    return UserStore(*connection).list(search, kPageSize, std::max(0, page) * kPageSize);
}

Result<std::vector<OrganisationWithMembers>> AdminService::organisations(const Actor& actor)
{
    TRY(require_admin(actor));
    auto connection = database_.acquire();
    OrganisationStore store(*connection);
    std::vector<OrganisationWithMembers> result;
    for (auto& organisation : store.list()) {
        auto members = store.memberships_of(organisation.id);
        result.push_back({std::move(organisation), std::move(members)});
    }
    return result;
}

Result<OrganisationId> AdminService::create_organisation(const Actor& actor, const NewOrganisation& request)
{
    TRY(require_admin(actor));
    std::vector<Error> errors;
    auto kind = organisation_kind_from_code(request.kind);
    if (!kind) errors.push_back(invalid("kind", "Choose the kind of organisation."));
    auto name = text::trim(request.name);
    if (name.empty() || text::length(name) > 200 || !text::valid_utf8(name) || text::has_control_characters(name, false))
        errors.push_back(invalid("name", "Enter the organisation's name, on one line, at most 200 characters."));
    if (!valid_country_code(request.country))
        errors.push_back(invalid("country", "Enter the country as a two-letter code, for example CA, BF or BO."));
    if (request.province.size() > 100 || !text::valid_utf8(request.province))
        errors.push_back(invalid("province", "Enter the province or region in at most 100 characters."));
    if (!errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<OrganisationId> {
        OrganisationStore store(*connection);
        if (store.find_by_name(*kind, name)) return conflict("name", "An organisation of this kind already has this name.");
        auto id = store.insert({OrganisationId{}, *kind, name, request.country, text::trim(request.province)}, now);
        audit::AuditLog(*connection).record(now, actor, "organisation.create", "organisation", std::to_string(id.value),
                                            request.kind + " " + name + " (" + request.country + ")");
        return id;
    });
}

Status AdminService::grant_role(const Actor& actor, std::string_view user_id, std::string_view organisation_id,
                                std::string_view role_text)
{
    TRY(require_admin(actor));
    auto user = parse_id(user_id);
    auto organisation = parse_id(organisation_id);
    auto role = role_from_code(role_text);
    std::vector<Error> errors;
    if (!user) errors.push_back(invalid("user_id", "Choose a user."));
    if (!organisation) errors.push_back(invalid("organisation_id", "Choose an organisation."));
    if (!role) errors.push_back(invalid("role", "Choose one of the roles offered."));
    if (!errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        if (!UserStore(*connection).find(UserId{*user})) return invalid("user_id", "This user does not exist.");
        OrganisationStore store(*connection);
        if (!store.find(OrganisationId{*organisation})) return invalid("organisation_id", "This organisation does not exist.");
        if (!store.grant(UserId{*user}, OrganisationId{*organisation}, *role, now))
            return conflict("role", "The user already has this role in this organisation.");
        audit::AuditLog(*connection).record(now, actor, "membership.grant", "user", std::to_string(*user),
                                            std::string(role_code(*role)) + " in organisation " + std::to_string(*organisation));
        return Ok{};
    });
}

Status AdminService::revoke_role(const Actor& actor, MembershipId membership)
{
    TRY(require_admin(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        OrganisationStore store(*connection);
        auto row = store.membership(membership);
        if (!row) return not_found();
        if (row->user_id == actor.user_id && row->role == Role::Admin)
            return invalid("membership", "You cannot remove your own administrator role; ask another administrator.");
        store.revoke(membership);
        audit::AuditLog(*connection).record(now, actor, "membership.revoke", "user", std::to_string(row->user_id.value),
                                            std::string(role_code(row->role)) + " in " + row->organisation_name);
        return Ok{};
    });
}

Result<std::vector<audit::Entry>> AdminService::audit_log(const Actor& actor, const audit::Filter& filter)
{
    TRY(require_admin(actor));
    if (filter.action_prefix.size() > 100 || filter.entity_type.size() > 100)
        return invalid("action", "Filter with at most 100 characters.");
    auto connection = database_.acquire();
    return audit::AuditLog(*connection).list(filter);
}

Result<std::vector<outbox::Message>> AdminService::outbox(const Actor& actor, int page)
{
    TRY(require_admin(actor));
    auto connection = database_.acquire();
    return outbox::Outbox(*connection).list(kPageSize, std::max(0, page) * kPageSize);
}

}  // namespace pmi::accounts
