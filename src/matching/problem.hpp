#pragma once
// What a matching run is given: Canadian municipal teams, partner local governments abroad,
// the weights of the fit score, and the program office's pinned and forbidden pairs. Plain
// values with no database or HTTP, so that a page, the command line and the tests build
// the same problem.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmi::matching {

// The three programming areas, in the order of every per-area array below.
enum class Area { EnablingEnvironment, InclusiveLed, TradeRegional };
inline constexpr std::size_t kAreaCount = 3;
// "enabling-environment", "inclusive-led", "trade-regional": the site's area codes.
std::string_view area_code(Area area);

// Working languages (ISO 639-1), as bits of a LanguageSet.
enum class Language : std::uint8_t { English, French, Spanish, Khmer, Vietnamese };
inline constexpr std::size_t kLanguageCount = 5;
using LanguageSet = std::uint8_t;
constexpr LanguageSet language_bit(Language language) { return static_cast<LanguageSet>(1u << static_cast<unsigned>(language)); }
std::string_view language_code(Language language);  // "en", "fr", "es", "km", "vi"
std::optional<Language> language_from_code(std::string_view code);

// The program's seven countries (ISO 3166 alpha-2).
enum class Country : std::uint8_t { BF, CI, ML, KH, VN, NI, BO };
inline constexpr std::size_t kCountryCount = 7;
std::string_view country_code(Country country);
std::optional<Country> country_from_code(std::string_view code);

enum class PartnerLevel { Commune, Municipality, District };
std::string_view partner_level_code(PartnerLevel level);  // "commune", "municipality", "district"
std::optional<PartnerLevel> partner_level_from_code(std::string_view code);

// Expertise of a team and needs of a partner per area: 0 (none) to 3 (strong).
inline constexpr int kMostLevel = 3;
using AreaLevels = std::array<int, kAreaCount>;

struct Team {
    std::string key;  // stable and unique among teams: letters, digits, '-', '_', '.'
    std::string name;
    std::string province;
    std::int64_t population = 0;
    LanguageSet languages = 0;
    AreaLevels expertise{};
    int capacity = 1;                        // partners it can take on, 0 to kMostCapacity
    std::optional<double> review_score;      // normalised 0 to 100; none when not reviewed
    std::vector<std::string> past_partners;  // keys of partners it worked with before
};

struct Partner {
    std::string key;  // stable and unique among partners
    std::string name;
    Country country = Country::BF;
    std::string region;
    PartnerLevel level = PartnerLevel::Commune;
    std::int64_t population = 0;
    LanguageSet languages = 0;
    bool interpretation = false;  // interpretation is available: any team may work with it
    AreaLevels needs{};
    int wanted_partners = 1;  // Canadian teams it wants, 1 or 2
};

inline constexpr int kMostCapacity = 20;
inline constexpr int kLeastWanted = 1;
inline constexpr int kMostWanted = 2;
inline constexpr std::int64_t kMostPopulation = 100'000'000;
inline constexpr std::size_t kMostTeams = 20'000;
inline constexpr std::size_t kMostPartners = 50'000;
inline constexpr std::size_t kMostPairRules = 100'000;
inline constexpr std::size_t kMostKeyLength = 64;
inline constexpr std::size_t kMostNameLength = 200;
inline constexpr std::size_t kMostPastPartners = 50;

// The weights of the fit score (fit.hpp says how each is used). Settings that a program
// officer sees and may change, each 0 to kMostWeight.
struct Weights {
    AreaLevels area{10, 10, 10};  // points per unit of expertise × need, per area
    int review = 30;              // points for a review score of 100
    int continuity = 40;          // points when the two worked together before
    int size = 20;                // points for populations of the same size
};
inline constexpr int kMostWeight = 100;

enum class PairRule { Pin, Forbid };
std::string_view pair_rule_code(PairRule rule);  // "pin", "forbid"
std::optional<PairRule> pair_rule_from_code(std::string_view code);

// A pair the program office decided on: kept whatever the score (pin), or never proposed
// (forbid).
struct RuledPair {
    std::string team;     // team key
    std::string partner;  // partner key
    PairRule rule = PairRule::Pin;
};

// Whether every country should get at least one partnership when that is possible.
enum class CountryCoverage { Wanted, NotWanted };

struct Problem {
    std::vector<Team> teams;
    std::vector<Partner> partners;
    Weights weights;
    std::vector<RuledPair> rules;
    CountryCoverage coverage = CountryCoverage::Wanted;
};

}  // namespace pmi::matching
