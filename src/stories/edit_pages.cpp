// The working side of stories: the partnership's stories and a new draft, the editor of a
// draft and its photos, submission, the officers' decisions and their list.
#include <algorithm>
#include <cstdlib>

#include "partnerships/pages.hpp"
#include "partnerships/view_helpers.hpp"
#include "site/view_helpers.hpp"
#include "stories/pages.hpp"
#include "stories/rules.hpp"
#include "web/multipart.hpp"

namespace pmi::stories {
namespace {

std::string story_address(const web::Exchange& exchange)
{
    return "/stories/" + std::string(exchange.request.path_parameter("slug"));
}

web::Fields fields_of(const Story& story)
{
    web::Fields fields;
    for (const auto& [language, text] : story.title.versions()) fields.add("title_" + language, text);
    for (const auto& [language, text] : story.body.versions()) fields.add("body_" + language, text);
    for (const auto& indicator : story.indicators) fields.add("indicator", std::to_string(indicator.id));
    return fields;
}

void add_story_rows(ctemplate::TemplateDictionary& body, const std::vector<Story>& stories, const web::Exchange& exchange, const web::I18n& i18n)
{
    for (const auto& story : stories) {
        auto* row = body.AddSectionDictionary("STORY");
        row->SetValue("SLUG", story.slug);
        site::set_localized(*row, "TITLE", story.title, exchange, i18n);
        row->SetValue("STATUS", i18n.translate(exchange.language, status_label(story.status)));
        row->SetValue("AUTHOR", story.author_name);
        row->SetValue("UPDATED", i18n.date(exchange.language, story.updated_at));
    }
    if (stories.empty()) body.ShowSection("NONE");
}

void language_fields(ctemplate::TemplateDictionary& body, const web::Fields& fields, const web::I18n& i18n)
{
    for (const auto& language : i18n.languages()) {
        auto* row = body.AddSectionDictionary("LANGUAGE");
        row->SetValue("CODE", language.code);
        row->SetValue("NAME", language.name);
        row->SetValue("TITLE", std::string(fields.get("title_" + language.code)));
        row->SetValue("BODY", std::string(fields.get("body_" + language.code)));
    }
}

}  // namespace

web::Response StoryPages::partnership_page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    auto found = stories_.of_partnership(exchange.actor, partnerships::partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& partnership = found->partnership.partnership;
    return web::form_page(views_, exchange, "stories/views/partnership_stories.tpl", "Stories of the partnership", fields, error, [&](auto& body) {
        body.SetIntValue("PARTNERSHIP_ID", static_cast<long>(partnership.id.value));
        body.SetValue("PARTNERSHIP", partnerships::partnership_name(partnership));
        add_story_rows(body, found->stories, exchange, views_.i18n);
        language_fields(body, fields, views_.i18n);
    });
}

web::Response StoryPages::of_partnership(web::Exchange& exchange)
{
    return partnership_page(exchange, {}, nullptr);
}

web::Response StoryPages::create(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto created = stories_.create(exchange.actor, partnerships::partnership_in(exchange), story_input(form, stories_.languages()));
    if (!created.ok()) {
        if (created.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, created.error());
        return partnership_page(exchange, form, &created.error());
    }
    return web::Response::redirect("/stories/" + web::percent_encode(*created) + "/edit?notice=saved");
}

web::Response StoryPages::editor(web::Exchange& exchange, const StoryView& view, const web::Fields& fields, const Error* error)
{
    const auto& story = view.story;
    return web::form_page(views_, exchange, "stories/views/story_edit.tpl", "Edit the story", fields, error, [&](auto& body) {
        body.SetValue("SLUG", story.slug);
        body.SetIntValue("PARTNERSHIP_ID", static_cast<long>(view.partnership.id.value));
        body.SetValue("PARTNERSHIP", partnerships::partnership_name(view.partnership));
        if (!story.return_reason.empty()) body.SetValueAndShowSection("REASON", story.return_reason, "RETURNED");
        language_fields(body, fields, views_.i18n);
        const auto chosen = fields.all("indicator");
        for (const auto& indicator : results_.logic_model().indicators) {
            auto* row = body.AddSectionDictionary("INDICATOR");
            row->SetIntValue("ID", static_cast<long>(indicator.id.value));
            row->SetValue("CODE", indicator.code);
            row->SetValue("NAME", indicator.name.pick(exchange.language).text);
            if (std::find(chosen.begin(), chosen.end(), std::to_string(indicator.id.value)) != chosen.end()) row->ShowSection("CHECKED");
        }
        add_photos(body, story, exchange.language);
        if (story.photos.size() < kMaxPhotos) body.ShowSection("CAN_ADD_PHOTO");
        for (const auto& language : views_.i18n.languages()) {
            auto* row = body.AddSectionDictionary("PHOTO_LANGUAGE");
            row->SetValue("CODE", language.code);
            row->SetValue("NAME", language.name);
            row->SetValue("ALT", std::string(fields.get("alt_" + language.code)));
            row->SetValue("CAPTION", std::string(fields.get("caption_" + language.code)));
            if (error)
                for (const auto& problem : flatten(*error))
                    if (problem.field == "alt_" + language.code)
                        row->SetValueAndShowSection("ALT_ERROR", views_.i18n.error_text(exchange.language, problem), "ALT_INVALID");
        }
    });
}

web::Response StoryPages::edit_form(web::Exchange& exchange)
{
    auto found = stories_.story(exchange.actor, exchange.request.path_parameter("slug"));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    if (auto allowed = stories_.can_edit(exchange.actor, *found); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    return editor(exchange, *found, fields_of(found->story), nullptr);
}

web::Response StoryPages::after_change(web::Exchange& exchange, const Status& status, const std::string& path, const web::Fields& fields)
{
    if (status.ok()) return web::Response::redirect(path);
    if (status.error().code != ErrorCode::Invalid && status.error().code != ErrorCode::PayloadTooLarge)
        return web::refusal(views_, exchange, status.error());
    auto found = stories_.story(exchange.actor, exchange.request.path_parameter("slug"));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    web::Fields refilled = fields_of(found->story);
    for (const auto& [name, value] : fields.entries())
        if (name != "csrf_token") refilled.add(name, value);
    return editor(exchange, *found, refilled, &status.error());
}

web::Response StoryPages::update(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto slug = exchange.request.path_parameter("slug");
    auto updated = stories_.update(exchange.actor, slug, story_input(form, stories_.languages()));
    if (!updated.ok() && updated.error().code == ErrorCode::Invalid) {
        auto found = stories_.story(exchange.actor, slug);
        if (!found.ok()) return web::refusal(views_, exchange, found.error());
        return editor(exchange, *found, form, &updated.error());
    }
    return after_change(exchange, updated, story_address(exchange) + "/edit?notice=saved", form);
}

web::Response StoryPages::add_photo(web::Exchange& exchange)
{
    const auto slug = exchange.request.path_parameter("slug");
    // Who may upload is settled before the upload is read.
    if (auto allowed = stories_.may_add_photo(exchange.actor, slug); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    auto form = web::form_with_file(exchange.request, "photo");
    if (!form.ok()) return after_change(exchange, form.error(), "", {});
    const auto input = photo_input(*form, stories_.languages());
    Status added = Ok{};
    if (auto photo = stories_.add_photo(exchange.actor, slug, input); !photo.ok()) added = photo.error();
    return after_change(exchange, added, story_address(exchange) + "/edit?notice=photo-added", form->fields);
}

web::Response StoryPages::remove_photo(web::Exchange& exchange)
{
    const PhotoId photo{std::atoll(std::string(exchange.request.path_parameter("photo").substr(0, 18)).c_str())};
    return after_change(exchange, stories_.remove_photo(exchange.actor, exchange.request.path_parameter("slug"), photo),
                        story_address(exchange) + "/edit?notice=photo-removed", {});
}

web::Response StoryPages::submit(web::Exchange& exchange)
{
    return after_change(exchange, stories_.submit(exchange.actor, exchange.request.path_parameter("slug")),
                        story_address(exchange) + "?notice=story-submitted", {});
}

web::Response StoryPages::decide(web::Exchange& exchange)
{
    if (auto allowed = stories_.may_decide(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    const auto form = exchange.request.form();
    const auto decision = decision_from_code(form.get("decision"));
    if (!decision) return web::error_page(views_, exchange, invalid("decision", "Choose approve, return, publish or unpublish."));
    auto decided = stories_.decide(exchange.actor, exchange.request.path_parameter("slug"), *decision, std::string(form.get("reason")));
    if (!decided.ok()) return web::refusal(views_, exchange, decided.error());
    return web::Response::redirect(story_address(exchange) + "?notice=story-decided");
}

web::Response StoryPages::awaiting(web::Exchange& exchange)
{
    auto waiting = stories_.awaiting_decision(exchange.actor);
    if (!waiting.ok()) return web::refusal(views_, exchange, waiting.error());
    web::Page page(views_, exchange, "stories/views/awaiting.tpl");
    page.title(page.t("Stories waiting for a decision"));
    add_story_rows(page.body(), *waiting, exchange, views_.i18n);
    return page.render();
}

}  // namespace pmi::stories
