#pragma once
// Calls as the public and applicants see them: the list, a call's page, and the
// application form with its autosave, submission, withdrawal and history.
#include "calls/attachments.hpp"
#include "calls/call_service.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::calls {

class CallPages {
public:
    CallPages(CallService& calls, AttachmentService& attachments, site::SiteService& site, const web::Views& views)
        : calls_(calls), attachments_(attachments), site_(site), views_(views) {}

    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response apply(web::Exchange& exchange);
    web::Response my_applications(web::Exchange& exchange);
    web::Response application(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response withdraw(web::Exchange& exchange);
    web::Response reopen(web::Exchange& exchange);
    web::Response history(web::Exchange& exchange);
    web::Response upload(web::Exchange& exchange);
    web::Response remove_file(web::Exchange& exchange);
    web::Response download(web::Exchange& exchange);
    // The home page's OPEN_CALLS section: each open call with its deadline and time left.
    void add_open_calls(ctemplate::TemplateDictionary& body, const web::Exchange& exchange);

private:
    web::Response application_page(web::Exchange& exchange, ApplicationView view, const Answers* typed, const Error* error);
    web::Response refuse(web::Exchange& exchange, const Error& error);
    web::Response after_status_change(web::Exchange& exchange, ApplicationId id, const Status& result);

    void add_documents(ctemplate::TemplateDictionary& body, const ApplicationView& view, bool editable_now,
                       const std::vector<Error>& errors, const web::Exchange& exchange);

    CallService& calls_;
    AttachmentService& attachments_;
    site::SiteService& site_;
    const web::Views& views_;
};

// Reads the q_<code> fields of a form into answers.
Answers answers_from_form(const web::Fields& form);
ApplicationId application_id(const web::Exchange& exchange);

}  // namespace pmi::calls
