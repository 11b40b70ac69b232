#include "directory/table_rows.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "directory/rules.hpp"

namespace pmi::directory {
namespace {

// A row's cells by column name; absent optional columns read as empty.
class Cells {
public:
    Cells(const csv::Table& table, const csv::Record& record) : table_(table), record_(record) {}
    std::string text(std::string_view column) const
    {
        auto index = table_.column(column);
        if (!index || *index >= record_.fields.size()) return {};
        return text::trim(record_.fields[*index]);
    }
    bool has(std::string_view column) const { return table_.column(column).has_value(); }

private:
    const csv::Table& table_;
    const csv::Record& record_;
};

// Whole numbers as people and spreadsheets write them: "12 500", "12500", "12500.0".
std::optional<std::int64_t> whole_number(std::string text)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ') continue;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) { ++i; continue; }  // no-break space
        digits += text[i];
    }
    if (auto point = digits.find('.'); point != std::string::npos && digits.find_first_not_of('0', point + 1) == std::string::npos)
        digits.resize(point);
    if (digits.empty() || digits.size() > 12 || digits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoll(digits);
}

std::int64_t number(const Cells& cells, std::string_view column, std::int64_t fallback, std::vector<Error>& errors)
{
    auto text = cells.text(column);
    if (text.empty()) return fallback;
    auto value = whole_number(text);
    if (!value) {
        errors.push_back(invalid(std::string(column), "Give a whole number here; \"{1}\" is not one.", {text.substr(0, 40)}));
        return fallback;
    }
    return *value;
}

std::optional<bool> yes_no(std::string_view text)
{
    std::string value = text::lowercase_ascii(text);
    if (value.empty() || value == "no" || value == "non" || value == "false" || value == "0") return false;
    if (value == "yes" || value == "oui" || value == "si" || value == "sí" || value == "true" || value == "1") return true;
    return std::nullopt;
}

Status require(const csv::Table& table, const std::vector<std::string_view>& columns)
{
    for (auto column : columns)
        if (!table.column(column))
            return invalid("file", "The file has no column \"{1}\"; the first row must name the columns, as the exported file does.", {std::string(column)});
    return Ok{};
}

template <typename Profile, typename Read, typename Check>
ReadRows<Profile> read_rows(const csv::Table& table, Read read, Check check)
{
    ReadRows<Profile> result;
    std::set<std::string> keys;
    for (const auto& record : table.records()) {
        std::vector<Error> errors;
        Profile profile = read(Cells(table, record), errors);
        add_new_fields(errors, check(profile));
        if (errors.empty() && !keys.insert(profile.key).second)
            errors.push_back(invalid("key", "The key {1} is on an earlier row too; each row needs its own key.", {profile.key}));
        if (errors.empty()) {
            result.valid.emplace_back(record.row, std::move(profile));
            continue;
        }
        ++result.invalid_rows;
        for (auto& error : errors) result.problems.push_back({record.row, std::move(error)});
    }
    return result;
}

AreaLevels levels(const Cells& cells, std::string_view prefix, std::vector<Error>& errors)
{
    AreaLevels levels{};
    for (std::size_t i = 0; i < levels.size(); ++i) levels[i] = static_cast<int>(number(cells, area_field(prefix, i), 0, errors));
    return levels;
}

std::string code_key(std::string_view code, std::string_view name)
{
    return text::lowercase_ascii(code) + "-" + key_from_name(name);
}

}  // namespace

const std::vector<std::string>& partner_columns()
{
    static const std::vector<std::string> columns = {
        "key", "name", "country", "region", "level", "population", "languages", "interpretation",
        "need_enabling_environment", "need_inclusive_led", "need_trade_regional", "wanted_partners",
        "contact_name", "contact_email", "description_en", "description_fr", "description_es"};
    return columns;
}

const std::vector<std::string>& team_columns()
{
    static const std::vector<std::string> columns = {
        "key", "name", "province", "population", "languages", "expertise_enabling_environment", "expertise_inclusive_led",
        "expertise_trade_regional", "capacity", "past_partners"};
    return columns;
}

