#pragma once
// Results pages: the logic model as a diagram (public: statements only); the PMF table with
// its chart, filters, print layout and exports; a partnership's reporting page (values per
// indicator, period and cell, their status, officers' decisions); the dashboard and the
// approved values behind each of its figures; the officers' pages that keep the logic
// model, indicators and reporting periods.
#include "results/evidence.hpp"
#include "results/measurement_service.hpp"
#include "results/pmf.hpp"
#include "results/results_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::results {

class ResultPages {
public:
    ResultPages(ResultsService& results, MeasurementService& measurements, EvidenceService& evidence, PmfService& pmfs, site::SiteService& site,
                const web::Views& views)
        : results_(results), measurements_(measurements), evidence_(evidence), pmfs_(pmfs), site_(site), views_(views) {}

    web::Response logic_model(web::Exchange& exchange);
    web::Response pmf(web::Exchange& exchange);
    web::Response pmf_csv(web::Exchange& exchange);
    web::Response pmf_xlsx(web::Exchange& exchange);
    web::Response dashboard(web::Exchange& exchange);
    web::Response figure_sources(web::Exchange& exchange);

    web::Response partnership_results(web::Exchange& exchange);
    web::Response save_measurement(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);
    web::Response upload_evidence(web::Exchange& exchange);
    web::Response evidence_file(web::Exchange& exchange);

    web::Response manage(web::Exchange& exchange);
    web::Response save_node(web::Exchange& exchange);
    web::Response save_indicator(web::Exchange& exchange);
    web::Response periods(web::Exchange& exchange);
    web::Response generate_periods(web::Exchange& exchange);
    web::Response lock_period(web::Exchange& exchange);

private:
    web::Response pmf_export(web::Exchange& exchange, const std::string& kind);
    web::Response reporting_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response manage_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    void filter_options(ctemplate::TemplateDictionary& body, const web::Exchange& exchange, const PmfFilter& filter);

    ResultsService& results_;
    MeasurementService& measurements_;
    EvidenceService& evidence_;
    PmfService& pmfs_;
    site::SiteService& site_;
    const web::Views& views_;
};

// The filter in the address (?country=BF&area=inclusive-led&partnership=3).
PmfFilter filter_in(const web::Fields& query);

}  // namespace pmi::results
