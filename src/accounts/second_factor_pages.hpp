#pragma once
// The second-factor pages: the second step of signing in, setting up an authenticator app,
// new recovery codes, and an administrator's reset of another user's second factor.
#include "accounts/account_service.hpp"
#include "accounts/second_factor_service.hpp"
#include "web/page.hpp"

namespace pmi::accounts {

// The form asking for the code of a sign-in whose password was right.
web::Response second_step_page(const web::Views& views, const web::Exchange& exchange, const std::string& pending_token,
                               std::string_view next, const Error* error);

// Replaces any session of the browser by the new one (never keeping an old id) and sends
// the user on to `next`.
web::Response enter_session(AccountService& service, web::Exchange& exchange, const SignedIn& signed_in,
                            std::string_view next);

class SecondFactorPages {
public:
    SecondFactorPages(AccountService& accounts, SecondFactorService& service, const web::Views& views)
        : accounts_(accounts), service_(service), views_(views) {}

    web::Response second_step(web::Exchange& exchange);
    web::Response enrolment(web::Exchange& exchange);
    web::Response confirm(web::Exchange& exchange);
    web::Response replace_recovery_codes(web::Exchange& exchange);
    web::Response turn_off(web::Exchange& exchange);
    web::Response reset(web::Exchange& exchange);

private:
    web::Response enrolment_page(web::Exchange& exchange, const Error* error);
    web::Response recovery_codes_page(web::Exchange& exchange, const std::vector<std::string>& codes);

    AccountService& accounts_;
    SecondFactorService& service_;
    const web::Views& views_;
};

}  // namespace pmi::accounts