Result<ReadRows<PartnerGovernment>> read_partners(const csv::Table& table)
{
    TRY(require(table, {"name", "country", "level", "population", "languages", "need_enabling_environment", "need_inclusive_led",
                        "need_trade_regional", "wanted_partners"}));
    return read_rows<PartnerGovernment>(
        table,
        [](const Cells& cells, std::vector<Error>& errors) {
            PartnerGovernment partner;
            partner.name = cells.text("name");
            partner.country = text::trim(text::lowercase_ascii(cells.text("country")));
            for (auto& c : partner.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            partner.key = cells.text("key").empty() ? code_key(partner.country, partner.name) : cells.text("key");
            partner.region = cells.text("region");
            auto level = level_from_code(text::lowercase_ascii(cells.text("level")));
            if (!level) errors.push_back(invalid("level", "Give the level as commune, municipality or district."));
            partner.level = level.value_or(Level::Commune);
            partner.population = number(cells, "population", 0, errors);
            partner.languages = parse_languages(cells.text("languages"), "languages", errors);
            auto interpretation = yes_no(cells.text("interpretation"));
            if (!interpretation) errors.push_back(invalid("interpretation", "Answer yes or no: can interpretation be arranged?"));
            partner.interpretation = interpretation.value_or(false);
            partner.needs = levels(cells, "need_", errors);
            partner.wanted_partners = static_cast<int>(number(cells, "wanted_partners", 1, errors));
            partner.contact_name = cells.text("contact_name");
            partner.contact_email = cells.text("contact_email");
            for (auto language : {"en", "fr", "es"})
                if (auto text = cells.text(std::string("description_") + language); !text.empty()) partner.description.set(language, text);
            return partner;
        },
        check_partner);
}

Result<ReadRows<MunicipalTeam>> read_teams(const csv::Table& table)
{
    TRY(require(table, {"name", "province", "population", "languages", "expertise_enabling_environment", "expertise_inclusive_led",
                        "expertise_trade_regional", "capacity"}));
    return read_rows<MunicipalTeam>(
        table,
        [](const Cells& cells, std::vector<Error>& errors) {
            MunicipalTeam team;
            team.name = cells.text("name");
            team.province = cells.text("province");
            for (auto& c : team.province) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            team.key = cells.text("key").empty() ? code_key(team.province, team.name) : cells.text("key");
            team.population = number(cells, "population", 0, errors);
            team.languages = parse_languages(cells.text("languages"), "languages", errors);
            team.expertise = levels(cells, "expertise_", errors);
            team.capacity = static_cast<int>(number(cells, "capacity", 1, errors));
            std::string past = cells.text("past_partners");
            for (std::size_t start = 0; start <= past.size();) {
                std::size_t end = past.find(';', start);
                if (end == std::string::npos) end = past.size();
                if (auto key = text::trim(past.substr(start, end - start)); !key.empty()) team.past_partners.push_back(key);
                start = end + 1;
            }
            return team;
        },
        check_team);
}

std::vector<std::string> partner_row(const PartnerGovernment& p)
{
    return {p.key, p.name, p.country, p.region, std::string(level_code(p.level)), std::to_string(p.population), join_codes(p.languages),
            p.interpretation ? "yes" : "no", std::to_string(p.needs[0]), std::to_string(p.needs[1]), std::to_string(p.needs[2]),
            std::to_string(p.wanted_partners), p.contact_name, p.contact_email, p.description.get("en"), p.description.get("fr"),
            p.description.get("es")};
}

std::vector<std::string> team_row(const MunicipalTeam& t)
{
    return {t.key, t.name, t.province, std::to_string(t.population), join_codes(t.languages), std::to_string(t.expertise[0]),
            std::to_string(t.expertise[1]), std::to_string(t.expertise[2]), std::to_string(t.capacity), join_codes(t.past_partners)};
}

}  // namespace pmi::directory
