#pragma once
// Program officers' pages for calls: the list, the call editor (details, dates in a time
// zone, rubric and form) and the applications a call received.
#include "calls/call_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::calls {

class CallManagePages {
public:
    CallManagePages(CallService& calls, site::SiteService& site, const web::Views& views)
        : calls_(calls), site_(site), views_(views) {}

    web::Response index(web::Exchange& exchange);
    web::Response new_form(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response edit_form(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response applications(web::Exchange& exchange);

private:
    web::Response editor(web::Exchange& exchange, const Call& call, const web::Fields& dates, const Error* error);
    web::Response save(web::Exchange& exchange, CallId id);
    web::Response refuse(web::Exchange& exchange, const Error& error);

    CallService& calls_;
    site::SiteService& site_;
    const web::Views& views_;
};

// The call a filled-in editor form describes; dates that do not parse are reported in
// `errors` (the rest of the call is still read, to show the form again).
Call call_from_form(const web::Fields& form, const web::I18n& i18n, CallId id, std::vector<Error>& errors);

}  // namespace pmi::calls
