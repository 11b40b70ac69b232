#include "partnerships/partnership_store.hpp"

#include <algorithm>
#include <map>

#include "core/actor.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kColumns =
    "SELECT p.id, p.team_key, p.partner_key, p.team_name, p.partner_name, p.country, p.status, p.start_date, p.end_date, p.areas,"
    " p.summary, p.contact_name, p.contact_email, p.published, p.office_id, o.name, p.created_at, p.updated_at"
    " FROM partnerships p LEFT JOIN organisations o ON o.id = p.office_id";

std::string_view kind_code(MemberKind kind) { return kind == MemberKind::Team ? "team" : "partner"; }

std::vector<std::string> split_codes(const std::string& stored)
{
    std::vector<std::string> codes;
    std::size_t start = 0;
    while (start < stored.size()) {
        auto end = stored.find(';', start);
        if (end == std::string::npos) end = stored.size();
        if (end > start) codes.push_back(stored.substr(start, end - start));
        start = end + 1;
    }
    return codes;
}

std::string join_codes(const std::vector<std::string>& codes)
{
    std::string joined;
    for (const auto& code : codes) joined += (joined.empty() ? "" : ";") + code;
    return joined;
}

std::string stored_date(const std::optional<Date>& date) { return date ? date_text(*date) : ""; }

Partnership read_partnership(const db::Row& row)
{
    Partnership p;
    p.id = PartnershipId{row.integer(0)};
    // Partnerships an accepted matching run proposed have only their lead pair.
    p.members = {{MemberKind::Team, row.text(1), row.text(3)}, {MemberKind::Partner, row.text(2), row.text(4)}};
    p.country = row.text(5);
    p.status = status_from_code(row.text(6)).value_or(PartnershipStatus::Proposed);
    p.start = parse_date(row.text(7));
    p.end = parse_date(row.text(8));
    p.areas = split_codes(row.text(9));
    p.summary = LocalizedText::from_json(row.text(10));
    p.contact_name = row.text(11);
    p.contact_email = row.text(12);
    p.published = row.boolean(13);
    p.office = OrganisationId{row.optional_integer(14).value_or(0)};
    p.office_name = row.optional_text(15).value_or("");
    p.created_at = row.integer(16);
    p.updated_at = row.integer(17);
    return p;
}

const Member& lead(const Partnership& p, MemberKind kind) { return *p.of_kind(kind).front(); }

}  // namespace

std::vector<Partnership> PartnershipStore::select(const std::string& where, const db::Parameters& parameters)
{
    std::vector<Partnership> list;
    std::map<std::int64_t, std::size_t> position;
    for (const auto& row : connection_.query(std::string(kColumns) + where + " ORDER BY p.country, p.partner_name, p.team_name, p.id", parameters)) {
        position[row.integer(0)] = list.size();
        list.push_back(read_partnership(row));
    }
    if (list.empty()) return list;
    std::map<std::int64_t, std::vector<Member>> members;
    for (const auto& row : connection_.query("SELECT partnership_id, kind, member_key, member_name FROM partnership_members"
                                             " ORDER BY partnership_id, kind DESC, member_name"))
        if (position.count(row.integer(0)))
            members[row.integer(0)].push_back({row.text(1) == "team" ? MemberKind::Team : MemberKind::Partner, row.text(2), row.text(3)});
    for (auto& [id, found] : members) {
        auto& p = list[position[id]];
        // The lead pair first, then the others by name.
        std::vector<Member> ordered = p.members;
        for (auto& member : found)
            if (member != ordered[0] && member != ordered[1]) ordered.push_back(std::move(member));
        std::stable_partition(ordered.begin(), ordered.end(), [](const Member& m) { return m.kind == MemberKind::Team; });
        p.members = std::move(ordered);
    }
    return list;
}

std::vector<Partnership> PartnershipStore::all() { return select("", {}); }

std::optional<Partnership> PartnershipStore::find(PartnershipId id)
{
    auto found = select(" WHERE p.id = ?", {id.value});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Partnership> PartnershipStore::with_partners(const std::vector<std::string>& partner_keys)
{
    if (partner_keys.empty()) return {};
    db::Parameters keys(partner_keys.begin(), partner_keys.end());
    std::string marks;
    for (std::size_t i = 0; i < keys.size(); ++i) marks += i == 0 ? "?" : ", ?";
    return select(" WHERE p.id IN (SELECT partnership_id FROM partnership_members WHERE kind = 'partner' AND member_key IN (" + marks + "))", keys);
}

void PartnershipStore::write_members(const Partnership& p)
{
    connection_.execute("DELETE FROM partnership_members WHERE partnership_id = ?", {p.id.value});
    for (const auto& member : p.members)
        connection_.execute("INSERT INTO partnership_members (partnership_id, kind, member_key, member_name) VALUES (?, ?, ?, ?)",
                            {p.id.value, kind_code(member.kind), member.key, member.name});
}

PartnershipId PartnershipStore::insert(const Partnership& p, Seconds now)
{
    const auto& team = lead(p, MemberKind::Team);
    const auto& partner = lead(p, MemberKind::Partner);
    auto row = connection_.query_one(
        "INSERT INTO partnerships (team_key, partner_key, team_name, partner_name, country, status, start_date, end_date, areas, summary,"
        " contact_name, contact_email, published, office_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        {team.key, partner.key, team.name, partner.name, p.country, status_code(p.status), stored_date(p.start), stored_date(p.end),
         join_codes(p.areas), p.summary.to_json(), p.contact_name, p.contact_email, p.published,
         p.office.valid() ? db::Value(p.office.value) : db::Value(), now, now});
    Partnership stored = p;
    stored.id = PartnershipId{row->integer(0)};
    write_members(stored);
    return stored.id;
}

void PartnershipStore::update(const Partnership& p, Seconds now)
{
    const auto& team = lead(p, MemberKind::Team);
    const auto& partner = lead(p, MemberKind::Partner);
    connection_.execute(
        "UPDATE partnerships SET team_key = ?, partner_key = ?, team_name = ?, partner_name = ?, country = ?, status = ?, start_date = ?,"
        " end_date = ?, areas = ?, summary = ?, contact_name = ?, contact_email = ?, published = ?, updated_at = ? WHERE id = ?",
        {team.key, partner.key, team.name, partner.name, p.country, status_code(p.status), stored_date(p.start), stored_date(p.end),
         join_codes(p.areas), p.summary.to_json(), p.contact_name, p.contact_email, p.published, now, p.id.value});
    write_members(p);
}

std::vector<Member> PartnershipStore::profiles_kept_by(OrganisationId organisation)
{
    std::vector<Member> profiles;
    for (const auto& row : connection_.query("SELECT 'team', key FROM municipal_teams WHERE organisation_id = ?"
                                             " UNION ALL SELECT 'partner', key FROM partner_governments WHERE organisation_id = ?",
                                             {organisation.value, organisation.value}))
        profiles.push_back({row.text(0) == "team" ? MemberKind::Team : MemberKind::Partner, row.text(1), {}});
    return profiles;
}

std::vector<std::string> PartnershipStore::teams_of(UserId user)
{
    std::vector<std::string> keys;
    for (const auto& row : connection_.query("SELECT DISTINCT t.key FROM municipal_teams t JOIN memberships m ON m.organisation_id = t.organisation_id"
                                             " WHERE m.user_id = ? AND m.role IN (?, ?) ORDER BY t.key",
                                             {user.value, role_code(Role::Partner), role_code(Role::Applicant)}))
        keys.push_back(row.text(0));
    return keys;
}

}  // namespace pmi::partnerships
