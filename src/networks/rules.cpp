#include "networks/rules.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/code_table.hpp"
#include "core/text.hpp"
#include "core/translator.hpp"
#include "directory/directory.hpp"

namespace pmi::networks {
namespace {

constexpr std::array<CodeName<NetworkKind>, 3> kKinds{{
    {NetworkKind::NationalAssociation, "national_association", N_("National association of municipalities")},
    {NetworkKind::RegionalNetwork, "regional_network", N_("Regional network")},
    {NetworkKind::GlobalNetwork, "global_network", N_("Global network")},
}};

bool one_line(const std::string& text, std::size_t most)
{
    return text.size() <= most && text::valid_utf8(text) && !text::has_control_characters(text, false);
}

}  // namespace

std::string_view kind_code(NetworkKind kind)
{
    return code_of(kKinds, kind);
}

std::optional<NetworkKind> kind_from_code(std::string_view code)
{
    return value_of(kKinds, code);
}

std::string_view kind_label(NetworkKind kind)
{
    return label_of(kKinds, kind);
}

const std::vector<NetworkKind>& all_kinds()
{
    static const std::vector<NetworkKind> kinds = values_of(kKinds);
    return kinds;
}

void hide_contacts(const Actor& actor, NetworkOrganisation& network)
{
    if (actor.signed_in()) return;
    network.contact_name.clear();
    network.contact_email.clear();
}

std::vector<Error> check_network(const NetworkOrganisation& network)
{
    std::vector<Error> errors;
    if (!text::valid_slug(network.key) || network.key.size() > 80)
        errors.push_back(invalid("key", "Use lowercase letters, digits and hyphens, at most 80, for the address name."));
    if (text::trim(network.name).empty() || !one_line(network.name, 200))
        errors.push_back(invalid("name", "Enter the network's name on one line, at most 200 characters."));
    const bool national = network.kind == NetworkKind::NationalAssociation;
    const bool known_country = std::find(directory::kCountries.begin(), directory::kCountries.end(), network.country) != directory::kCountries.end();
    if (national && !known_country) errors.push_back(invalid("country", "A national association belongs to one of the seven partner countries; choose it."));
    if (!national && !network.country.empty()) errors.push_back(invalid("country", "Only national associations have a country; leave it empty."));
    for (const auto& [language, text] : network.description.versions())
        if (text.size() > 10000) errors.push_back(invalid("description_" + language, "A description has at most {1} characters; shorten it.", {"10000"}));
    if (!network.website.empty() && (!one_line(network.website, 300) || !network.website.starts_with("https://")))
        errors.push_back(invalid("website", "The website must be an address starting with https, at most 300 characters."));
    if (!one_line(network.contact_name, 200)) errors.push_back(invalid("contact_name", "The name must be on one line, at most 200 characters."));
    if (!network.contact_email.empty() && !text::plausible_email(network.contact_email))
        errors.push_back(invalid("contact_email", "Enter an email address such as name@example.org."));
    if (network.seat && !(std::isfinite(network.seat->latitude) && std::isfinite(network.seat->longitude) && std::abs(network.seat->latitude) <= 85 &&
                          std::abs(network.seat->longitude) <= 180))
        errors.push_back(invalid("latitude", "Enter the latitude (from -85 to 85) and longitude (from -180 to 180) in decimal degrees, or leave both empty."));
    if (network.members.size() > kMaxMembers) errors.push_back(invalid("members", "A network lists at most {1} members.", {std::to_string(kMaxMembers)}));
    return errors;
}

}  // namespace pmi::networks
