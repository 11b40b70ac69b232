#pragma once
// Partnership stories in the JSON API under /api/v1/.
#include <vector>

#include "stories/story_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::stories {

class StoryApi {
public:
    static std::vector<web::ApiOperation> operations();

    StoryApi(StoryService& stories, const web::I18n& i18n) : stories_(stories), i18n_(i18n) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response add_photo(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);

private:
    web::Response answer(web::Exchange& exchange, const Status& status);

    StoryService& stories_;
    const web::I18n& i18n_;
};

}  // namespace pmi::stories
