#pragma once
// The resource library in the JSON API under /api/v1/.
#include <vector>

#include "library/resource_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::library {

class LibraryApi {
public:
    static std::vector<web::ApiOperation> operations();

    LibraryApi(ResourceService& resources, const web::I18n& i18n) : resources_(resources), i18n_(i18n) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);

private:
    ResourceService& resources_;
    const web::I18n& i18n_;
};

}  // namespace pmi::library
