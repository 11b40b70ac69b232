#pragma once
// The list's public pages: subscribe, confirm, unsubscribe (and the RFC 8058 one-click
// address mail programs post to), preferences. None needs an account: links from messages
// carry signed tokens.
#include "mailing/subscribe_form.hpp"
#include "mailing/subscription_service.hpp"
#include "web/page.hpp"

namespace pmi::mailing {

class MailingPages {
public:
    MailingPages(SubscriptionService& subscriptions, SubscribeForm& form, const web::Views& views)
        : subscriptions_(subscriptions), form_(form), views_(views) {}

    web::Response subscribe_form(web::Exchange& exchange);
    web::Response subscribe(web::Exchange& exchange);
    web::Response confirm_form(web::Exchange& exchange);
    web::Response confirm(web::Exchange& exchange);
    web::Response unsubscribe_form(web::Exchange& exchange);
    web::Response unsubscribe(web::Exchange& exchange);
    // RFC 8058: a POST of "List-Unsubscribe=One-Click" from the reader's mail program, with
    // neither cookies nor CSRF token; the signed token in the address authorises it.
    web::Response one_click(web::Exchange& exchange);
    web::Response preferences_form(web::Exchange& exchange);
    web::Response preferences(web::Exchange& exchange);

private:
    web::Response subscribe_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response preferences_page(web::Exchange& exchange, const std::string& token, const web::Fields* fields, const Error* error);
    std::string names(const std::vector<std::string>& topics, const web::Exchange& exchange);

    SubscriptionService& subscriptions_;
    SubscribeForm& form_;
    const web::Views& views_;
};

}  // namespace pmi::mailing
