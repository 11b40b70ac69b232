#pragma once
// Administration pages: users and roles, organisations, the audit log and the outbox.
#include "accounts/admin_service.hpp"
#include "web/page.hpp"

namespace pmi::admin {

class AdminPages {
public:
    AdminPages(accounts::AdminService& service, const web::Views& views) : service_(service), views_(views) {}

    web::Response index(web::Exchange& exchange);
    web::Response users(web::Exchange& exchange);
    web::Response organisations(web::Exchange& exchange);
    web::Response create_organisation(web::Exchange& exchange);
    web::Response grant_role(web::Exchange& exchange);
    web::Response revoke_role(web::Exchange& exchange);
    web::Response audit(web::Exchange& exchange);
    web::Response outbox(web::Exchange& exchange);

private:
    web::Response organisations_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response refuse(web::Exchange& exchange, const Error& error);

    accounts::AdminService& service_;
    const web::Views& views_;
};

}  // namespace pmi::admin
