#pragma once
// Review pages: reviewers' list and score sheet; the officer's reviewers, assignment,
// ranking (table, chart, CSV and XLSX) and decisions.
#include "calls/call_service.hpp"
#include "review/review_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::review {

class ReviewPages {
public:
    ReviewPages(ReviewService& reviews, calls::CallService& calls, site::SiteService& site, const web::Views& views)
        : reviews_(reviews), calls_(calls), site_(site), views_(views) {}

    web::Response my_reviews(web::Exchange& exchange);
    web::Response sheet(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response conflict(web::Exchange& exchange);

    web::Response overview(web::Exchange& exchange);
    web::Response set_reviewer(web::Exchange& exchange);
    web::Response assign(web::Exchange& exchange);
    web::Response pin(web::Exchange& exchange);
    web::Response unassign(web::Exchange& exchange);
    web::Response ranking(web::Exchange& exchange);
    web::Response ranking_csv(web::Exchange& exchange);
    web::Response ranking_xlsx(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);
    web::Response release(web::Exchange& exchange);

private:
    web::Response sheet_page(web::Exchange& exchange, calls::ApplicationId id, const Error* error);
    web::Response overview_page(web::Exchange& exchange, CallId call, const Error* error);
    web::Response ranking_page(web::Exchange& exchange, CallId call, const Error* error);
    web::Response refuse(web::Exchange& exchange, const Error& error);

    ReviewService& reviews_;
    calls::CallService& calls_;
    site::SiteService& site_;
    const web::Views& views_;
};

// The ranking as CSV (RFC 4180) and as an XLSX workbook.
std::string ranking_to_csv(const std::vector<RankedApplication>& ranking);
std::string ranking_to_xlsx(const std::vector<RankedApplication>& ranking, const std::string& sheet_title);

}  // namespace pmi::review
