#pragma once
// Calls and applications in the JSON API under /api/v1/.
#include <vector>

#include "calls/attachments.hpp"
#include "calls/call_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::calls {

class CallApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    CallApi(CallService& calls, AttachmentService& attachments, const web::I18n& i18n)
        : calls_(calls), attachments_(attachments), i18n_(i18n) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response start(web::Exchange& exchange);
    web::Response application(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response withdraw(web::Exchange& exchange);
    web::Response reopen(web::Exchange& exchange);
    // Officers
    web::Response create(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response applications(web::Exchange& exchange);
    // The application's history and files
    web::Response history(web::Exchange& exchange);
    web::Response files(web::Exchange& exchange);
    web::Response upload(web::Exchange& exchange);
    web::Response remove_file(web::Exchange& exchange);

private:
    web::Response status_change(web::Exchange& exchange, Status (CallService::*change)(const Actor&, ApplicationId));
    CallService& calls_;
    AttachmentService& attachments_;
    const web::I18n& i18n_;
};

}  // namespace pmi::calls
