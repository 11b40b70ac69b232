#pragma once
// IATI pages: officers review the activity file's problems before publishing it (/iati);
// the published file is public at /iati/activities.xml; officers import files published
// elsewhere (/iati/import).
#include "iati/activity_import.hpp"
#include "iati/iati_service.hpp"
#include "web/page.hpp"

namespace pmi::iati {

class IatiPages {
public:
    IatiPages(IatiService& iati, ActivityImport& import, const web::Views& views) : iati_(iati), import_(import), views_(views) {}

    web::Response review(web::Exchange& exchange);
    web::Response publish(web::Exchange& exchange);
    web::Response problems_csv(web::Exchange& exchange);
    // The published file, with its entity tag; 404 before the first publication.
    web::Response activities(web::Exchange& exchange);
    // Officers upload an activity file published elsewhere and see what was imported.
    web::Response import_form(web::Exchange& exchange);
    web::Response import_file(web::Exchange& exchange);

private:
    web::Response review_page(web::Exchange& exchange, const Error* error);
    web::Response import_page(web::Exchange& exchange, const Error* error, const ImportReport* report);

    IatiService& iati_;
    ActivityImport& import_;
    const web::Views& views_;
};

}  // namespace pmi::iati
