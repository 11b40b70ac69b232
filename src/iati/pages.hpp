#pragma once
// IATI pages: officers review the activity file's problems before publishing it (/iati);
// the published file is public at /iati/activities.xml.
#include "iati/iati_service.hpp"
#include "web/page.hpp"

namespace pmi::iati {

class IatiPages {
public:
    IatiPages(IatiService& iati, const web::Views& views) : iati_(iati), views_(views) {}

    web::Response review(web::Exchange& exchange);
    web::Response publish(web::Exchange& exchange);
    web::Response problems_csv(web::Exchange& exchange);
    // The published file, with its entity tag; 404 before the first publication.
    web::Response activities(web::Exchange& exchange);

private:
    web::Response review_page(web::Exchange& exchange, const Error* error);

    IatiService& iati_;
    const web::Views& views_;
};

}  // namespace pmi::iati
