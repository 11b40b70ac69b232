#include "app/routes.hpp"

namespace pmi::app {

// Binds a member function of a handler object as a route handler.
template <typename Object>
web::Handler bind(Object& object, web::Response (Object::*method)(web::Exchange&))
{
    return [&object, method](web::Exchange& exchange) { return (object.*method)(exchange); };
}

void add_routes(web::Router& r, Handlers h)
{
    using site::SitePages;
    using site::ManagePages;
    using accounts::AccountPages;
    using accounts::AccountApi;
    using admin::AdminPages;

    // Public site
    r.get("/", bind(h.site, &SitePages::home));
    r.get("/countries", bind(h.site, &SitePages::countries));
    r.get("/countries/:code", bind(h.site, &SitePages::country));
    r.get("/areas", bind(h.site, &SitePages::areas));
    r.get("/areas/:code", bind(h.site, &SitePages::area));
    r.get("/news", bind(h.site, &SitePages::news));
    r.get("/news/:slug", bind(h.site, &SitePages::news_post));
    r.get("/pages/:slug", bind(h.site, &SitePages::page));
    r.get("/contact", bind(h.site, &SitePages::contact));

    // Accounts
    r.get("/sign-up", bind(h.account_pages, &AccountPages::sign_up_form));
    r.post("/sign-up", bind(h.account_pages, &AccountPages::sign_up));
    r.get("/verify", bind(h.account_pages, &AccountPages::verify));
    r.get("/sign-in", bind(h.account_pages, &AccountPages::sign_in_form));
    r.post("/sign-in", bind(h.account_pages, &AccountPages::sign_in));
    r.post("/sign-out", bind(h.account_pages, &AccountPages::sign_out));
    r.get("/password/forgot", bind(h.account_pages, &AccountPages::forgot_form));
    r.post("/password/forgot", bind(h.account_pages, &AccountPages::forgot));
    r.get("/password/reset", bind(h.account_pages, &AccountPages::reset_form));
    r.post("/password/reset", bind(h.account_pages, &AccountPages::reset));
    r.get("/account", bind(h.account_pages, &AccountPages::account));
    r.post("/account/password", bind(h.account_pages, &AccountPages::change_password));
    r.post("/account/email", bind(h.account_pages, &AccountPages::change_email));
    r.post("/account/language", bind(h.account_pages, &AccountPages::change_language));

    // Site management (program officers)
    r.get("/manage", bind(h.manage, &ManagePages::index));
    r.get("/manage/pages/:slug/edit", bind(h.manage, &ManagePages::page_form));
    r.post("/manage/pages/:slug/edit", bind(h.manage, &ManagePages::save_page));
    r.get("/manage/news/new", bind(h.manage, &ManagePages::new_news_form));
    r.post("/manage/news", bind(h.manage, &ManagePages::create_news));
    r.get("/manage/news/:id/edit", bind(h.manage, &ManagePages::news_form));
    r.post("/manage/news/:id/edit", bind(h.manage, &ManagePages::update_news));

    // Administration
    r.get("/admin", bind(h.admin, &AdminPages::index));
    r.get("/admin/users", bind(h.admin, &AdminPages::users));
    r.get("/admin/organisations", bind(h.admin, &AdminPages::organisations));
    r.post("/admin/organisations", bind(h.admin, &AdminPages::create_organisation));
    r.post("/admin/memberships", bind(h.admin, &AdminPages::grant_role));
    r.post("/admin/memberships/:id/delete", bind(h.admin, &AdminPages::revoke_role));
    r.get("/admin/audit", bind(h.admin, &AdminPages::audit));
    r.get("/admin/outbox", bind(h.admin, &AdminPages::outbox));

    // JSON API
    r.get("/api/openapi.json", bind(h.ops, &Ops::openapi));
    r.get("/api/v1/csrf", bind(h.account_api, &AccountApi::csrf));
    r.post("/api/v1/sign-up", bind(h.account_api, &AccountApi::sign_up));
    r.post("/api/v1/verify", bind(h.account_api, &AccountApi::verify));
    r.post("/api/v1/sign-in", bind(h.account_api, &AccountApi::sign_in));
    r.post("/api/v1/sign-out", bind(h.account_api, &AccountApi::sign_out));
    r.get("/api/v1/me", bind(h.account_api, &AccountApi::me));

    // Operations
    r.get("/healthz", bind(h.ops, &Ops::health));
    r.get("/metrics", bind(h.ops, &Ops::metrics));
}

}  // namespace pmi::app
