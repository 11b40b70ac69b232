#pragma once
// Program officers' pages for editing content pages and news posts.
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::site {

class ManagePages {
public:
    ManagePages(SiteService& service, const web::Views& views) : service_(service), views_(views) {}

    web::Response index(web::Exchange& exchange);
    web::Response page_form(web::Exchange& exchange);
    web::Response save_page(web::Exchange& exchange);
    web::Response new_news_form(web::Exchange& exchange);
    web::Response create_news(web::Exchange& exchange);
    web::Response news_form(web::Exchange& exchange);
    web::Response update_news(web::Exchange& exchange);

private:
    web::Response page_editor(web::Exchange& exchange, const std::string& slug, const PageEdit& edit, const Error* error);
    web::Response news_editor(web::Exchange& exchange, const std::string& action, const NewsEdit& edit,
                              const Error* error);

    SiteService& service_;
    const web::Views& views_;
};

}  // namespace pmi::site
