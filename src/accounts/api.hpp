#pragma once
// The account actions as a JSON API under /api/v1/.
#include <vector>

#include "accounts/account_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::accounts {

class AccountApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    AccountApi(AccountService& service, const web::I18n& i18n) : service_(service), i18n_(i18n) {}

    web::Response csrf(web::Exchange& exchange);
    web::Response sign_up(web::Exchange& exchange);
    web::Response verify(web::Exchange& exchange);
    web::Response sign_in(web::Exchange& exchange);
    web::Response second_step(web::Exchange& exchange);
    web::Response sign_out(web::Exchange& exchange);
    web::Response me(web::Exchange& exchange);

private:
    web::Response signed_in_response(web::Exchange& exchange, const Result<SignedIn>& result);

    AccountService& service_;
    const web::I18n& i18n_;
};

}  // namespace pmi::accounts
