#include "partnerships/ledger_tables.hpp"

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

std::string id_text(EntryId id) { return id.valid() ? std::to_string(id.value) : ""; }

// The columns every ledger row starts with.
std::vector<std::string> entry_cells(const Entry& e)
{
    return {std::to_string(e.id.value), date_text(e.date), fiscal_year_label(e.fiscal_year), e.description,
            std::string(entry_status_code(e.status)), id_text(e.reverses), e.entered_by, e.decided_by};
}

const std::vector<std::string> kEntryHeader = {"id", "date", "fiscal_year", "description", "status", "reverses", "entered_by", "reviewed_by"};

std::vector<std::string> with(std::vector<std::string> first, const std::vector<std::string>& more)
{
    first.insert(first.end(), more.begin(), more.end());
    return first;
}

}  // namespace

Table expense_table(const ExpenseLedger& ledger)
{
    Table table{with(kEntryHeader, {"budget_line", "currency", "amount_original", "rate_cad", "rate_date", "rate_source", "rounding", "amount_cad"}),
                {}};
    for (const auto& e : ledger.expenses)
        table.rows.push_back(with(entry_cells(e.entry), {e.line.valid() ? std::to_string(e.line.value) : "", std::string(currency_code(e.currency)),
                                                         minor_text(e.original, e.currency), rate_text(e.rate), date_text(e.rate_date), e.rate_source,
                                                         e.rounding, e.entry.amount.plain()}));
    auto totals = [&](const std::string& year, const YearFigures& f) {
        const std::vector<std::pair<std::string, Money>> figures = {
            {"budget", f.budget}, {"approved", f.approved}, {"waiting", f.waiting}, {"disbursed", f.disbursed}};
        for (const auto& [what, amount] : figures) {
            std::vector<std::string> row(table.header.size());
            row[0] = "total", row[2] = year, row[3] = what, row.back() = amount.plain();
            table.rows.push_back(std::move(row));
        }
    };
    for (const auto& [year, figures] : ledger.totals.by_year) totals(fiscal_year_label(year), figures);
    totals("total", ledger.totals.total);
    return table;
}

Table disbursement_table(const ExpenseLedger& ledger)
{
    Table table{{"id", "paid_on", "fiscal_year", "amount_cad", "reference", "recorded_by", "reverses", "note"}, {}};
    for (const auto& d : ledger.disbursements)
        table.rows.push_back({std::to_string(d.id.value), date_text(d.paid_on), fiscal_year_label(d.fiscal_year), d.amount.plain(), d.reference,
                              d.recorded_by, d.reverses.valid() ? std::to_string(d.reverses.value) : "", d.note});
    return table;
}

Table contribution_table(const ContributionLedger& ledger)
{
    Table table{with(kEntryHeader, {"municipality", "kind", "person", "role", "hours", "rate_cad_per_hour", "currency", "amount_original",
                                    "rate_cad", "rate_source", "rate_date", "rounding", "amount_cad"}),
                {}};
    for (const auto& c : ledger.contributions) {
        const bool time = c.kind == ContributionKind::StaffTime;
        const bool foreign = !time && c.currency != Currency::CAD;
        table.rows.push_back(with(entry_cells(c.entry), {c.municipality, std::string(contribution_kind_code(c.kind)), c.person,
                                                         c.role ? std::string(staff_role_code(*c.role)) : "", time ? hours_text(c.hours) : "",
                                                         time ? rate_text(c.rate) : "", time ? "" : std::string(currency_code(c.currency)),
                                                         time ? "" : minor_text(c.original, c.currency), foreign ? rate_text(c.rate) : "",
                                                         c.rate_source, c.rate_date ? date_text(*c.rate_date) : "", c.rounding,
                                                         c.entry.amount.plain()}));
    }
    auto total = [&](const std::string& year, const std::string& kind, Money amount) {
        std::vector<std::string> row(table.header.size());
        row[0] = "total", row[2] = year, row[9] = kind, row.back() = amount.plain();
        table.rows.push_back(std::move(row));
    };
    for (const auto& [year, amount] : ledger.totals.by_year) total(fiscal_year_label(year), "", amount);
    for (const auto& [kind, amount] : ledger.totals.by_kind) total("", std::string(contribution_kind_code(kind)), amount);
    total("total", "", ledger.totals.total);
    return table;
}

Table program_in_kind_table(const ProgramInKindReport& report, const std::function<std::string(PartnershipId)>& name)
{
    Table table{{"by", "group", "amount_cad"}, {}};
    for (const auto& [municipality, amount] : report.totals.by_municipality) table.rows.push_back({"municipality", municipality, amount.plain()});
    for (const auto& [id, amount] : report.totals.by_partnership) table.rows.push_back({"partnership", name(PartnershipId{id}), amount.plain()});
    for (const auto& [year, amount] : report.totals.by_year) table.rows.push_back({"fiscal_year", fiscal_year_label(year), amount.plain()});
    for (const auto& [country, amount] : report.totals.by_country) table.rows.push_back({"country", country, amount.plain()});
    table.rows.push_back({"total", "", report.totals.total.plain()});
    return table;
}

}  // namespace pmi::partnerships
