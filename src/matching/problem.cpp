#include "matching/problem.hpp"

#include <algorithm>
#include <iterator>

namespace pmi::matching {
namespace {

constexpr std::string_view kAreaCodes[] = {"enabling-environment", "inclusive-led", "trade-regional"};
constexpr std::string_view kLanguageCodes[] = {"en", "fr", "es", "km", "vi"};
constexpr std::string_view kCountryCodes[] = {"BF", "CI", "ML", "KH", "VN", "NI", "BO"};
constexpr std::string_view kLevelCodes[] = {"commune", "municipality", "district"};
constexpr std::string_view kRuleCodes[] = {"pin", "forbid"};

// The position of `code` in `codes`, as the enum whose values follow the same order.
template <typename Enum, std::size_t N>
std::optional<Enum> from_code(const std::string_view (&codes)[N], std::string_view code)
{
    auto found = std::find(std::begin(codes), std::end(codes), code);
    if (found == std::end(codes)) return std::nullopt;
    return static_cast<Enum>(found - std::begin(codes));
}

}  // namespace

std::string_view area_code(Area area) { return kAreaCodes[static_cast<std::size_t>(area)]; }
std::string_view language_code(Language language) { return kLanguageCodes[static_cast<std::size_t>(language)]; }
std::optional<Language> language_from_code(std::string_view code) { return from_code<Language>(kLanguageCodes, code); }
std::string_view country_code(Country country) { return kCountryCodes[static_cast<std::size_t>(country)]; }
std::optional<Country> country_from_code(std::string_view code) { return from_code<Country>(kCountryCodes, code); }
std::string_view partner_level_code(PartnerLevel level) { return kLevelCodes[static_cast<std::size_t>(level)]; }
std::optional<PartnerLevel> partner_level_from_code(std::string_view code)
{
    return from_code<PartnerLevel>(kLevelCodes, code);
}
std::string_view pair_rule_code(PairRule rule) { return kRuleCodes[static_cast<std::size_t>(rule)]; }
std::optional<PairRule> pair_rule_from_code(std::string_view code) { return from_code<PairRule>(kRuleCodes, code); }

}  // namespace pmi::matching
