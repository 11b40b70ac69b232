#pragma once
// Workplans in the JSON API under /api/v1/: a partnership's activities and milestones with
// what is overdue, adding and changing them, and the program's overdue work for officers.
// Titles are objects by language code ({"en": "...", "fr": "..."}); dates are YYYY-MM-DD.
#include <vector>

#include "partnerships/workplan_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::partnerships {

class WorkplanApi {
public:
    // What each route of this API does, for /api/openapi.json.
    static std::vector<web::ApiOperation> operations();

    WorkplanApi(WorkplanService& workplans, const web::I18n& i18n) : workplans_(workplans), i18n_(i18n) {}
    web::Response workplan(web::Exchange& exchange);
    // Adds an activity, or changes the one in the address (:activity).
    web::Response save_activity(web::Exchange& exchange);
    web::Response save_milestone(web::Exchange& exchange);
    web::Response overdue(web::Exchange& exchange);

private:
    WorkplanService& workplans_;
    const web::I18n& i18n_;
};

}  // namespace pmi::partnerships
