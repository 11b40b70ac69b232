#include "partnerships/rate_table.hpp"

#include <vector>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

struct RoleInfo {
    StaffRole role;
    std::string_view code, label;
};
constexpr RoleInfo kRoleInfo[] = {{StaffRole::ElectedOfficial, "elected-official", N_("Elected official")},
                                  {StaffRole::SeniorManager, "senior-manager", N_("Senior manager")},
                                  {StaffRole::TechnicalStaff, "technical-staff", N_("Technical staff")},
                                  {StaffRole::AdministrativeStaff, "administrative-staff", N_("Administrative staff")}};

}  // namespace

std::string_view rate_table_code(RateTable table) { return table == RateTable::Exchange ? "exchange" : "hourly"; }

std::optional<RateTable> rate_table_from_code(std::string_view code)
{
    if (code == "exchange") return RateTable::Exchange;
    if (code == "hourly") return RateTable::Hourly;
    return std::nullopt;
}

std::string_view staff_role_code(StaffRole role) { return kRoleInfo[static_cast<int>(role)].code; }
std::string_view staff_role_label(StaffRole role) { return kRoleInfo[static_cast<int>(role)].label; }

std::optional<StaffRole> staff_role_from_code(std::string_view code)
{
    for (const auto& info : kRoleInfo)
        if (info.code == code) return info.role;
    return std::nullopt;
}

Result<RateEntry> read_rate(RateTable table, const RateInput& input)
{
    std::vector<Error> errors;
    RateEntry entry;
    entry.table = table;
    entry.key = text::trim(input.key);
    if (table == RateTable::Exchange) {
        auto currency = currency_from_code(entry.key);
        if (!currency || *currency == Currency::CAD) errors.push_back(invalid("key", "Choose a currency among XOF, KHR, VND, NIO and BOB."));
    } else if (!staff_role_from_code(entry.key)) {
        errors.push_back(invalid("key", "Choose a role from the list."));
    }
    if (auto date = parse_date(text::trim(input.effective_from))) entry.effective_from = *date;
    else errors.push_back(invalid("effective_from", "Write the date as year-month-day, such as 2026-04-01."));
    auto rate = parse_rate(input.rate, "rate", table == RateTable::Exchange ? kExchangeRateScale : kHourlyRateScale);
    if (rate.ok()) entry.rate = *rate;
    else errors.push_back(rate.error());
    entry.source = text::trim(input.source);
    if (entry.source.empty()) errors.push_back(invalid("source", "Say where the rate comes from, such as the Bank of Canada."));
    else if (entry.source.size() > 200 || !text::valid_utf8(entry.source) || text::has_control_characters(entry.source, false))
        errors.push_back(invalid("source", "This text is too long; keep it under {1} characters.", {"200"}));
    if (!errors.empty()) return combine(std::move(errors));
    return entry;
}

}  // namespace pmi::partnerships
