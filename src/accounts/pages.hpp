#pragma once
// The account pages: forms in, service calls, redirects or the same form with its errors.
#include "accounts/account_service.hpp"
#include "web/page.hpp"

namespace pmi::accounts {

class AccountPages {
public:
    AccountPages(AccountService& service, const web::Views& views) : service_(service), views_(views) {}

    web::Response sign_up_form(web::Exchange& exchange);
    web::Response sign_up(web::Exchange& exchange);
    web::Response verify(web::Exchange& exchange);
    web::Response sign_in_form(web::Exchange& exchange);
    web::Response sign_in(web::Exchange& exchange);
    web::Response sign_out(web::Exchange& exchange);
    web::Response forgot_form(web::Exchange& exchange);
    web::Response forgot(web::Exchange& exchange);
    web::Response reset_form(web::Exchange& exchange);
    web::Response reset(web::Exchange& exchange);
    web::Response account(web::Exchange& exchange);
    web::Response change_password(web::Exchange& exchange);
    web::Response change_email(web::Exchange& exchange);
    web::Response change_language(web::Exchange& exchange);

private:
    web::Response account_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);

    AccountService& service_;
    const web::Views& views_;
};

}  // namespace pmi::accounts
