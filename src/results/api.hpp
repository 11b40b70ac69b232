#pragma once
// Results in the JSON API under /api/v1/: the logic model with its indicators, the PMF, a
// partnership's reported values, reporting values and deciding on them. Figures are
// strings with a point ("12.5"), exact to four decimals, never floating-point numbers.
#include <vector>

#include "results/measurement_service.hpp"
#include "results/pmf.hpp"
#include "results/results_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::results {

class ResultsApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    ResultsApi(ResultsService& results, MeasurementService& measurements, PmfService& pmfs, const web::I18n& i18n)
        : results_(results), measurements_(measurements), pmfs_(pmfs), i18n_(i18n) {}
    web::Response logic_model(web::Exchange& exchange);
    web::Response pmf(web::Exchange& exchange);
    web::Response partnership_results(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);

private:
    ResultsService& results_;
    MeasurementService& measurements_;
    PmfService& pmfs_;
    const web::I18n& i18n_;
};

}  // namespace pmi::results
