#pragma once
// Matching pages for program officers: settings and runs, one run with its explanations,
// pinned and forbidden pairs, the comparison of two runs, and accepting a run.
#include "calls/call_service.hpp"
#include "matching/matching_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::matching {

class RunPages {
public:
    RunPages(MatchingService& matching, calls::CallService& calls, site::SiteService& site, const web::Views& views)
        : matching_(matching), calls_(calls), site_(site), views_(views) {}

    web::Response overview(web::Exchange& exchange);
    web::Response start(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response rerun(web::Exchange& exchange);      // the current directory and rules, this run's settings
    web::Response reproduce(web::Exchange& exchange);  // this run's saved inputs
    web::Response accept(web::Exchange& exchange);
    web::Response set_rule(web::Exchange& exchange);
    web::Response remove_rule(web::Exchange& exchange);
    web::Response compare(web::Exchange& exchange);

private:
    web::Response overview_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response after(web::Exchange& exchange, const Result<RunId>& run, const web::Fields& fields);
    std::string country_name(const web::Exchange& exchange, std::string_view code);

    MatchingService& matching_;
    calls::CallService& calls_;
    site::SiteService& site_;
    const web::Views& views_;
};

}  // namespace pmi::matching
