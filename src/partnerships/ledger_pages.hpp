#pragma once
// The money a partnership spends and receives in kind: its expense page (totals by fiscal
// year against the budget and disbursements, the claims with their receipts, the entry form,
// officers' review, reversal and disbursement forms), its in-kind page (the same for
// contributions), the officers' rate tables and the program's in-kind totals; CSV and Excel
// exports of every table.
#include "partnerships/contribution_service.hpp"
#include "partnerships/expense_service.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/rate_service.hpp"
#include "web/page.hpp"

namespace pmi::partnerships {

class LedgerPages {
public:
    LedgerPages(ExpenseService& expenses, ContributionService& contributions, LedgerService& ledgers, RateService& rates, const web::Views& views)
        : expenses_(expenses), contributions_(contributions), ledgers_(ledgers), rates_(rates), views_(views) {}

    web::Response expenses(web::Exchange& exchange);
    web::Response enter_expense(web::Exchange& exchange);
    web::Response change_expense(web::Exchange& exchange);
    web::Response disburse(web::Exchange& exchange);
    web::Response reverse_disbursement(web::Exchange& exchange);
    web::Response expenses_csv(web::Exchange& exchange);
    web::Response expenses_xlsx(web::Exchange& exchange);
    web::Response disbursements_csv(web::Exchange& exchange);
    web::Response disbursements_xlsx(web::Exchange& exchange);

    web::Response in_kind(web::Exchange& exchange);
    web::Response enter_contribution(web::Exchange& exchange);
    web::Response change_contribution(web::Exchange& exchange);
    web::Response in_kind_csv(web::Exchange& exchange);
    web::Response in_kind_xlsx(web::Exchange& exchange);

    web::Response review_expense(web::Exchange& exchange) { return review(exchange, Ledger::Expenses); }
    web::Response review_contribution(web::Exchange& exchange) { return review(exchange, Ledger::InKind); }
    web::Response reverse_expense(web::Exchange& exchange) { return reverse(exchange, Ledger::Expenses); }
    web::Response reverse_contribution(web::Exchange& exchange) { return reverse(exchange, Ledger::InKind); }
    web::Response expense_receipt(web::Exchange& exchange) { return evidence(exchange, Ledger::Expenses); }
    web::Response contribution_evidence(web::Exchange& exchange) { return evidence(exchange, Ledger::InKind); }

    // /manage/rates/:table, "exchange" or "hourly".
    web::Response rates(web::Exchange& exchange);
    web::Response add_rate(web::Exchange& exchange);
    web::Response program_in_kind(web::Exchange& exchange);
    web::Response program_in_kind_csv(web::Exchange& exchange);
    web::Response program_in_kind_xlsx(web::Exchange& exchange);

private:
    // `changing` is the entry the form changes, or invalid for a new entry.
    web::Response expense_page(web::Exchange& exchange, const web::Fields& fields, const Error* error, EntryId changing);
    web::Response in_kind_page(web::Exchange& exchange, const web::Fields& fields, const Error* error, EntryId changing);
    web::Response save_expense(web::Exchange& exchange, EntryId changing);
    web::Response save_contribution(web::Exchange& exchange, EntryId changing);
    // The entry form's heading and button, and where it posts: a new entry, or the change of
    // `changing`.
    void entry_form(web::Page& page, const web::Exchange& exchange, EntryId changing, std::string_view enter_heading,
                    std::string_view enter_button) const;
    web::Response rates_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response review(web::Exchange& exchange, Ledger ledger);
    web::Response reverse(web::Exchange& exchange, Ledger ledger);
    web::Response evidence(web::Exchange& exchange, Ledger ledger);
    web::Response program_export(web::Exchange& exchange, const std::string& kind);
    std::string money(const web::Exchange& exchange, Money amount) const;
    // The currencies as CURRENCY_OPTION sections of a select, `selected` (a code) chosen.
    static void currency_options(ctemplate::TemplateDictionary& body, const web::Page& page, std::string_view selected);
    Result<ExpenseLedger> expense_ledger(const web::Exchange& exchange);
    Result<ContributionLedger> contribution_ledger(const web::Exchange& exchange);
    template <typename Found>
    web::Response export_table(web::Exchange& exchange, const std::string& kind, const std::string& name, Result<Found> found,
                               Table (*table_of)(const Found&))
    {
        if (!found.ok()) return web::refusal(views_, exchange, found.error());
        auto table = table_of(*found);
        return spreadsheet(kind, name + "-" + std::to_string(found->partnership.id.value), table.header, table.rows);
    }
    // The entry's status, document link and the officer's buttons, in the row's dictionary.
    void entry_cells(ctemplate::TemplateDictionary& row, const web::Exchange& exchange, Ledger ledger, const Entry& entry, Access access,
                     bool reversed) const;

    ExpenseService& expenses_;
    ContributionService& contributions_;
    LedgerService& ledgers_;
    RateService& rates_;
    const web::Views& views_;
};

// The ledger's address under a partnership: "/partnerships/7/expenses", "/partnerships/7/in-kind".
std::string ledger_path(PartnershipId id, Ledger ledger);
// The entry a ledger page's form is to change, from ?change=; invalid when none.
EntryId entry_to_change(const web::Exchange& exchange);
// The entry named in the address (/partnerships/:id/expenses/:entry); invalid when none.
EntryId entry_in_path(const web::Exchange& exchange);
// The disbursement named in the address; invalid when it is not a number.
DisbursementId disbursement_in_path(const web::Exchange& exchange);
// Success or the error of `result`, without its value.
template <typename T>
Status status_of(Result<T> result)
{
    if (!result.ok()) return result.take_error();
    return Ok{};
}

}  // namespace pmi::partnerships
