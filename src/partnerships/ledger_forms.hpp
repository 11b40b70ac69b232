#pragma once
// Form fields (from a page's form or the API's JSON) as ledger inputs, each value cut to a
// bounded length before any rule reads it.
#include "partnerships/contribution.hpp"
#include "partnerships/expense.hpp"
#include "web/http.hpp"

namespace pmi::partnerships {

ExpenseInput expense_input(const web::Fields& form);
ContributionInput contribution_input(const web::Fields& form);
DisbursementInput disbursement_input(const web::Fields& form);
RateInput rate_input(const web::Fields& form);

// The entry as its form shows it, to change it: expense_input(fields_of(e)) reads e back.
web::Fields fields_of(const Expense& expense);
web::Fields fields_of(const Contribution& contribution);

}  // namespace pmi::partnerships
