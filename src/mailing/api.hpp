#pragma once
// The list in the JSON API under /api/v1/mailing/: subscribing (the same double opt-in as
// the form), campaigns and their reports for program officers, a subscriber's whole record
// for admins.
#include <vector>

#include "mailing/campaign_service.hpp"
#include "mailing/subscriber_admin.hpp"
#include "mailing/subscription_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::mailing {

class MailingApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    MailingApi(SubscriptionService& subscriptions, CampaignService& campaigns, SubscriberAdmin& subscribers, const web::I18n& i18n)
        : subscriptions_(subscriptions), campaigns_(campaigns), subscribers_(subscribers), i18n_(i18n) {}

    web::Response subscribe(web::Exchange& exchange);
    web::Response campaigns(web::Exchange& exchange);
    web::Response campaign(web::Exchange& exchange);
    web::Response subscriber(web::Exchange& exchange);

private:
    SubscriptionService& subscriptions_;
    CampaignService& campaigns_;
    SubscriberAdmin& subscribers_;
    const web::I18n& i18n_;
};

}  // namespace pmi::mailing
