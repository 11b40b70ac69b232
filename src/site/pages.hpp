#pragma once
// The public pages: home, countries, programming areas, news, content pages, contact.
#include <functional>

#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::site {

// Another module's contribution to the home page (open calls, for instance).
using HomeSection = std::function<void(ctemplate::TemplateDictionary& body, const web::Exchange& exchange)>;

class SitePages {
public:
    SitePages(SiteService& service, const web::Views& views, std::vector<HomeSection> home_sections = {})
        : service_(service), views_(views), home_sections_(std::move(home_sections)) {}

    web::Response home(web::Exchange& exchange);
    web::Response countries(web::Exchange& exchange);
    web::Response country(web::Exchange& exchange);
    web::Response areas(web::Exchange& exchange);
    web::Response area(web::Exchange& exchange);
    web::Response news(web::Exchange& exchange);
    web::Response news_post(web::Exchange& exchange);
    web::Response page(web::Exchange& exchange);
    web::Response contact(web::Exchange& exchange);

private:
    void add_news(ctemplate::TemplateDictionary& dictionary, const std::vector<NewsPost>& posts,
                  const web::Exchange& exchange) const;
    void add_funding_figures(ctemplate::TemplateDictionary& dictionary, const Program& program,
                             const web::Exchange& exchange) const;

    SiteService& service_;
    const web::Views& views_;
    std::vector<HomeSection> home_sections_;
};

}  // namespace pmi::site
