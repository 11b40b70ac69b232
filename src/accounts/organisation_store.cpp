#include "accounts/organisation_store.hpp"

namespace pmi::accounts {
namespace {

Organisation read_organisation(const db::Row& row)
{
    return Organisation{OrganisationId{row.integer(0)},
                        organisation_kind_from_code(row.text(1)).value_or(OrganisationKind::CanadianMunicipality),
                        row.text(2), row.text(3), row.text(4)};
}

constexpr std::string_view kMembershipColumns =
    "SELECT m.id, m.user_id, u.name, m.organisation_id, o.name, m.role FROM memberships m"
    " JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id";

std::optional<MembershipRow> read_membership(const db::Row& row)
{
    auto role = role_from_code(row.text(5));
    if (!role) return std::nullopt;
    return MembershipRow{MembershipId{row.integer(0)}, UserId{row.integer(1)}, row.text(2),
                         OrganisationId{row.integer(3)}, row.text(4), *role};
}

}  // namespace

std::vector<Organisation> OrganisationStore::list()
{
    std::vector<Organisation> organisations;
    for (const auto& row : connection_.query(
             "SELECT id, kind, name, country, province FROM organisations ORDER BY kind, name"))
        organisations.push_back(read_organisation(row));
    return organisations;
}

std::optional<Organisation> OrganisationStore::find(OrganisationId id)
{
    auto row = connection_.query_one("SELECT id, kind, name, country, province FROM organisations WHERE id = ?",
                                     {id.value});
    if (!row) return std::nullopt;
    return read_organisation(*row);
}

std::optional<Organisation> OrganisationStore::find_by_name(OrganisationKind kind, std::string_view name)
{
    auto row = connection_.query_one(
        "SELECT id, kind, name, country, province FROM organisations WHERE kind = ? AND name = ?",
        {organisation_kind_code(kind), name});
    if (!row) return std::nullopt;
    return read_organisation(*row);
}

OrganisationId OrganisationStore::insert(const Organisation& organisation, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO organisations (kind, name, country, province, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        {organisation_kind_code(organisation.kind), organisation.name, organisation.country, organisation.province,
         now});
    return OrganisationId{row->integer(0)};
}

bool OrganisationStore::grant(UserId user, OrganisationId organisation, Role role, Seconds now)
{
    return connection_.execute(
               "INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES (?, ?, ?, ?)"
               " ON CONFLICT (user_id, organisation_id, role) DO NOTHING",
               {user.value, organisation.value, role_code(role), now}) == 1;
}

std::optional<MembershipRow> OrganisationStore::membership(MembershipId id)
{
    static const std::string sql = std::string(kMembershipColumns) + " WHERE m.id = ?";
    auto row = connection_.query_one(sql, {id.value});
    if (!row) return std::nullopt;
    return read_membership(*row);
}

void OrganisationStore::revoke(MembershipId id)
{
    connection_.execute("DELETE FROM memberships WHERE id = ?", {id.value});
}

std::vector<MembershipRow> OrganisationStore::memberships_of(OrganisationId organisation)
{
    static const std::string sql = std::string(kMembershipColumns) + " WHERE m.organisation_id = ? ORDER BY u.name";
    std::vector<MembershipRow> rows;
    for (const auto& row : connection_.query(sql, {organisation.value}))
        if (auto membership = read_membership(row)) rows.push_back(std::move(*membership));
    return rows;
}

}  // namespace pmi::accounts
