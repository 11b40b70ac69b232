#pragma once
// The search page: /search?q=…, results grouped by kind, or one kind page by page.
#include "search/search_service.hpp"
#include "web/page.hpp"

namespace pmi::search {

// The request a page or API call makes from its query string (q, kind, page).
SearchRequest search_request(const web::Exchange& exchange);

class SearchPages {
public:
    SearchPages(SearchService& search, const web::Views& views) : search_(search), views_(views) {}
    web::Response search(web::Exchange& exchange);

private:
    SearchService& search_;
    const web::Views& views_;
};

}  // namespace pmi::search
