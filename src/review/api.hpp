#pragma once
// Review in the JSON API under /api/v1/.
#include <vector>

#include "calls/call_service.hpp"
#include "review/review_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::review {

class ReviewApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    ReviewApi(ReviewService& reviews, calls::CallService& calls, const web::I18n& i18n)
        : reviews_(reviews), calls_(calls), i18n_(i18n) {}

    web::Response mine(web::Exchange& exchange);
    web::Response sheet(web::Exchange& exchange);
    web::Response scores(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response conflict(web::Exchange& exchange);
    web::Response set_reviewer(web::Exchange& exchange);
    web::Response assign(web::Exchange& exchange);
    web::Response assignments(web::Exchange& exchange);
    web::Response ranking(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);
    web::Response release(web::Exchange& exchange);
    web::Response reviewers(web::Exchange& exchange);
    web::Response pin(web::Exchange& exchange);
    web::Response unassign(web::Exchange& exchange);

private:
    Result<CallId> call_id(const web::Exchange& exchange);
    // pin and unassign: {application_id, reviewer_id}
    web::Response change_pair(web::Exchange& exchange, Status (ReviewService::*change)(const Actor&, ApplicationId, UserId));
    ReviewService& reviews_;
    calls::CallService& calls_;
    const web::I18n& i18n_;
};

}  // namespace pmi::review
