#pragma once
// The program envelope in the JSON API: officers read it against the budgets by fiscal year
// and replace it, and read the dashboard by country, programming area and partnership. Amounts are strings with two decimals and integers of cents.
#include <vector>

#include "partnerships/envelope_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::partnerships {

class EnvelopeApi {
public:
    static std::vector<web::ApiOperation> operations();

    EnvelopeApi(EnvelopeService& envelopes, const web::I18n& i18n) : envelopes_(envelopes), i18n_(i18n) {}
    web::Response envelope(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response dashboard(web::Exchange& exchange);

private:
    EnvelopeService& envelopes_;
    const web::I18n& i18n_;
};

}  // namespace pmi::partnerships
