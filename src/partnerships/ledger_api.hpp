#pragma once
// Expenses, disbursements, in-kind contributions, rate tables and the program's in-kind
// totals in the JSON API under /api/v1/. Amounts are strings with their decimals ("330.00",
// "150000" francs) and integers of minor units, never floating-point numbers. Entries are
// sent as JSON, or as multipart/form-data with the same fields and a "file" part holding
// the receipt or evidence.
#include <vector>

#include "partnerships/contribution_service.hpp"
#include "partnerships/expense_service.hpp"
#include "partnerships/ledger_service.hpp"
#include "partnerships/rate_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::partnerships {

class LedgerApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    LedgerApi(ExpenseService& expenses, ContributionService& contributions, LedgerService& ledgers, RateService& rates, const web::I18n& i18n)
        : expenses_(expenses), contributions_(contributions), ledgers_(ledgers), rates_(rates), i18n_(i18n) {}

    web::Response expenses(web::Exchange& exchange);
    web::Response enter_expense(web::Exchange& exchange);
    web::Response change_expense(web::Exchange& exchange);
    web::Response disburse(web::Exchange& exchange);
    web::Response reverse_disbursement(web::Exchange& exchange);
    web::Response in_kind(web::Exchange& exchange);
    web::Response enter_contribution(web::Exchange& exchange);
    web::Response change_contribution(web::Exchange& exchange);
    web::Response review_expense(web::Exchange& exchange) { return review(exchange, Ledger::Expenses); }
    web::Response review_contribution(web::Exchange& exchange) { return review(exchange, Ledger::InKind); }
    web::Response reverse_expense(web::Exchange& exchange) { return reverse(exchange, Ledger::Expenses); }
    web::Response reverse_contribution(web::Exchange& exchange) { return reverse(exchange, Ledger::InKind); }
    web::Response rates(web::Exchange& exchange);
    web::Response add_rate(web::Exchange& exchange);
    web::Response program_in_kind(web::Exchange& exchange);

private:
    web::Response review(web::Exchange& exchange, Ledger ledger);
    web::Response reverse(web::Exchange& exchange, Ledger ledger);

    ExpenseService& expenses_;
    ContributionService& contributions_;
    LedgerService& ledgers_;
    RateService& rates_;
    const web::I18n& i18n_;
};

}  // namespace pmi::partnerships
