#pragma once
// The officers' page of the program envelope: cash and in-kind by fiscal year against the
// partnerships' budget lines, as a chart and a table, with a warning for each year whose
// budgets exceed the cash; the form that sets the profile; CSV and Excel exports.
#include "partnerships/envelope_service.hpp"
#include "partnerships/view_helpers.hpp"
#include "web/page.hpp"

namespace pmi::partnerships {

class EnvelopePages {
public:
    EnvelopePages(EnvelopeService& envelopes, const web::Views& views) : envelopes_(envelopes), views_(views) {}

    web::Response envelope(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response envelope_csv(web::Exchange& exchange);
    web::Response envelope_xlsx(web::Exchange& exchange);

private:
    web::Response page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response export_table(web::Exchange& exchange, const std::string& kind);

    EnvelopeService& envelopes_;
    const web::Views& views_;
};

// The comparison as the exports write it: a row per fiscal year and the totals, amounts as
// 1234.56.
Table envelope_table(const EnvelopeReport& report);

}  // namespace pmi::partnerships
