#include "directory/directory_store.hpp"

#include <map>

#include "directory/rules.hpp"

namespace pmi::directory {
namespace {

constexpr std::string_view kPartnerColumns =
    "SELECT id, key, name, country, region, level, population, languages, interpretation, need_enabling_environment,"
    " need_inclusive_led, need_trade_regional, wanted_partners, contact_name, contact_email, description, organisation_id,"
    " updated_at FROM partner_governments";

constexpr std::string_view kTeamColumns =
    "SELECT id, key, name, province, population, languages, expertise_enabling_environment, expertise_inclusive_led,"
    " expertise_trade_regional, capacity, organisation_id, updated_at FROM municipal_teams";

// ";fr;en;" ↔ {"fr", "en"}
std::string stored_codes(const std::vector<std::string>& codes)
{
    return ";" + join_codes(codes) + ";";
}

std::vector<std::string> read_codes(const std::string& stored)
{
    std::vector<std::string> codes;
    std::size_t start = 0;
    while (start < stored.size()) {
        std::size_t end = stored.find(';', start);
        if (end == std::string::npos) end = stored.size();
        if (end > start) codes.push_back(stored.substr(start, end - start));
        start = end + 1;
    }
    return codes;
}

PartnerGovernment read_partner(const db::Row& row)
{
    PartnerGovernment p;
    p.id = PartnerId{row.integer(0)};
    p.key = row.text(1);
    p.name = row.text(2);
    p.country = row.text(3);
    p.region = row.text(4);
    p.level = level_from_code(row.text(5)).value_or(Level::Commune);
    p.population = row.integer(6);
    p.languages = read_codes(row.text(7));
    p.interpretation = row.boolean(8);
    p.needs = {static_cast<int>(row.integer(9)), static_cast<int>(row.integer(10)), static_cast<int>(row.integer(11))};
    p.wanted_partners = static_cast<int>(row.integer(12));
    p.contact_name = row.text(13);
    p.contact_email = row.text(14);
    p.description = LocalizedText::from_json(row.text(15));
    p.organisation = OrganisationId{row.optional_integer(16).value_or(0)};
    p.updated_at = row.integer(17);
    return p;
}

MunicipalTeam read_team(const db::Row& row)
{
    MunicipalTeam t;
    t.id = TeamId{row.integer(0)};
    t.key = row.text(1);
    t.name = row.text(2);
    t.province = row.text(3);
    t.population = row.integer(4);
    t.languages = read_codes(row.text(5));
    t.expertise = {static_cast<int>(row.integer(6)), static_cast<int>(row.integer(7)), static_cast<int>(row.integer(8))};
    t.capacity = static_cast<int>(row.integer(9));
    t.organisation = OrganisationId{row.optional_integer(10).value_or(0)};
    t.updated_at = row.integer(11);
    return t;
}

db::Value organisation_value(OrganisationId organisation)
{
    return organisation.valid() ? db::Value(organisation.value) : db::Value();
}

// The filter as a WHERE clause over fixed SQL; only the parameters come from the visitor.
std::string partner_where(const PartnerFilter& filter, db::Parameters& parameters)
{
    std::string where = " WHERE 1 = 1";
    if (!filter.country.empty()) {
        where += " AND country = ?";
        parameters.emplace_back(filter.country);
    }
    if (!filter.language.empty()) {
        where += " AND languages LIKE ?";
        parameters.emplace_back("%;" + filter.language + ";%");
    }
    if (auto area = area_index(filter.area)) where += " AND " + std::string(area_field("need_", *area)) + " >= 2";
    if (!filter.search.empty()) {
        where += " AND (LOWER(name) LIKE ? OR LOWER(region) LIKE ?)";
        std::string pattern = "%" + filter.search + "%";
        parameters.emplace_back(pattern);
        parameters.emplace_back(pattern);
    }
    return where;
}

}  // namespace

PartnerPage DirectoryStore::partners(const PartnerFilter& filter)
{
    db::Parameters parameters;
    const std::string where = partner_where(filter, parameters);
    PartnerPage page;
    page.total = connection_.query_one("SELECT COUNT(*) FROM partner_governments" + where, parameters)->integer(0);
    parameters.emplace_back(static_cast<std::int64_t>(kPageSize));
    parameters.emplace_back(static_cast<std::int64_t>((std::max(filter.page, 1) - 1) * kPageSize));
    for (const auto& row : connection_.query(std::string(kPartnerColumns) + where + " ORDER BY country, name, id LIMIT ? OFFSET ?", parameters))
        page.partners.push_back(read_partner(row));
    return page;
}

std::vector<PartnerGovernment> DirectoryStore::all_partners()
{
    std::vector<PartnerGovernment> list;
    for (const auto& row : connection_.query(std::string(kPartnerColumns) + " ORDER BY country, name, id")) list.push_back(read_partner(row));
    return list;
}

std::optional<PartnerGovernment> DirectoryStore::partner(std::string_view key)
{
    auto row = connection_.query_one(std::string(kPartnerColumns) + " WHERE key = ?", {std::string(key)});
    if (!row) return std::nullopt;
    return read_partner(*row);
}

std::optional<PartnerGovernment> DirectoryStore::partner(PartnerId id)
{
    auto row = connection_.query_one(std::string(kPartnerColumns) + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_partner(*row);
}

std::optional<PartnerGovernment> DirectoryStore::partner_of(OrganisationId organisation)
{
    auto row = connection_.query_one(std::string(kPartnerColumns) + " WHERE organisation_id = ? ORDER BY id LIMIT 1", {organisation.value});
    if (!row) return std::nullopt;
    return read_partner(*row);
}

PartnerId DirectoryStore::save(const PartnerGovernment& p, Seconds now)
{
    db::Parameters values = {p.key, p.name, p.country, p.region, std::string(level_code(p.level)), p.population, stored_codes(p.languages),
                             static_cast<std::int64_t>(p.interpretation), static_cast<std::int64_t>(p.needs[0]),
                             static_cast<std::int64_t>(p.needs[1]), static_cast<std::int64_t>(p.needs[2]),
                             static_cast<std::int64_t>(p.wanted_partners), p.contact_name, p.contact_email, p.description.to_json(),
                             organisation_value(p.organisation), now};
    if (p.id.valid()) {
        values.emplace_back(p.id.value);
        connection_.execute(
            "UPDATE partner_governments SET key = ?, name = ?, country = ?, region = ?, level = ?, population = ?, languages = ?,"
            " interpretation = ?, need_enabling_environment = ?, need_inclusive_led = ?, need_trade_regional = ?, wanted_partners = ?,"
            " contact_name = ?, contact_email = ?, description = ?, organisation_id = ?, updated_at = ? WHERE id = ?",
            values);
        return p.id;
    }
    return PartnerId{connection_
                         .query_one("INSERT INTO partner_governments (key, name, country, region, level, population, languages, interpretation,"
                                    " need_enabling_environment, need_inclusive_led, need_trade_regional, wanted_partners, contact_name,"
                                    " contact_email, description, organisation_id, updated_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                    values)
                         ->integer(0)};
}

bool DirectoryStore::remove_partner(PartnerId id)
{
    return connection_.execute("DELETE FROM partner_governments WHERE id = ?", {id.value}) > 0;
}

std::vector<MunicipalTeam> DirectoryStore::teams()
{
    std::vector<MunicipalTeam> list;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& row : connection_.query(std::string(kTeamColumns) + " ORDER BY name, id")) {
        index[row.integer(0)] = list.size();
        list.push_back(read_team(row));
    }
    for (const auto& row : connection_.query("SELECT team_id, partner_key FROM past_partnerships ORDER BY team_id, partner_key"))
        if (auto found = index.find(row.integer(0)); found != index.end()) list[found->second].past_partners.push_back(row.text(1));
    return list;
}

namespace {

std::optional<MunicipalTeam> with_past_partners(db::Connection& connection, std::optional<db::Row> row)
{
    if (!row) return std::nullopt;
    MunicipalTeam team = read_team(*row);
    for (const auto& past : connection.query("SELECT partner_key FROM past_partnerships WHERE team_id = ? ORDER BY partner_key", {team.id.value}))
        team.past_partners.push_back(past.text(0));
    return team;
}

}  // namespace

std::optional<MunicipalTeam> DirectoryStore::team(std::string_view key)
{
    return with_past_partners(connection_, connection_.query_one(std::string(kTeamColumns) + " WHERE key = ?", {std::string(key)}));
}

std::optional<MunicipalTeam> DirectoryStore::team(TeamId id)
{
    return with_past_partners(connection_, connection_.query_one(std::string(kTeamColumns) + " WHERE id = ?", {id.value}));
}

std::optional<MunicipalTeam> DirectoryStore::team_of(OrganisationId organisation)
{
    return with_past_partners(connection_,
                              connection_.query_one(std::string(kTeamColumns) + " WHERE organisation_id = ? ORDER BY id LIMIT 1", {organisation.value}));
}

TeamId DirectoryStore::save(const MunicipalTeam& t, Seconds now)
{
    db::Parameters values = {t.key, t.name, t.province, t.population, stored_codes(t.languages), static_cast<std::int64_t>(t.expertise[0]),
                             static_cast<std::int64_t>(t.expertise[1]), static_cast<std::int64_t>(t.expertise[2]),
                             static_cast<std::int64_t>(t.capacity), organisation_value(t.organisation), now};
    TeamId id = t.id;
    if (id.valid()) {
        values.emplace_back(id.value);
        connection_.execute(
            "UPDATE municipal_teams SET key = ?, name = ?, province = ?, population = ?, languages = ?, expertise_enabling_environment = ?,"
            " expertise_inclusive_led = ?, expertise_trade_regional = ?, capacity = ?, organisation_id = ?, updated_at = ? WHERE id = ?",
            values);
    } else {
        id = TeamId{connection_
                        .query_one("INSERT INTO municipal_teams (key, name, province, population, languages, expertise_enabling_environment,"
                                   " expertise_inclusive_led, expertise_trade_regional, capacity, organisation_id, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                   values)
                        ->integer(0)};
    }
    connection_.execute("DELETE FROM past_partnerships WHERE team_id = ?", {id.value});
    for (const auto& key : t.past_partners)
        connection_.execute("INSERT INTO past_partnerships (team_id, partner_key) VALUES (?, ?) ON CONFLICT DO NOTHING", {id.value, key});
    return id;
}

bool DirectoryStore::remove_team(TeamId id)
{
    return connection_.execute("DELETE FROM municipal_teams WHERE id = ?", {id.value}) > 0;
}

std::int64_t DirectoryStore::partner_count()
{
    return connection_.query_one("SELECT COUNT(*) FROM partner_governments")->integer(0);
}

std::int64_t DirectoryStore::team_count()
{
    return connection_.query_one("SELECT COUNT(*) FROM municipal_teams")->integer(0);
}

}  // namespace pmi::directory
