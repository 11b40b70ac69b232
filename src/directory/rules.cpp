#include "directory/rules.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace pmi::directory {
namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

void check_common(const std::string& key, const std::string& name, std::int64_t population, const std::vector<std::string>& languages,
                  std::vector<Error>& errors)
{
    if (!text::valid_slug(key) || key.size() > 60)
        errors.push_back(invalid("key", "Give a key of lowercase letters, digits and hyphens, at most 60 characters, for example bf-reo."));
    if (name.empty() || text::length(name) > 200 || text::has_control_characters(name, false))
        errors.push_back(invalid("name", "Give the name, on one line, at most 200 characters."));
    if (population < 0 || population > 100'000'000)
        errors.push_back(invalid("population", "Give the population as a whole number from 0 to 100,000,000."));
    if (languages.empty()) errors.push_back(invalid("languages", "Give at least one working language: en, fr, es, km or vi."));
}

void check_levels(const AreaLevels& levels, std::string_view prefix, std::vector<Error>& errors)
{
    for (std::size_t i = 0; i < levels.size(); ++i)
        if (levels[i] < 0 || levels[i] > kLevelMax)
            errors.push_back(invalid(std::string(area_field(prefix, i)), "Give a level from 0 (none) to 3 (high)."));
}

}  // namespace

std::optional<std::size_t> area_index(std::string_view code)
{
    auto found = std::find(kAreas.begin(), kAreas.end(), code);
    if (found == kAreas.end()) return std::nullopt;
    return static_cast<std::size_t>(found - kAreas.begin());
}

std::string_view level_code(Level level)
{
    switch (level) {
    case Level::Commune: return "commune";
    case Level::Municipality: return "municipality";
    case Level::District: return "district";
    }
    return "commune";
}

std::optional<Level> level_from_code(std::string_view code)
{
    for (auto level : {Level::Commune, Level::Municipality, Level::District})
        if (level_code(level) == code) return level;
    return std::nullopt;
}

std::string_view level_label(Level level)
{
    switch (level) {
    case Level::Commune: return "Commune";
    case Level::Municipality: return "Municipality";
    case Level::District: return "District";
    }
    return "Commune";
}

std::string_view area_field(std::string_view prefix, std::size_t area)
{
    static const std::array<std::string, 3> needs = {"need_enabling_environment", "need_inclusive_led", "need_trade_regional"};
    static const std::array<std::string, 3> expertise = {"expertise_enabling_environment", "expertise_inclusive_led", "expertise_trade_regional"};
    return prefix == "need_" ? needs.at(area) : expertise.at(area);
}

std::vector<std::string> parse_languages(std::string_view text, const std::string& field, std::vector<Error>& errors)
{
    std::vector<std::string> codes;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(";,", start);
        if (end == std::string_view::npos) end = text.size();
        std::string code = text::lowercase_ascii(text::trim(text.substr(start, end - start)));
        if (!code.empty()) {
            if (!one_of(kLanguages, code))
                errors.push_back(invalid(field, "{1} is not a working language here; use en, fr, es, km or vi, separated by semicolons.", {code.substr(0, 20)}));
            else if (std::find(codes.begin(), codes.end(), code) == codes.end())
                codes.push_back(code);
        }
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

std::string key_from_name(std::string_view name)
{
    // Accented Latin letters lose their accent; anything else becomes a hyphen.
    static const std::pair<std::string_view, char> folds[] = {
        {"à", 'a'}, {"â", 'a'}, {"á", 'a'}, {"ä", 'a'}, {"ã", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'},
        {"í", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"ñ", 'n'}, {"ó", 'o'}, {"ô", 'o'}, {"ö", 'o'}, {"õ", 'o'}, {"ú", 'u'}, {"ù", 'u'},
        {"û", 'u'}, {"ü", 'u'}, {"É", 'e'}, {"È", 'e'}, {"À", 'a'}, {"Ç", 'c'}, {"Ô", 'o'}, {"Î", 'i'}};
    std::string key;
    for (std::size_t i = 0; i < name.size() && key.size() < 60;) {
        char c = name[i];
        char out = 0;
        std::size_t step = 1;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out = c;
        else if (c >= 'A' && c <= 'Z') out = static_cast<char>(c - 'A' + 'a');
        else
            for (const auto& [from, to] : folds)
                if (name.substr(i, from.size()) == from) {
                    out = to;
                    step = from.size();
                    break;
                }
        if (out) key += out;
        else if (!key.empty() && key.back() != '-') key += '-';
        if (!out && static_cast<unsigned char>(c) >= 0x80) {
            step = 1;
            while (i + step < name.size() && (static_cast<unsigned char>(name[i + step]) & 0xC0) == 0x80) ++step;
        }
        i += step;
    }
    while (!key.empty() && key.back() == '-') key.pop_back();
    return key;
}

void add_new_fields(std::vector<Error>& errors, std::vector<Error> more)
{
    for (auto& error : more)
        if (std::none_of(errors.begin(), errors.end(), [&](const Error& e) { return e.field == error.field; })) errors.push_back(std::move(error));
}

std::vector<Error> check_partner(const PartnerGovernment& partner)
{
    std::vector<Error> errors;
    check_common(partner.key, partner.name, partner.population, partner.languages, errors);
    if (!one_of(kCountries, partner.country))
        errors.push_back(invalid("country", "Choose one of the seven countries: BF, CI, ML, KH, VN, NI or BO."));
    if (text::length(partner.region) > 200 || text::has_control_characters(partner.region, false))
        errors.push_back(invalid("region", "Give the region on one line, at most 200 characters."));
    check_levels(partner.needs, "need_", errors);
    if (partner.wanted_partners < 1 || partner.wanted_partners > 2)
        errors.push_back(invalid("wanted_partners", "A local government takes 1 or 2 Canadian partners."));
    if (text::length(partner.contact_name) > 200 || text::has_control_characters(partner.contact_name, false))
        errors.push_back(invalid("contact_name", "Give the contact's name on one line, at most 200 characters."));
    if (!partner.contact_email.empty() && !text::plausible_email(partner.contact_email))
        errors.push_back(invalid("contact_email", "Give the contact's email address, like name@example.org, or leave it empty."));
    for (const auto& [language, text] : partner.description.versions())
        if (text.size() > 20'000) errors.push_back(invalid("description_" + language, "Keep the description under 20,000 characters."));
    return errors;
}

std::vector<Error> check_team(const MunicipalTeam& team)
{
    std::vector<Error> errors;
    check_common(team.key, team.name, team.population, team.languages, errors);
    if (!one_of(kProvinces, team.province))
        errors.push_back(invalid("province", "Give the province or territory as its two-letter code, for example ON or QC."));
    check_levels(team.expertise, "expertise_", errors);
    if (team.capacity < 0 || team.capacity > 20)
        errors.push_back(invalid("capacity", "Give how many partnerships the team can take on, from 0 to 20."));
    if (team.past_partners.size() > 50) errors.push_back(invalid("past_partners", "List at most 50 past partners."));
    return errors;
}

}  // namespace pmi::directory
