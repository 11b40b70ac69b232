#pragma once
// IATI in the JSON API under /api/v1/iati: officers read the problems of the activity file as
// it would be published now, publish it, and import a file published elsewhere. The
// published file itself is /iati/activities.xml.
#include <vector>

#include "iati/activity_import.hpp"
#include "iati/iati_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::iati {

class IatiApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    IatiApi(IatiService& iati, ActivityImport& import, const web::I18n& i18n) : iati_(iati), import_(import), i18n_(i18n) {}
    web::Response problems(web::Exchange& exchange);
    web::Response publish(web::Exchange& exchange);
    // The request body is the activity file itself.
    web::Response import(web::Exchange& exchange);

private:
    IatiService& iati_;
    ActivityImport& import_;
    const web::I18n& i18n_;
};

}  // namespace pmi::iati
