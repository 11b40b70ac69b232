#pragma once
// The map: the program's countries in one panel per region, each partnership the reader may
// see as a mark in its country, coloured by its first programming area, and the same
// partnerships as a list beside it for keyboard and screen-reader users.
#include "partnerships/partnership_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::map {

class MapPages {
public:
    MapPages(partnerships::PartnershipService& partnerships, site::SiteService& site, const web::Views& views)
        : partnerships_(partnerships), site_(site), views_(views) {}

    web::Response show(web::Exchange& exchange);

private:
    partnerships::PartnershipService& partnerships_;
    site::SiteService& site_;
    const web::Views& views_;
};

}  // namespace pmi::map
