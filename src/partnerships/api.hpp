#pragma once
// Partnerships and their budgets in the JSON API under /api/v1/. Amounts are strings with
// two decimals ("1234.56") and integers of cents, never floating-point numbers.
#include <vector>

#include "partnerships/budget_service.hpp"
#include "partnerships/network_links.hpp"
#include "partnerships/partnership_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::partnerships {

class PartnershipApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    PartnershipApi(PartnershipService& partnerships, BudgetService& budgets, const web::I18n& i18n, NetworksTakingPart networks = {})
        : partnerships_(partnerships), budgets_(budgets), i18n_(i18n), networks_(std::move(networks)) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response budget(web::Exchange& exchange);
    web::Response add_line(web::Exchange& exchange);
    web::Response propose(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);

private:
    PartnershipService& partnerships_;
    BudgetService& budgets_;
    const web::I18n& i18n_;
    NetworksTakingPart networks_;
};

}  // namespace pmi::partnerships
