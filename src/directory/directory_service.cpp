#include "directory/directory_service.hpp"

#include "accounts/organisation_store.hpp"
#include "audit/audit_log.hpp"
#include "directory/directory_store.hpp"
#include "directory/rules.hpp"
#include "search/index_updates.hpp"

namespace pmi::directory {
namespace {

Status officer_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

Error key_taken()
{
    return conflict("key", "Another profile already uses this key; choose another.");
}

// What staff may not change on their own profile: officers set these.
template <typename Profile>
void keep_officer_fields(Profile& changed, const Profile& stored)
{
    changed.key = stored.key;
    changed.organisation = stored.organisation;
}

std::string counts(const ImportReport& report)
{
    return "added " + std::to_string(report.added) + ", updated " + std::to_string(report.updated) + ", skipped " +
           std::to_string(report.skipped) + ", invalid rows " + std::to_string(report.invalid_rows);
}

// One import for both lists: `find` looks a key up, `save` writes a profile.
template <typename Profile, typename Find, typename Save>
ImportReport import_rows(ReadRows<Profile> rows, std::size_t total_rows, ImportMode mode, WhenProblems when, Find find, Save save)
{
    ImportReport report;
    report.rows = total_rows;
    report.invalid_rows = rows.invalid_rows;
    report.problems = std::move(rows.problems);
    if (!report.problems.empty() && when == WhenProblems::WriteNothing) return report;
    for (auto& [row, profile] : rows.valid) {
        auto existing = find(profile.key);
        if (existing && mode == ImportMode::AddNewOnly) {
            ++report.skipped;
            continue;
        }
        if (existing) {
            profile.id = existing->id;
            profile.organisation = existing->organisation;
            ++report.updated;
        } else {
            ++report.added;
        }
        save(profile);
    }
    report.written = true;
    return report;
}

}  // namespace

PartnerPage DirectoryService::partners(const PartnerFilter& filter)
{
    auto connection = database_.acquire();
    return DirectoryStore(*connection).partners(filter);
}

Result<PartnerGovernment> DirectoryService::partner(std::string_view key)
{
    auto connection = database_.acquire();
    auto found = DirectoryStore(*connection).partner(key);
    if (!found) return not_found();
    return std::move(*found);
}

bool DirectoryService::may_edit(const Actor& actor, const PartnerGovernment& partner) const
{
    return actor.runs_program() || (partner.organisation.valid() && actor.has_role_in(Role::Partner, partner.organisation));
}

bool DirectoryService::may_edit(const Actor& actor, const MunicipalTeam& team) const
{
    return actor.runs_program() || (team.organisation.valid() && actor.has_role_in(Role::Applicant, team.organisation));
}

std::optional<PartnerGovernment> DirectoryService::my_partner(const Actor& actor)
{
    auto connection = database_.acquire();
    DirectoryStore store(*connection);
    for (const auto& membership : actor.memberships)
        if (membership.role == Role::Partner)
            if (auto found = store.partner_of(membership.organisation_id)) return found;
    return std::nullopt;
}

std::optional<MunicipalTeam> DirectoryService::my_team(const Actor& actor)
{
    auto connection = database_.acquire();
    DirectoryStore store(*connection);
    for (const auto& membership : actor.memberships)
        if (membership.role == Role::Applicant)
            if (auto found = store.team_of(membership.organisation_id)) return found;
    return std::nullopt;
}

// One save for both kinds of profile: `Profile` is a partner or a team, `check` its rules,
// `place` the field staff may not move their profile out of (country or province).
template <typename Id, typename Profile, typename Check>
Result<Id> save_profile(db::Connection& connection, const DirectoryService& service, const Actor& actor, Profile profile,
                        Seconds now, Check check, std::string Profile::*place, const char* kind)
{
    DirectoryStore store(connection);
    auto same_key = store.template find<Profile>(profile.key);
    if (profile.id.valid()) {
        auto current = store.template find<Profile>(profile.id);
        if (!current) return not_found();
        if (!service.may_edit(actor, *current)) return forbidden();
        if (!actor.runs_program()) {
            keep_officer_fields(profile, *current);
            profile.*place = (*current).*place;
            same_key = current;
        }
        if (same_key && same_key->id != profile.id) return key_taken();
    } else {
        if (!actor.runs_program()) return forbidden();
        if (same_key) return key_taken();
    }
    if (auto errors = check(profile); !errors.empty()) return combine(std::move(errors));
    Id id = store.save(profile, now);
    audit::AuditLog(connection).record(now, actor, std::string("directory.") + kind, kind, profile.key, profile.name);
    return id;
}

template <typename Profile>
Status remove_profile(db::Connection& connection, const Actor& actor, std::string_view key, Seconds now, const char* kind)
{
    TRY(officer_only(actor));
    DirectoryStore store(connection);
    auto found = store.template find<Profile>(key);
    if (!found) return not_found();
    store.remove(found->id);
    audit::AuditLog(connection).record(now, actor, std::string("directory.remove_") + kind, kind, found->key, found->name);
    return Ok{};
}

Result<PartnerId> DirectoryService::save_partner(const Actor& actor, PartnerGovernment partner)
{
    if (!actor.signed_in()) return unauthenticated();
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<PartnerId> {
        auto id = TRY(save_profile<PartnerId>(*connection, *this, actor, std::move(partner), now, check_partner, &PartnerGovernment::country, "partner"));
        if (auto saved = DirectoryStore(*connection).partner(id)) search::keep_current(search_index_, *connection, *saved);
        return id;
    });
}

