#include "matching/csv_input.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/text.hpp"
#include "core/translator.hpp"

namespace pmi::matching {
namespace {

constexpr std::size_t kMostReportedProblems = 20;

const std::vector<std::string_view> kTeamColumns = {
    "key", "name", "province", "population", "languages", "expertise_enabling_environment", "expertise_inclusive_led",
    "expertise_trade_regional", "capacity", "review_score", "past_partners"};
const std::vector<std::string_view> kPartnerColumns = {
    "key", "name", "country", "region", "level", "population", "languages", "interpretation",
    "need_enabling_environment", "need_inclusive_led", "need_trade_regional", "wanted_partners"};
const std::vector<std::string_view> kPairColumns = {"team", "partner", "rule"};

const std::vector<std::string_view>& columns_of(TableKind kind)
{
    switch (kind) {
    case TableKind::Teams: return kTeamColumns;
    case TableKind::Partners: return kPartnerColumns;
    case TableKind::Pairs: return kPairColumns;
    }
    return kPairColumns;
}

// The values of one record, by column name, with every problem noted against its row.
class Cells {
public:
    Cells(const csv::Table& table, const csv::Record& record, TableKind kind, std::vector<Error>& problems)
        : table_(table), record_(record), kind_(kind), problems_(problems)
    {
    }

    std::string text(std::string_view column) const { return text::trim(record_.fields[*table_.column(column)]); }

    long long whole(std::string_view column) const
    {
        std::string value = text(column);
        long long number = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (value.empty() || error != std::errc{} || end != value.data() + value.size())
            note(column, N_("Row {1}, column {2} must be a whole number."));
        return number;
    }

    std::optional<double> decimal_or_empty(std::string_view column) const
    {
        std::string value = text(column);
        if (value.empty()) return std::nullopt;
        double number = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (error != std::errc{} || end != value.data() + value.size() || !std::isfinite(number)) {
            note(column, N_("Row {1}, column {2} must be a number, or empty."));
            return std::nullopt;
        }
        return number;
    }

    std::vector<std::string> list(std::string_view column) const
    {
        std::vector<std::string> values;
        std::stringstream stream(text(column));
        std::string value;
        while (std::getline(stream, value, ';'))
            if (auto trimmed = text::trim(value); !trimmed.empty()) values.push_back(trimmed);
        return values;
    }

    LanguageSet languages(std::string_view column) const
    {
        LanguageSet set = 0;
        for (const auto& code : list(column)) {
            if (auto language = language_from_code(text::lowercase_ascii(code))) set |= language_bit(*language);
            else note(column, N_("Row {1}, column {2} names the language {3}. Use en, fr, es, km or vi."), code);
        }
        return set;
    }

    bool yes(std::string_view column) const
    {
        std::string value = text::lowercase_ascii(text(column));
        if (value != "yes" && value != "no") note(column, N_("Row {1}, column {2} must be yes or no."));
        return value == "yes";
    }

