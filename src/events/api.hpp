#pragma once
// Events in the JSON API under /api/v1/.
#include <vector>

#include "events/event_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::events {

class EventApi {
public:
    static std::vector<web::ApiOperation> operations();

    EventApi(EventService& events, const web::I18n& i18n) : events_(events), i18n_(i18n) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response register_for(web::Exchange& exchange);
    web::Response cancel_registration(web::Exchange& exchange);

private:
    EventService& events_;
    const web::I18n& i18n_;
};

}  // namespace pmi::events
