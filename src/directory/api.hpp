#pragma once
// The partner directory in the JSON API under /api/v1/.
#include <vector>

#include "directory/directory_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::directory {

class DirectoryApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    DirectoryApi(DirectoryService& directory, const web::I18n& i18n) : directory_(directory), i18n_(i18n) {}
    web::Response partners(web::Exchange& exchange);
    web::Response partner(web::Exchange& exchange);
    web::Response teams(web::Exchange& exchange);

private:
    DirectoryService& directory_;
    const web::I18n& i18n_;
};

}  // namespace pmi::directory
