#pragma once
// The rate tables program officers keep: exchange rates (Canadian dollars per unit of each
// currency of the partner countries) and hourly rates of municipal staff time by role. Each
// rate takes effect on a date and holds until the next one of the same currency or role.
#include <optional>
#include <string>
#include <string_view>

#include "partnerships/currency.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

using RateId = Id<struct RateTag>;

enum class RateTable { Exchange, Hourly };
enum class StaffRole { ElectedOfficial, SeniorManager, TechnicalStaff, AdministrativeStaff };
inline constexpr StaffRole kStaffRoles[] = {StaffRole::ElectedOfficial, StaffRole::SeniorManager, StaffRole::TechnicalStaff,
                                            StaffRole::AdministrativeStaff};

std::string_view rate_table_code(RateTable table);  // "exchange", "hourly"
std::optional<RateTable> rate_table_from_code(std::string_view code);
std::string_view staff_role_code(StaffRole role);  // "elected-official", ...
std::optional<StaffRole> staff_role_from_code(std::string_view code);
std::string_view staff_role_label(StaffRole role);  // an English message id

struct RateEntry {
    RateId id;
    RateTable table = RateTable::Exchange;
    std::string key;  // a currency code or a staff role code
    Date effective_from{};
    Rate rate;
    std::string source;  // where the rate comes from: "Bank of Canada", "council pay scale 2026"
    std::string recorded_by;
    Seconds recorded_at = 0;
};

struct RateInput {
    std::string key, effective_from, rate, source;
};

// The input as a rate of `table`. Fails with every problem found: a key that is not a
// currency other than CAD (exchange) or a staff role (hourly), a date that is not
// YYYY-MM-DD, a rate that is not a positive decimal (ten decimals at most for exchange,
// cents for hourly), an empty or long source.
Result<RateEntry> read_rate(RateTable table, const RateInput& input);

}  // namespace pmi::partnerships
