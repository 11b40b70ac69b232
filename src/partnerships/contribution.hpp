#pragma once
// In-kind contributions of Canadian municipalities to a partnership: staff time (hours ×
// the hourly rate of the person's role on that date), travel the municipality paid, and
// donated goods and services; and their totals. The rules here read and total them
// without I/O.
#include <map>
#include <vector>

#include "partnerships/currency.hpp"
#include "partnerships/ledger.hpp"
#include "partnerships/rate_table.hpp"

namespace pmi::partnerships {

enum class ContributionKind { StaffTime, Travel, GoodsAndServices };
inline constexpr ContributionKind kContributionKinds[] = {ContributionKind::StaffTime, ContributionKind::Travel, ContributionKind::GoodsAndServices};

std::string_view contribution_kind_code(ContributionKind kind);  // "staff-time", "travel", "goods-services"
std::optional<ContributionKind> contribution_kind_from_code(std::string_view code);
std::string_view contribution_kind_label(ContributionKind kind);  // an English message id

struct Contribution {
    Entry entry;  // entry.amount is the value in Canadian cents
    std::string municipality_key, municipality;  // the Canadian team that gives it
    ContributionKind kind = ContributionKind::StaffTime;
    std::string person;              // staff time only
    std::optional<StaffRole> role;   // staff time only
    std::int64_t hours = 0;          // in hundredths of an hour; staff time only
    Currency currency = Currency::CAD;  // travel: the currency it was paid in; otherwise CAD
    std::int64_t original = 0;          // travel, goods and services: in minor units of `currency`
    Rate rate;                       // staff time: dollars per hour; travel: CAD per unit of `currency`
    std::optional<Date> rate_date;   // the date the rate took effect
    std::string rate_source;         // travel in a foreign currency: where the exchange rate comes from
    std::string rounding{kRounding};
};

struct ContributionInput {
    std::string municipality;  // a directory key of one of the partnership's Canadian teams
    std::string kind, date, description;
    std::string person, role, hours;  // staff time
    std::string amount;               // travel: in `currency`; goods and services: Canadian dollars
    std::string currency;             // travel: a currency code; empty is CAD
};

inline constexpr std::int64_t kMostHours = 10'000;  // in one entry

// The input as a contribution to `partnership`, not valued yet for staff time. Fails with
// every problem found: a municipality that is not one of its Canadian teams, an unknown
// kind, a date outside the partnership, an empty description; for staff time an empty name,
// an unknown role, hours that are negative, zero, beyond kMostHours or finer than a
// hundredth; otherwise an amount that is not dollars and cents.
Result<Contribution> read_contribution(const ContributionInput& input, const Partnership& partnership);
// Values staff time at the hourly `rate` of its role, travel paid in a foreign currency at the
// exchange `rate` of its currency (nullopt when the table has none in effect on the date: an
// error on "date"); goods and services and travel in CAD keep their amount.
Status value_contribution(Contribution& contribution, const std::optional<RateEntry>& rate);

// "7.25" → 725 hundredths; fails on "hours".
Result<std::int64_t> parse_hours(std::string_view text);
std::string hours_text(std::int64_t hundredths);  // 725 → "7.25"

// The contribution in one line of the audit log: who gives what, and how it is valued.
std::string audit_text(const Contribution& contribution);

struct InKindTotals {
    std::map<int, Money> by_year;                 // approved
    std::map<ContributionKind, Money> by_kind;    // approved
    Money total, waiting;
};
InKindTotals in_kind_totals(const std::vector<Contribution>& contributions);

// One group of approved contributions program-wide.
struct InKindGroup {
    std::string municipality;
    PartnershipId partnership;
    int fiscal_year = 0;
    std::string country;
    Money amount;
};
struct ProgramInKind {
    std::map<std::string, Money> by_municipality;
    std::map<std::int64_t, Money> by_partnership;  // by partnership id
    std::map<int, Money> by_year;
    std::map<std::string, Money> by_country;
    Money total;
};
ProgramInKind program_in_kind(const std::vector<InKindGroup>& groups);

}  // namespace pmi::partnerships
