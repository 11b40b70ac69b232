#pragma once
// Bulk entry in the JSON API: a filled template (CSV or XLSX, multipart field "file") for
// one partnership and period, previewed or written, answered with its problems by row and
// what it writes.
#include <vector>

#include "results/bulk_entry_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::results {

class BulkEntryApi {
public:
    static std::vector<web::ApiOperation> operations();

    BulkEntryApi(BulkEntryService& bulk, const web::I18n& i18n) : bulk_(bulk), i18n_(i18n) {}
    web::Response enter(web::Exchange& exchange);

private:
    BulkEntryService& bulk_;
    const web::I18n& i18n_;
};

}  // namespace pmi::results