Status DirectoryService::remove_partner(const Actor& actor, std::string_view key)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        TRY(remove_profile<PartnerGovernment>(*connection, actor, key, now, "partner"));
        search::forget(search_index_, *connection, search::Kind::Partner, key);
        return Ok{};
    });
}

Result<std::vector<MunicipalTeam>> DirectoryService::teams(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return DirectoryStore(*connection).teams();
}

Result<MunicipalTeam> DirectoryService::team(const Actor& actor, std::string_view key)
{
    if (!actor.signed_in()) return unauthenticated();
    auto connection = database_.acquire();
    auto found = DirectoryStore(*connection).team(key);
    if (!found || !may_edit(actor, *found)) return not_found();
    return std::move(*found);
}

Result<TeamId> DirectoryService::save_team(const Actor& actor, MunicipalTeam team)
{
    if (!actor.signed_in()) return unauthenticated();
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<TeamId> {
        return save_profile<TeamId>(*connection, *this, actor, std::move(team), now, check_team, &MunicipalTeam::province, "team");
    });
}

Status DirectoryService::remove_team(const Actor& actor, std::string_view key)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status { return remove_profile<MunicipalTeam>(*connection, actor, key, now, "team"); });
}

std::vector<accounts::Organisation> DirectoryService::organisations(const Actor& actor, accounts::OrganisationKind kind)
{
    std::vector<accounts::Organisation> list;
    if (!actor.runs_program()) return list;
    auto connection = database_.acquire();
    for (auto& organisation : accounts::OrganisationStore(*connection).list())
        if (organisation.kind == kind) list.push_back(std::move(organisation));
    return list;
}

Result<ImportReport> DirectoryService::import_partners(const Actor& actor, const csv::Table& table, ImportMode mode, WhenProblems when)
{
    TRY(officer_only(actor));
    auto rows = TRY(read_partners(table));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ImportReport> {
        DirectoryStore store(*connection);
        auto report = import_rows(
            std::move(rows), table.records().size(), mode, when, [&](const std::string& key) { return store.partner(key); },
            [&](const PartnerGovernment& partner) {
                store.save(partner, now);
                if (auto saved = store.partner(partner.key)) search::keep_current(search_index_, *connection, *saved);
            });
        if (report.written) audit::AuditLog(*connection).record(now, actor, "directory.import", "partners", "", counts(report));
        return report;
    });
}

Result<ImportReport> DirectoryService::import_teams(const Actor& actor, const csv::Table& table, ImportMode mode, WhenProblems when)
{
    TRY(officer_only(actor));
    auto rows = TRY(read_teams(table));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ImportReport> {
        DirectoryStore store(*connection);
        auto report = import_rows(
            std::move(rows), table.records().size(), mode, when, [&](const std::string& key) { return store.team(key); },
            [&](const MunicipalTeam& team) { store.save(team, now); });
        if (report.written) audit::AuditLog(*connection).record(now, actor, "directory.import", "teams", "", counts(report));
        return report;
    });
}

Result<std::vector<PartnerGovernment>> DirectoryService::export_partners(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return DirectoryStore(*connection).all_partners();
}

Result<std::vector<MunicipalTeam>> DirectoryService::export_teams(const Actor& actor)
{
    return teams(actor);
}

}  // namespace pmi::directory
