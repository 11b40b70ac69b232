#include "networks/network_store.hpp"

#include <cmath>

namespace pmi::networks {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, key, kind, country, name, description, website, contact_name, contact_email, organisation_id, updated_at,"
    " latitude_e6, longitude_e6 FROM network_organisations";

NetworkOrganisation read(const db::Row& row)
{
    NetworkOrganisation network;
    network.id = NetworkId{row.integer(0)};
    network.key = row.text(1);
    network.kind = kind_from_code(row.text(2)).value_or(NetworkKind::RegionalNetwork);
    network.country = row.text(3);
    network.name = row.text(4);
    network.description = LocalizedText::from_json(row.text(5));
    network.website = row.text(6);
    network.contact_name = row.text(7);
    network.contact_email = row.text(8);
    network.organisation = OrganisationId{row.optional_integer(9).value_or(0)};
    network.updated_at = row.integer(10);
    const auto latitude = row.optional_integer(11), longitude = row.optional_integer(12);
    if (latitude && longitude) network.seat = Coordinates{static_cast<double>(*latitude) / 1e6, static_cast<double>(*longitude) / 1e6};
    return network;
}

}  // namespace

std::vector<std::string> NetworkStore::members(NetworkId id)
{
    std::vector<std::string> keys;
    for (const auto& row : connection_.query("SELECT partner_key FROM network_members WHERE network_id = ? ORDER BY partner_key", {id.value}))
        keys.push_back(row.text(0));
    return keys;
}

std::vector<NetworkOrganisation> NetworkStore::list()
{
    std::vector<NetworkOrganisation> networks;
    for (const auto& row : connection_.query(std::string(kColumns) + " ORDER BY kind, name, id")) networks.push_back(read(row));
    for (auto& network : networks) network.members = members(network.id);
    return networks;
}

std::optional<NetworkOrganisation> NetworkStore::find(std::string_view key)
{
    auto row = connection_.query_one(std::string(kColumns) + " WHERE key = ?", {key});
    if (!row) return std::nullopt;
    auto network = read(*row);
    network.members = members(network.id);
    return network;
}

NetworkId NetworkStore::save(const NetworkOrganisation& network, Seconds now)
{
    const db::Value organisation = network.organisation.valid() ? db::Value(network.organisation.value) : db::Value();
    auto millionths = [](double degrees) { return db::Value(static_cast<std::int64_t>(std::llround(degrees * 1e6))); };
    const db::Value latitude = network.seat ? millionths(network.seat->latitude) : db::Value();
    const db::Value longitude = network.seat ? millionths(network.seat->longitude) : db::Value();
    db::Parameters fields{std::string(kind_code(network.kind)), network.country, network.name, network.description.to_json(),
                          network.website, network.contact_name, network.contact_email, organisation, now, latitude, longitude};
    NetworkId id = network.id;
    if (id.valid()) {
        fields.emplace_back(network.key);
        fields.emplace_back(id.value);
        connection_.execute("UPDATE network_organisations SET kind = ?, country = ?, name = ?, description = ?, website = ?,"
                            " contact_name = ?, contact_email = ?, organisation_id = ?, updated_at = ?, latitude_e6 = ?, longitude_e6 = ?, key = ? WHERE id = ?",
                            fields);
    } else {
        fields.insert(fields.begin(), network.key);
        id = NetworkId{connection_
                           .query_one("INSERT INTO network_organisations (key, kind, country, name, description, website, contact_name,"
                                      " contact_email, organisation_id, updated_at, latitude_e6, longitude_e6)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                      fields)
                           ->integer(0)};
    }
    connection_.execute("DELETE FROM network_members WHERE network_id = ?", {id.value});
    for (const auto& member : network.members)
        connection_.execute("INSERT INTO network_members (network_id, partner_key) VALUES (?, ?)", {id.value, member});
    return id;
}

std::vector<NetworkOrganisation> NetworkStore::with_members(const std::vector<std::string>& partner_keys)
{
    if (partner_keys.empty()) return {};
    db::Parameters keys(partner_keys.begin(), partner_keys.end());
    std::string marks;
    for (std::size_t i = 0; i < keys.size(); ++i) marks += i == 0 ? "?" : ", ?";
    std::vector<NetworkOrganisation> networks;
    for (const auto& row : connection_.query(std::string(kColumns) + " WHERE id IN (SELECT network_id FROM network_members WHERE partner_key IN (" +
                                                 marks + ")) ORDER BY kind, name, id",
                                             keys))
        networks.push_back(read(row));
    return networks;
}

std::vector<std::string> NetworkStore::known_partners(const std::vector<std::string>& keys)
{
    std::vector<std::string> known;
    for (const auto& key : keys)
        if (connection_.query_one("SELECT 1 FROM partner_governments WHERE key = ?", {key})) known.push_back(key);
    return known;
}

}  // namespace pmi::networks
