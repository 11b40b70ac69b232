#pragma once
// Bulk entry pages of a partnership's results: the template of a period to download (CSV
// or Excel), the upload of a filled template with the choice of adding or replacing, the
// preview of what it would write with every problem by row, and its confirmation. The
// uploaded file is kept by its SHA-256 between the preview and the confirmation.
#include "files/file_store.hpp"
#include "results/bulk_entry_service.hpp"
#include "results/measurement_service.hpp"
#include "web/page.hpp"

namespace pmi::results {

// The body of a bulk entry upload: the template's size limit and room for the form's fields.
inline constexpr std::size_t kMostBulkUploadBytes = kBulkLimits.most_bytes + 64 * 1024;

class BulkEntryPages {
public:
    BulkEntryPages(BulkEntryService& bulk, MeasurementService& measurements, files::FileStore& files, const web::Views& views)
        : bulk_(bulk), measurements_(measurements), files_(files), views_(views) {}

    web::Response form(web::Exchange& exchange);
    web::Response template_csv(web::Exchange& exchange);
    web::Response template_xlsx(web::Exchange& exchange);
    web::Response upload(web::Exchange& exchange);

private:
    web::Response page(web::Exchange& exchange, const web::Fields& fields, const Error* error, const BulkOutcome* outcome, const std::string& kept_file);
    web::Response template_download(web::Exchange& exchange, const std::string& kind);

    BulkEntryService& bulk_;
    MeasurementService& measurements_;
    files::FileStore& files_;
    const web::Views& views_;
};

// "?period=12" or the form's field: the period's id, invalid when absent or malformed.
PeriodId period_in(std::string_view text);
// The mode a form or an address names: "replace", else add.
BulkMode mode_in(std::string_view text);

}  // namespace pmi::results
