#pragma once
// Site search in the JSON API: GET /api/v1/search.
#include <vector>

#include "search/search_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::search {

class SearchApi {
public:
    static std::vector<web::ApiOperation> operations();

    SearchApi(SearchService& search, const web::I18n& i18n) : search_(search), i18n_(i18n) {}
    web::Response search(web::Exchange& exchange);

private:
    SearchService& search_;
    const web::I18n& i18n_;
};

}  // namespace pmi::search
