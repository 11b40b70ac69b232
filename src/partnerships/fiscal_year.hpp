#pragma once
// Dates as the program writes them ("2026-04-01") and the Canadian federal fiscal year,
// April 1 to March 31, named by the year it starts: 2026 is "2026-27".
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace pmi::partnerships {

// "2026-04-01" → the date; nullopt when the text is not an ISO date that exists.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);
std::string date_text(std::chrono::year_month_day date);  // "2026-04-01"

// The fiscal year a date falls in: 2027-03-31 is in 2026, 2027-04-01 in 2027.
int fiscal_year_of(std::chrono::year_month_day date);
std::chrono::year_month_day fiscal_year_start(int fiscal_year);  // April 1
std::chrono::year_month_day fiscal_year_end(int fiscal_year);    // March 31 of the next year
std::string fiscal_year_label(int fiscal_year);                  // 2026 → "2026-27"
// "2026-27" (or "2026") → 2026; nullopt for anything else, or years outside 2000–2099.
std::optional<int> parse_fiscal_year(std::string_view text);

}  // namespace pmi::partnerships
