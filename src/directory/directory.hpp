#pragma once
// The partner directory: local governments of the seven partner countries, with what they
// need by programming area, and the Canadian municipal teams, with what they know. Both are
// the matching's inputs; partner profiles are public pages too.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::directory {

using PartnerId = Id<struct PartnerGovernmentTag>;
using TeamId = Id<struct MunicipalTeamTag>;

// The three programming areas, in the program's order; needs and expertise are kept per area
// in this order.
inline constexpr std::array<std::string_view, 3> kAreas = {"enabling-environment", "inclusive-led", "trade-regional"};
using AreaLevels = std::array<int, 3>;  // 0 none … 3 high
inline constexpr int kLevelMax = 3;
std::optional<std::size_t> area_index(std::string_view code);

inline constexpr std::array<std::string_view, 7> kCountries = {"BF", "CI", "ML", "KH", "VN", "NI", "BO"};
inline constexpr std::array<std::string_view, 13> kProvinces = {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"};
// Working languages a profile may list (ISO 639-1).
inline constexpr std::array<std::string_view, 5> kLanguages = {"en", "fr", "es", "km", "vi"};

enum class Level { Commune, Municipality, District };
std::string_view level_code(Level level);
std::optional<Level> level_from_code(std::string_view code);
std::string_view level_label(Level level);  // an English message id

struct PartnerGovernment {
    PartnerId id;
    std::string key;  // stable: files, links and matching runs name partners by it
    std::string name;
    std::string country;  // one of kCountries
    std::string region;
    Level level = Level::Commune;
    std::int64_t population = 0;
    std::vector<std::string> languages;
    bool interpretation = false;  // interpretation can be arranged for another language
    AreaLevels needs{};
    int wanted_partners = 1;  // 1 or 2 Canadian partners
    std::string contact_name, contact_email;
    LocalizedText description;
    OrganisationId organisation;  // the account organisation whose staff keep this profile
    Seconds updated_at = 0;
};

struct MunicipalTeam {
    TeamId id;
    std::string key;
    std::string name;
    std::string province;  // one of kProvinces
    std::int64_t population = 0;
    std::vector<std::string> languages;
    AreaLevels expertise{};
    int capacity = 1;                       // partnerships it can take on
    std::vector<std::string> past_partners;  // partner keys, from the predecessor program
    OrganisationId organisation;
    Seconds updated_at = 0;
};

struct PartnerFilter {
    std::string country;   // "" for all
    std::string area;      // partners that need this area (priority 2 or 3)
    std::string language;  // partners working in this language
    std::string search;    // in the name or region
    int page = 1;
};

inline constexpr int kPageSize = 50;

struct PartnerPage {
    std::vector<PartnerGovernment> partners;
    std::int64_t total = 0;  // matching the filter, all pages
};

}  // namespace pmi::directory
