#pragma once
// The map: the program's countries in one panel per region, each partnership the reader may
// see as a mark in its country, coloured by its first programming area, each network
// organisation as a diamond at its seat (when it has coordinates) or its country, and the same
// partnerships and networks as lists beside it for keyboard and screen-reader users.
#include "networks/network_service.hpp"
#include "partnerships/partnership_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::map {

class MapPages {
public:
    MapPages(partnerships::PartnershipService& partnerships, networks::NetworkService& networks, site::SiteService& site, const web::Views& views)
        : partnerships_(partnerships), networks_(networks), site_(site), views_(views) {}

    web::Response show(web::Exchange& exchange);

private:
    partnerships::PartnershipService& partnerships_;
    networks::NetworkService& networks_;
    site::SiteService& site_;
    const web::Views& views_;
};

}  // namespace pmi::map
