#include "iati/activity_import.hpp"

#include <algorithm>

#include "core/translator.hpp"
#include "iati/partnership_activity.hpp"

namespace pmi::iati {
namespace {

// The ASCII letter under a Latin-1 or Latin Extended-A accented letter, "" for others.
std::string_view unaccented(char32_t code)
{
    static constexpr std::pair<char32_t, char32_t> kRanges[] = {{0xC0, 'a'}, {0xC7, 'c'}, {0xC8, 'e'}, {0xCC, 'i'}, {0xD1, 'n'}, {0xD2, 'o'},
                                                                {0xD9, 'u'}, {0xDD, 'y'}, {0xE0, 'a'}, {0xE7, 'c'}, {0xE8, 'e'}, {0xEC, 'i'},
                                                                {0xF1, 'n'}, {0xF2, 'o'}, {0xF9, 'u'}, {0xFD, 'y'}};
    static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
    if (code < 0xC0 || code > 0xFF) return {};
    for (char32_t other : {0xC6, 0xD0, 0xD7, 0xDE, 0xDF, 0xE6, 0xF0, 0xF7, 0xFE}) // Æ Ð × Þ ß æ ð ÷ þ
        if (code == other) return {};
    char32_t letter = 0;
    for (auto [from, to] : kRanges)
        if (code >= from) letter = to;
    return kLetters.substr(letter - 'a', 1);
}

bool is_team_name(const std::vector<directory::MunicipalTeam>& teams, const std::string& name)
{
    return std::any_of(teams.begin(), teams.end(), [&](const auto& team) { return team.name == name; });
}

}  // namespace

std::string partner_key(std::string_view country, std::string_view name)
{
    std::string key;
    for (char c : country) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    key += '-';
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        std::string_view piece;
        char ascii[2] = {0, 0};
        if (std::isalnum(byte)) {
            ascii[0] = static_cast<char>(std::tolower(byte));
            piece = ascii;
        } else if ((byte >> 5) == 0x6 && i + 1 < name.size()) {  // two-byte UTF-8: Latin-1 letters
            piece = unaccented(((byte & 0x1f) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3f));
            ++i;
        } else if (byte >= 0x80) {
            continue;  // other scripts leave no trace in the key
        }
        if (!piece.empty()) key += piece;
        else if (key.back() != '-') key += '-';
    }
    while (key.size() > 60 || key.back() == '-') key.pop_back();
    return key;
}

void ActivityImport::import_activity(const Actor& actor, const Activity& activity, const std::vector<directory::MunicipalTeam>& teams,
                                     ImportReport& report)
{
    auto skip = [&](std::string element, const char* message, std::string value) {
        report.unmapped.push_back({activity.identifier, std::move(element), message, std::move(value)});
    };
    std::vector<std::string> countries;
    for (const auto& code : activity.recipient_countries)
        if (std::find(directory::kCountries.begin(), directory::kCountries.end(), code) != directory::kCountries.end()) countries.push_back(code);
    for (const auto& participant : activity.participants) {
        if (participant.role != OrganisationRole::Implementing) continue;
        const auto name = participant.organisation.name.pick("en").text;
        if (is_team_name(teams, name) || participant.organisation.ref.starts_with("CA-")) continue;  // a Canadian municipality
        if (countries.size() != 1) {
            skip("participating-org", N_("The implementing organisation {1} is not in exactly one of the program's countries; it was not added."), name);
            continue;
        }
        directory::PartnerGovernment partner;
        partner.key = partner_key(countries.front(), name), partner.name = name, partner.country = countries.front();
        if (auto country = site_.country(partner.country); country.ok()) partner.languages = country->working_languages;
        if (partner.languages.empty()) partner.languages = {"en"};
        for (const auto& sector : activity.sectors)
            if (auto area = directory::area_index(area_of_sector(sector.code))) partner.needs[*area] = 2;
        // A profile of the same name in the same country is this partner, whatever its key.
        directory::PartnerFilter same_name;
        same_name.country = partner.country;
        for (char c : name) same_name.search += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // as the store compares
        for (const auto& existing : directory_.partners(same_name).partners)
            if (existing.name == name) partner.key = existing.key;
        const bool known = directory_.partner(partner.key).ok();
        if (!known) {
            if (auto saved = directory_.save_partner(actor, partner); !saved.ok()) {
                skip("participating-org", N_("The implementing organisation {1} could not be added to the directory."), name);
                continue;
            }
        }
        report.partners.push_back({activity.identifier, partner.key, name, partner.country, !known});
    }
    if (!activity.results.empty()) report.results.push_back(results_.import(actor, activity, report.unmapped).value());  // officers, checked
    if (!activity.budgets.empty() || !activity.transactions.empty())
        skip("budget", N_("Budgets and transactions belong to partnerships, which officers create; they were not imported."), "");
}

Result<ImportReport> ActivityImport::import(const Actor& actor, std::string_view xml)
{
    if (!actor.runs_program()) return actor.signed_in() ? forbidden("Only program officers import IATI files.") : unauthenticated();
    auto read = TRY(read_activities(xml));
    ImportReport report;
    report.activities = read.activities.size();
    report.unmapped = std::move(read.unmapped);
    const auto teams = TRY(directory_.teams(actor));
    for (const auto& activity : read.activities) import_activity(actor, activity, teams, report);
    return report;
}

}  // namespace pmi::iati
