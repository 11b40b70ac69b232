#include "partnerships/envelope_service.hpp"

#include "partnerships/envelope_dashboard.hpp"

#include <map>
#include <set>

#include "audit/audit_log.hpp"
#include "core/text.hpp"
#include "partnerships/contribution_store.hpp"
#include "partnerships/envelope_store.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/view_helpers.hpp"
#include "site/site_store.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

Status officer_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden("Only program officers see and set the program envelope.");
    return Ok{};
}

std::string described(const std::vector<EnvelopeYear>& years)
{
    std::string text;
    for (const auto& year : years) text += fiscal_year_label(year.fiscal_year) + " " + year.cash.plain() + "/" + year.in_kind.plain() + "; ";
    return text;
}

}  // namespace

Result<std::vector<EnvelopeYear>> read_envelope(const std::vector<EnvelopeYearInput>& rows)
{
    std::vector<Error> errors;
    std::vector<EnvelopeYear> years;
    std::set<int> seen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto n = std::to_string(i + 1);
        const auto& row = rows[i];
        if (text::trim(row.fiscal_year).empty() && text::trim(row.cash).empty() && text::trim(row.in_kind).empty()) continue;
        EnvelopeYear year;
        if (auto parsed = parse_fiscal_year(text::trim(row.fiscal_year))) {
            year.fiscal_year = *parsed;
            if (!seen.insert(*parsed).second)
                errors.push_back(invalid("fiscal_year_" + n, "The fiscal year {1} is given twice; give each year once.", {fiscal_year_label(*parsed)}));
        } else {
            errors.push_back(invalid("fiscal_year_" + n, "Write the fiscal year as 2026-27 (April 1, 2026 to March 31, 2027)."));
        }
        auto cash = Money::parse(text::trim(row.cash), "cash_" + n);
        if (cash.ok()) year.cash = *cash;
        else errors.push_back(cash.error());
        auto in_kind = Money::parse(text::trim(row.in_kind), "in_kind_" + n);
        if (in_kind.ok()) year.in_kind = *in_kind;
        else errors.push_back(in_kind.error());
        years.push_back(year);
    }
    if (years.size() > kMostEnvelopeYears)
        errors.push_back(invalid("years", "The envelope covers at most {1} fiscal years.", {std::to_string(kMostEnvelopeYears)}));
    if (!errors.empty()) return combine(std::move(errors));
    return years;
}

EnvelopeReport compare(const std::vector<EnvelopeYear>& envelope, const std::vector<std::pair<int, Money>>& budgeted,
                       const std::vector<ApprovedTotal>& approved)
{
    std::map<int, EnvelopeComparison> by_year;
    for (const auto& year : envelope) {
        auto& row = by_year[year.fiscal_year];
        row.fiscal_year = year.fiscal_year, row.cash = year.cash, row.in_kind = year.in_kind;
    }
    for (const auto& [year, sum] : budgeted) {
        auto& row = by_year[year];
        row.fiscal_year = year, row.budgeted = sum;
    }
    for (const auto& total : approved) {
        auto& row = by_year[total.fiscal_year];
        row.fiscal_year = total.fiscal_year, row.spent += total.spent, row.contributed += total.in_kind;
    }
    EnvelopeReport report;
    for (const auto& [year, row] : by_year) {
        report.years.push_back(row);
        report.cash += row.cash, report.in_kind += row.in_kind, report.budgeted += row.budgeted;
        report.spent += row.spent, report.contributed += row.contributed;
    }
    return report;
}

Result<EnvelopeReport> EnvelopeService::report(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    EnvelopeStore store(*connection);
    return compare(store.years(), store.budgeted_by_year(), approved_totals(*connection));
}

Result<Dashboard> EnvelopeService::dashboard(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    EnvelopeStore store(*connection);
    const auto approved = approved_totals(*connection);
    std::vector<PartnershipPlace> places;
    for (auto& p : PartnershipStore(*connection).all()) places.push_back({p.id, partnership_name(p), std::move(p.country), std::move(p.areas)});
    auto board = partnerships::dashboard(compare(store.years(), store.budgeted_by_year(), approved), places, store.committed_by_partnership(),
                                         approved, ContributionStore(*connection).approved_groups());
    site::SiteStore site(*connection);
    for (auto& country : site.countries()) board.country_names.emplace(country.code, std::move(country.name));
    for (auto& area : site.areas()) board.area_names.emplace(area.code, std::move(area.name));
    return board;
}

Result<std::vector<EnvelopeYear>> EnvelopeService::envelope(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return EnvelopeStore(*connection).years();
}

Status EnvelopeService::may_save(const Actor& actor) const { return officer_only(actor); }

Status EnvelopeService::save(const Actor& actor, const std::vector<EnvelopeYearInput>& rows)
{
    TRY(officer_only(actor));
    auto years = TRY(read_envelope(rows));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        const Seconds now = clock_.now();
        EnvelopeStore store(*connection);
        const auto before = store.years();
        store.replace(years, now);
        audit::AuditLog(*connection).record(now, actor, "envelope.save", "program_envelope", "",
                                            "cash/in kind: " + described(before) + "→ " + described(years));
        return Ok{};
    });
}

}  // namespace pmi::partnerships