    // The value as the enum `from_code` reads it (in lower or upper case), or `fallback`.
    template <typename Enum>
    Enum code(std::string_view column, std::optional<Enum> (*from_code)(std::string_view), bool upper, Enum fallback,
              const char* message) const
    {
        std::string value = text(column);
        std::string normalised = text::lowercase_ascii(value);
        if (upper) std::transform(normalised.begin(), normalised.end(), normalised.begin(), [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
        if (auto found = from_code(normalised)) return *found;
        note(column, message, value);
        return fallback;
    }

    AreaLevels levels(const char* prefix) const
    {
        AreaLevels levels{};
        for (std::size_t a = 0; a < kAreaCount; ++a) {
            std::string column = std::string(prefix) + std::string(area_code(static_cast<Area>(a)));
            std::replace(column.begin(), column.end(), '-', '_');
            levels[a] = static_cast<int>(std::clamp<long long>(whole(column), -1, kMostLevel + 1));
        }
        return levels;
    }

private:
    void note(std::string_view column, const char* message, std::string value = {}) const
    {
        if (problems_.size() >= kMostReportedProblems) return;
        std::vector<std::string> arguments{std::to_string(record_.row), std::string(column)};
        if (!value.empty()) arguments.push_back(std::move(value));
        problems_.push_back(invalid(std::string(table_kind_name(kind_)) + "." + std::string(column), message, arguments));
    }

    const csv::Table& table_;
    const csv::Record& record_;
    TableKind kind_;
    std::vector<Error>& problems_;
};

template <typename Item, typename ReadRow>
Result<std::vector<Item>> read_rows(const csv::Table& table, TableKind kind, ReadRow read_row)
{
    TRY(table.require(columns_of(kind)));
    std::vector<Item> items;
    items.reserve(table.records().size());
    std::vector<Error> problems;
    for (const auto& record : table.records()) items.push_back(read_row(Cells(table, record, kind, problems)));
    if (!problems.empty()) return combine(std::move(problems));
    return items;
}

std::string join(const std::vector<std::string>& values)
{
    std::string joined;
    for (const auto& value : values) joined += (joined.empty() ? "" : ";") + value;
    return joined;
}

std::string language_list(LanguageSet languages)
{
    std::vector<std::string> codes;
    for (std::size_t l = 0; l < kLanguageCount; ++l)
        if (languages & language_bit(static_cast<Language>(l))) codes.emplace_back(language_code(static_cast<Language>(l)));
    return join(codes);
}

std::string decimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

}  // namespace

std::string_view table_kind_name(TableKind kind)
{
    switch (kind) {
    case TableKind::Teams: return "teams";
    case TableKind::Partners: return "partners";
    case TableKind::Pairs: return "pairs";
    }
    return "pairs";
}

std::optional<TableKind> table_kind(const csv::Table& table)
{
    std::optional<TableKind> found;
    for (TableKind kind : {TableKind::Teams, TableKind::Partners, TableKind::Pairs}) {
        const auto& columns = columns_of(kind);
        if (std::all_of(columns.begin(), columns.end(), [&](std::string_view column) { return table.column(column).has_value(); })) {
            if (found) return std::nullopt;
            found = kind;
        }
    }
    return found;
}

Result<std::vector<Team>> read_teams(const csv::Table& table)
{
    return read_rows<Team>(table, TableKind::Teams, [](const Cells& cells) {
        Team team;
        team.key = cells.text("key");
        team.name = cells.text("name");
        team.province = cells.text("province");
        team.population = cells.whole("population");
        team.languages = cells.languages("languages");
        team.expertise = cells.levels("expertise_");
        team.capacity = static_cast<int>(std::clamp<long long>(cells.whole("capacity"), -1, kMostCapacity + 1));
        team.review_score = cells.decimal_or_empty("review_score");
        team.past_partners = cells.list("past_partners");
        return team;
    });
}

Result<std::vector<Partner>> read_partners(const csv::Table& table)
{
    return read_rows<Partner>(table, TableKind::Partners, [](const Cells& cells) {
        Partner partner;
        partner.key = cells.text("key");
        partner.name = cells.text("name");
        partner.country = cells.code<Country>("country", country_from_code, true, Country::BF,
                                              N_("Row {1}, column {2} names the country {3}. Use BF, CI, ML, KH, VN, NI or BO."));
        partner.region = cells.text("region");
        partner.level = cells.code<PartnerLevel>("level", partner_level_from_code, false, PartnerLevel::Commune,
                                                 N_("Row {1}, column {2} must be commune, municipality or district."));
        partner.population = cells.whole("population");
        partner.languages = cells.languages("languages");
        partner.interpretation = cells.yes("interpretation");
        partner.needs = cells.levels("need_");
        partner.wanted_partners =
            static_cast<int>(std::clamp<long long>(cells.whole("wanted_partners"), kLeastWanted - 1, kMostWanted + 1));
        return partner;
    });
}

Result<std::vector<RuledPair>> read_pairs(const csv::Table& table)
{
    return read_rows<RuledPair>(table, TableKind::Pairs, [](const Cells& cells) {
        return RuledPair{cells.text("team"), cells.text("partner"),
                         cells.code<PairRule>("rule", pair_rule_from_code, false, PairRule::Forbid,
                                              N_("Row {1}, column {2} must be pin or forbid."))};
    });
}

std::vector<std::pair<std::string, std::size_t>> rows_by_key(const csv::Table& table, std::string_view key_column)
{
    std::vector<std::pair<std::string, std::size_t>> rows;
    auto column = table.column(key_column);
    if (!column) return rows;
    for (const auto& record : table.records()) rows.emplace_back(text::trim(record.fields[*column]), record.row);
    return rows;
}

std::string write_teams(const std::vector<Team>& teams)
{
    std::vector<std::string> header(kTeamColumns.begin(), kTeamColumns.end());
    std::string out = csv::row(header);
    for (const auto& team : teams)
        out += csv::row({team.key, team.name, team.province, std::to_string(team.population), language_list(team.languages),
                         std::to_string(team.expertise[0]), std::to_string(team.expertise[1]),
                         std::to_string(team.expertise[2]), std::to_string(team.capacity),
                         team.review_score ? decimal(*team.review_score) : "", join(team.past_partners)});
    return out;
}

std::string write_partners(const std::vector<Partner>& partners)
{
    std::vector<std::string> header(kPartnerColumns.begin(), kPartnerColumns.end());
    std::string out = csv::row(header);
    for (const auto& partner : partners)
        out += csv::row({partner.key, partner.name, std::string(country_code(partner.country)), partner.region,
                         std::string(partner_level_code(partner.level)), std::to_string(partner.population),
                         language_list(partner.languages), partner.interpretation ? "yes" : "no",
                         std::to_string(partner.needs[0]), std::to_string(partner.needs[1]),
                         std::to_string(partner.needs[2]), std::to_string(partner.wanted_partners)});
    return out;
}

std::string write_pairs(const std::vector<RuledPair>& pairs)
{
    std::string out = csv::row({"team", "partner", "rule"});
    for (const auto& pair : pairs) out += csv::row({pair.team, pair.partner, std::string(pair_rule_code(pair.rule))});
    return out;
}

}  // namespace pmi::matching
