#pragma once
// The CSV files of a matching problem, as `pmi match` reads them and the partner directory
// imports them. One file per kind, each with a header row naming at least these columns
// (others are ignored), values trimmed of spaces:
//
//   teams:    key,name,province,population,languages,expertise_enabling_environment,
//             expertise_inclusive_led,expertise_trade_regional,capacity,review_score,past_partners
//   partners: key,name,country,region,level,population,languages,interpretation,
//             need_enabling_environment,need_inclusive_led,need_trade_regional,wanted_partners
//   pairs:    team,partner,rule
//
// languages and past_partners hold several values separated by ';' (languages are ISO 639-1
// codes: en fr es km vi); review_score is empty when there is none; country is an ISO code
// (BF CI ML KH VN NI BO); level is commune, municipality or district; interpretation is yes
// or no; rule is pin or forbid. Codes are read in any case.
//
// Reading checks the shape of each value (a number, a known code) and names the row and
// column of each problem; the ranges (capacity 0 to 20, and so on) are the engine's rules,
// checked by match().
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.hpp"
#include "matching/problem.hpp"

namespace pmi::matching {

enum class TableKind { Teams, Partners, Pairs };
std::string_view table_kind_name(TableKind kind);  // "teams", "partners", "pairs"

// The kind whose columns the header holds, if exactly one.
std::optional<TableKind> table_kind(const csv::Table& table);

// Each fails with every problem found (at most 20), on the field "<kind>.<column>" with the
// row (as a spreadsheet numbers it) as first argument; or as csv::Table::read fails.
Result<std::vector<Team>> read_teams(const csv::Table& table);
Result<std::vector<Partner>> read_partners(const csv::Table& table);
Result<std::vector<RuledPair>> read_pairs(const csv::Table& table);

// The spreadsheet row of each key, to point at the row an engine error names.
std::vector<std::pair<std::string, std::size_t>> rows_by_key(const csv::Table& table, std::string_view key_column);

std::string write_teams(const std::vector<Team>& teams);
std::string write_partners(const std::vector<Partner>& partners);
std::string write_pairs(const std::vector<RuledPair>& pairs);

}  // namespace pmi::matching
