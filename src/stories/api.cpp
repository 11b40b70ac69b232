#include "stories/api.hpp"

#include "core/localized_json.hpp"
#include "partnerships/pages.hpp"
#include "stories/pages.hpp"
#include "stories/rules.hpp"
#include "web/json.hpp"
#include "web/json_texts.hpp"
#include "web/multipart.hpp"

namespace pmi::stories {
namespace {

nlohmann::json story_json(const Story& story)
{
    nlohmann::json photos = nlohmann::json::array();
    for (const auto& photo : story.photos) {
        nlohmann::json sizes = nlohmann::json::array();
        for (const auto& size : photo.sizes)
            sizes.push_back({{"width", size.width}, {"height", size.height},
                             {"url", "/stories/" + story.slug + "/photos/" + std::to_string(photo.id.value) + "/" + std::to_string(size.width)}});
        photos.push_back({{"id", photo.id.value}, {"alt", localized_json(photo.alt)}, {"caption", localized_json(photo.caption)}, {"sizes", sizes}});
    }
    nlohmann::json indicators = nlohmann::json::array();
    for (const auto& indicator : story.indicators) indicators.push_back({{"id", indicator.id}, {"code", indicator.code}});
    return {{"slug", story.slug},
            {"partnership", story.partnership.value},
            {"title", localized_json(story.title)},
            {"body", localized_json(story.body)},
            {"status", status_code(story.status)},
            {"published_at", story.published_at ? nlohmann::json(*story.published_at) : nlohmann::json()},
            {"photos", photos},
            {"indicators", indicators}};
}

Result<StoryInput> input_of(const nlohmann::json& body)
{
    StoryInput input;
    input.title = TRY(web::json_texts(body, "title"));
    input.body = TRY(web::json_texts(body, "body"));
    if (auto found = body.find("indicators"); found != body.end() && !found->is_null()) {
        if (!found->is_array() || found->size() > kMaxIndicators)
            return invalid("indicators", "The field indicators must be a list of at most {1} indicator ids.", {std::to_string(kMaxIndicators)});
        for (const auto& id : *found) {
            if (!id.is_number_integer()) return invalid("indicators", "The field indicators must be a list of at most {1} indicator ids.", {std::to_string(kMaxIndicators)});
            input.indicators.push_back(std::to_string(id.get<std::int64_t>()));
        }
    }
    return input;
}

}  // namespace

web::Response StoryApi::answer(web::Exchange& exchange, const Status& status)
{
    if (!status.ok()) return web::json_error(i18n_, exchange, status.error());
    auto found = stories_.story(exchange.actor, exchange.request.path_parameter("slug"));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    return web::json_response(200, story_json(found->story));
}

web::Response StoryApi::list(web::Exchange&)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& story : stories_.published()) list.push_back(story_json(story));
    return web::json_response(200, {{"stories", list}});
}

web::Response StoryApi::show(web::Exchange& exchange)
{
    return answer(exchange, Ok{});
}

web::Response StoryApi::create(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto input = input_of(*body);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    auto slug = stories_.create(exchange.actor, partnerships::partnership_in(exchange), *input);
    if (!slug.ok()) return web::json_error(i18n_, exchange, slug.error());
    auto found = stories_.story(exchange.actor, *slug);
    return web::json_response(201, story_json(found->story));
}

web::Response StoryApi::update(web::Exchange& exchange)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto input = input_of(*body);
    if (!input.ok()) return web::json_error(i18n_, exchange, input.error());
    return answer(exchange, stories_.update(exchange.actor, exchange.request.path_parameter("slug"), *input));
}

web::Response StoryApi::add_photo(web::Exchange& exchange)
{
    const auto slug = exchange.request.path_parameter("slug");
    if (auto allowed = stories_.may_add_photo(exchange.actor, slug); !allowed.ok()) return web::json_error(i18n_, exchange, allowed.error());
    auto form = web::form_with_file(exchange.request, "photo");
    if (!form.ok()) return web::json_error(i18n_, exchange, form.error());
    const auto input = photo_input(*form, stories_.languages());
    auto photo = stories_.add_photo(exchange.actor, slug, input);
    if (!photo.ok()) return web::json_error(i18n_, exchange, photo.error());
    auto found = stories_.story(exchange.actor, slug);
    return web::json_response(201, story_json(found->story));
}

web::Response StoryApi::submit(web::Exchange& exchange)
{
    return answer(exchange, stories_.submit(exchange.actor, exchange.request.path_parameter("slug")));
}

web::Response StoryApi::decide(web::Exchange& exchange)
{
    if (auto allowed = stories_.may_decide(exchange.actor); !allowed.ok()) return web::json_error(i18n_, exchange, allowed.error());
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n_, exchange, body.error());
    auto code = web::json_string(*body, "decision");
    if (!code.ok()) return web::json_error(i18n_, exchange, code.error());
    auto reason = web::json_string(*body, "reason");
    if (!reason.ok()) return web::json_error(i18n_, exchange, reason.error());
    const auto decision = decision_from_code(*code);
    if (!decision) return web::json_error(i18n_, exchange, invalid("decision", "Choose approve, return, publish or unpublish."));
    return answer(exchange, stories_.decide(exchange.actor, exchange.request.path_parameter("slug"), *decision, *reason));
}

std::vector<web::ApiOperation> StoryApi::operations()
{
    using web::Method;
    const std::vector<web::ApiField> texts = {{"title", "object", "The title by language code; at least one"},
                                              {"body", "object", "The story in Markdown by language code; each with a title", false},
                                              {"indicators", "array", "Ids of logic-model indicators whose results the story tells of", false}};
    return {
        {Method::Get, "/api/v1/stories", "Published stories of published partnerships, newest first, with their photos' sizes", {}, {},
         {{200, "{stories: [...]}"}}},
        {Method::Get, "/api/v1/stories/:slug", "One story: published for everyone, in any state for its partnership's staff and officers", {}, {},
         {{200, "The story"}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/stories", "Staff and officers: start a draft", texts, {}, {{201, "The story"}, {400, ""}, {403, ""}}},
        {Method::Post, "/api/v1/stories/:slug", "Staff and officers: change a draft", texts, {}, {{200, "The story"}, {409, "Not a draft"}}},
        {Method::Post, "/api/v1/stories/:slug/photos",
         "Staff and officers: add a photo to a draft (multipart/form-data: photo, alt_<language> for every language of the story,"
         " caption_<language>); JPEG, PNG or WebP of at most 10 MB and 40 megapixels, kept as resized copies without metadata",
         {}, {}, {{201, "The story"}, {400, ""}, {413, ""}}},
        {Method::Post, "/api/v1/stories/:slug/submit", "Staff and officers: send a draft for approval", {}, {}, {{200, "The story"}, {409, ""}}},
        {Method::Post, "/api/v1/stories/:slug/decision",
         "Officers: approve (never one's own story), return (with a reason), publish or unpublish",
         {{"decision", "string", "approve, return, publish or unpublish"}, {"reason", "string", "Why it is returned", false}}, {},
         {{200, "The story"}, {403, ""}, {409, "Not allowed in its state"}}},
    };
}

}  // namespace pmi::stories
