#pragma once
// The list in the office: its overview with the growth chart, subscribers and their records
// (export and erasure for admins), imports, the sender's identity; campaigns with their
// editor, preview per language, test, sending or scheduling, and report.
#include "calls/call_service.hpp"
#include "mailing/campaign_service.hpp"
#include "mailing/subscriber_admin.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::mailing {

class MailingManagePages {
public:
    MailingManagePages(SubscriberAdmin& subscribers, CampaignService& campaigns, calls::CallService& calls, site::SiteService& site,
                       const web::Views& views, std::string public_origin)
        : subscribers_(subscribers), campaigns_(campaigns), calls_(calls), site_(site), views_(views), public_origin_(std::move(public_origin)) {}

    // subscriber_pages.cpp
    web::Response overview(web::Exchange& exchange);
    web::Response subscribers(web::Exchange& exchange);
    web::Response subscriber(web::Exchange& exchange);
    web::Response export_json(web::Exchange& exchange);
    web::Response export_csv(web::Exchange& exchange);
    web::Response erase(web::Exchange& exchange);
    web::Response import_form(web::Exchange& exchange);
    web::Response import(web::Exchange& exchange);
    web::Response sender_form(web::Exchange& exchange);
    web::Response save_sender(web::Exchange& exchange);

    // campaign_pages.cpp
    web::Response campaigns(web::Exchange& exchange);
    web::Response create_campaign(web::Exchange& exchange);
    web::Response campaign(web::Exchange& exchange);
    web::Response save_campaign(web::Exchange& exchange);
    web::Response preview(web::Exchange& exchange);
    web::Response send_test(web::Exchange& exchange);
    web::Response send_now(web::Exchange& exchange);
    web::Response schedule(web::Exchange& exchange);
    web::Response cancel(web::Exchange& exchange);
    web::Response report(web::Exchange& exchange);

private:
    web::Response refuse(web::Exchange& exchange, const Error& error);
    web::Response subscriber_page(web::Exchange& exchange, SubscriberId id, const Error* error);
    web::Response import_page(web::Exchange& exchange, const web::Fields& fields, const Error* error, const ImportReport* report);
    web::Response sender_page(web::Exchange& exchange, const SenderIdentity& identity, const Error* error);
    web::Response campaigns_page(web::Exchange& exchange, const Error* error);
    web::Response campaign_page(web::Exchange& exchange, CampaignId id, const web::Fields* fields, const Error* error);
    void fill_editor(ctemplate::TemplateDictionary& draft, const Campaign& campaign, const web::Fields* fields,
                     const std::vector<Error>& errors, const web::Exchange& exchange);
    // After an action on a campaign: back to it with a notice, or its page with the error.
    web::Response after(web::Exchange& exchange, CampaignId id, const Status& result, std::string_view notice);
    std::string topic_list(const std::vector<std::string>& codes, const web::Exchange& exchange);

    SubscriberAdmin& subscribers_;
    CampaignService& campaigns_;
    calls::CallService& calls_;
    site::SiteService& site_;
    const web::Views& views_;
    std::string public_origin_;
};

}  // namespace pmi::mailing
