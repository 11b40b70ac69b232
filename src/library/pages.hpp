#pragma once
// Library pages: the public list with its facets (area, country, type, language), each
// resource's page and its file; and the office's pages: the list of every resource, the
// editor, publishing and withdrawing.
#include <map>

#include "library/resource_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::library {

class LibraryPages {
public:
    LibraryPages(ResourceService& resources, site::SiteService& site, const web::Views& views)
        : resources_(resources), site_(site), views_(views) {}

    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response download(web::Exchange& exchange);

    web::Response manage(web::Exchange& exchange);
    web::Response new_form(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response edit_form(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response publish(web::Exchange& exchange);
    web::Response withdraw(web::Exchange& exchange);

private:
    // The names of areas, countries, kinds and languages in the reader's language, by code.
    std::map<std::string, std::string> names(const web::Exchange& exchange);
    web::Response editor(web::Exchange& exchange, const web::Fields& fields, const Error* error, std::optional<ResourceId> id);
    web::Response save(web::Exchange& exchange, std::optional<ResourceId> id);
    web::Response change_status(web::Exchange& exchange, Status (ResourceService::*change)(const Actor&, ResourceId));

    ResourceService& resources_;
    site::SiteService& site_;
    const web::Views& views_;
};

// The resource id in the route's :id, or an invalid id.
ResourceId resource_id_of(const web::Exchange& exchange);
// The public list's filters from a query string; unknown values are ignored.
ResourceFilter filter_of(const web::Fields& query);

}  // namespace pmi::library
