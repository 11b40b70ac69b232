#pragma once
// Calls and applications in the JSON API under /api/v1/.
#include <vector>

#include "calls/call_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::calls {

class CallApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    CallApi(CallService& calls, const web::I18n& i18n) : calls_(calls), i18n_(i18n) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response start(web::Exchange& exchange);
    web::Response application(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response withdraw(web::Exchange& exchange);
    web::Response reopen(web::Exchange& exchange);

private:
    web::Response status_change(web::Exchange& exchange, Status (CallService::*change)(const Actor&, ApplicationId));
    CallService& calls_;
    const web::I18n& i18n_;
};

}  // namespace pmi::calls
