#pragma once
// The ledgers as tables, for the CSV and Excel exports: the same rows and figures as the
// pages, amounts as 1234.56 from integer cents.
#include <functional>
#include <string>

#include "partnerships/contribution_service.hpp"
#include "partnerships/expense_service.hpp"
#include "partnerships/view_helpers.hpp"

namespace pmi::partnerships {

// Each expense with its original amount, the rate and rounding used and the Canadian
// amount; then budget, approved, waiting and disbursed per fiscal year and in total.
Table expense_table(const ExpenseLedger& ledger);
// The disbursements.
Table disbursement_table(const ExpenseLedger& ledger);
// Each contribution with its hours and rate (staff time) and value; then totals by fiscal
// year and kind.
Table contribution_table(const ContributionLedger& ledger);
// Approved contributions of the program by municipality, partnership, fiscal year and
// country, and the grand total; `name` names a partnership.
Table program_in_kind_table(const ProgramInKindReport& report, const std::function<std::string(PartnershipId)>& name);

}  // namespace pmi::partnerships
