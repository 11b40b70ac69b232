#pragma once
// What a partnership and a budget line must be before they are saved, and the budget's
// totals, checked and computed without I/O. Each error names the field the form names.
#include <map>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

inline constexpr std::size_t kMostMembers = 10;  // of each kind
inline constexpr std::size_t kMostTextBytes = 4000;

// The date written in `text` (YYYY-MM-DD), or nullopt when empty; a malformed date adds an
// error naming `field`.
std::optional<Date> read_date(const std::string& text, const std::string& field, std::vector<Error>& errors);
// Adds an error naming `field` when `value` is longer than `most` bytes, is not UTF-8 or has
// control characters other than line breaks.
void check_text(const std::string& value, const std::string& field, std::size_t most, std::vector<Error>& errors);

// The input as a partnership whose members carry keys only (the service names them from
// the directory). Fails with every problem found: no team or no partner, an unknown status
// or area, a date that is not YYYY-MM-DD or an end before the start, an implausible email,
// text too long.
Result<Partnership> read_partnership(const PartnershipInput& input);

// The partnership as its form and the API send it: read_partnership(input_of(p)) gives p
// back (members without names).
PartnershipInput input_of(const Partnership& partnership);

// The input as a line of `partnership`'s budget. Fails with every problem found: a fiscal
// year not written 2026-27, an unknown category, an empty or long description, an amount
// that is not dollars and cents or is negative, and a fiscal year outside the partnership's
// dates (or a partnership without dates).
Result<BudgetLine> read_line(const LineInput& input, const Partnership& partnership);

struct BudgetTotals {
    std::map<int, Money> by_year;
    std::map<Category, Money> by_category;
    std::map<std::pair<int, Category>, Money> by_year_and_category;
    Money total;
};
BudgetTotals totals(const std::vector<BudgetLine>& lines);

}  // namespace pmi::partnerships
