// The public side of stories: the list, each story's page, and its photos' renditions.
#include "stories/pages.hpp"

#include <cstdlib>

#include "partnerships/view_helpers.hpp"
#include "site/view_helpers.hpp"
#include "stories/rules.hpp"
#include "web/download.hpp"

namespace pmi::stories {
namespace {

std::string photo_path(const Story& story, const StoryPhoto& photo, const PhotoSize& size)
{
    return "/stories/" + story.slug + "/photos/" + std::to_string(photo.id.value) + "/" + std::to_string(size.width);
}

}  // namespace

StoryInput story_input(const web::Fields& form, const std::vector<std::string>& languages)
{
    StoryInput input;
    for (const auto& language : languages) {
        input.title[language] = std::string(form.get("title_" + language));
        input.body[language] = std::string(form.get("body_" + language));
    }
    for (auto id : form.all("indicator")) input.indicators.emplace_back(id);
    return input;
}

PhotoInput photo_input(const web::FormWithFile& form, const std::vector<std::string>& languages)
{
    PhotoInput input;
    for (const auto& language : languages) {
        input.alt[language] = std::string(form.fields.get("alt_" + language));
        input.caption[language] = std::string(form.fields.get("caption_" + language));
    }
    if (form.file) input.data = form.file->data;
    return input;
}

std::vector<partnerships::StoryLink> story_links(const std::vector<Story>& stories, std::string_view language)
{
    std::vector<partnerships::StoryLink> links;
    for (const auto& story : stories) {
        auto title = story.title.pick(language);
        links.push_back({title.text, title.language, "/stories/" + story.slug});
    }
    return links;
}

void add_photos(ctemplate::TemplateDictionary& dictionary, const Story& story, std::string_view language)
{
    for (const auto& photo : story.photos) {
        if (photo.sizes.empty()) continue;
        auto* row = dictionary.AddSectionDictionary("PHOTO");
        row->SetIntValue("PHOTO_ID", static_cast<long>(photo.id.value));
        const auto& largest = photo.sizes.back();
        const auto& smallest = photo.sizes.front();
        std::string srcset;
        for (const auto& size : photo.sizes) srcset += (srcset.empty() ? "" : ", ") + photo_path(story, photo, size) + " " + std::to_string(size.width) + "w";
        row->SetValue("SRC", photo_path(story, photo, photo.sizes.size() > 1 ? photo.sizes[1] : smallest));
        row->SetValue("THUMBNAIL", photo_path(story, photo, smallest));
        row->SetValue("SRCSET", srcset);
        row->SetIntValue("WIDTH", largest.width);
        row->SetIntValue("HEIGHT", largest.height);
        row->SetIntValue("THUMBNAIL_WIDTH", smallest.width);
        row->SetIntValue("THUMBNAIL_HEIGHT", smallest.height);
        const auto alt = photo.alt.pick(language);
        row->SetValue("ALT", alt.text);
        row->SetValue("ALT_LANG", alt.language);
        if (auto caption = photo.caption.pick(language); !caption.text.empty()) {
            row->SetValueAndShowSection("CAPTION", caption.text, "HAS_CAPTION");
            row->SetValue("CAPTION_LANG", caption.language);
        }
    }
}

web::Response StoryPages::list(web::Exchange& exchange)
{
    web::Page page(views_, exchange, "stories/views/stories.tpl");
    page.title(page.t("Partnership stories"));
    auto& body = page.body();
    const auto published = stories_.published();
    for (const auto& story : published) {
        auto* row = body.AddSectionDictionary("STORY");
        row->SetValue("SLUG", story.slug);
        site::set_localized(*row, "TITLE", story.title, exchange, views_.i18n);
        if (story.published_at) row->SetValue("PUBLISHED", views_.i18n.date(exchange.language, *story.published_at));
        Story first = story;
        if (first.photos.size() > 1) first.photos.resize(1);
        add_photos(*row, first, exchange.language);
    }
    if (published.empty()) body.ShowSection("NONE");
    if (exchange.actor.runs_program()) body.ShowSection("OFFICER");
    return page.render();
}

web::Response StoryPages::show(web::Exchange& exchange)
{
    auto found = stories_.story(exchange.actor, exchange.request.path_parameter("slug"));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& [story, partnership, access] = *found;
    web::Page page(views_, exchange, "stories/views/story.tpl");
    page.title(story.title.pick(exchange.language).text).updated(story.updated_at);
    auto& body = page.body();
    body.SetValue("SLUG", story.slug);
    site::set_localized(body, "TITLE", story.title, exchange, views_.i18n);
    site::set_localized(body, "BODY", story.body, exchange, views_.i18n, true);
    body.SetIntValue("PARTNERSHIP_ID", static_cast<long>(partnership.id.value));
    body.SetValue("PARTNERSHIP", partnerships::partnership_name(partnership));
    if (story.published_at) body.SetValueAndShowSection("PUBLISHED", views_.i18n.date(exchange.language, *story.published_at), "HAS_PUBLISHED");
    add_photos(body, story, exchange.language);
    for (const auto& indicator : story.indicators) {
        auto* row = body.AddSectionDictionary("INDICATOR");
        row->SetValue("CODE", indicator.code);
        row->SetValue("NAME", indicator.name.pick(exchange.language).text);
    }
    if (!story.indicators.empty()) body.ShowSection("HAS_INDICATORS");
    if (access != partnerships::Access::Public) {
        auto* state = body.AddSectionDictionary("MEMBER_VIEW");
        state->SetValue("STATUS", page.t(status_label(story.status)));
        state->SetValue("AUTHOR", story.author_name);
        if (!story.return_reason.empty()) state->SetValueAndShowSection("REASON", story.return_reason, "RETURNED");
        if (stories_.can_edit(exchange.actor, *found).ok()) state->ShowSection("CAN_EDIT");
        if (exchange.actor.runs_program() && story.status != StoryStatus::Draft) {
            auto* decisions = state->AddSectionDictionary("DECISIONS");
            for (auto decision : {StoryDecision::Approve, StoryDecision::Return, StoryDecision::Publish, StoryDecision::Unpublish}) {
                if (!after(story.status, decision)) continue;
                if (decision == StoryDecision::Approve && story.author == exchange.actor.user_id) continue;
                static constexpr std::string_view kSections[] = {"APPROVE", "RETURN", "PUBLISH", "UNPUBLISH"};
                decisions->ShowSection(std::string(kSections[static_cast<int>(decision)]));
            }
        }
    }
    return page.render();
}

web::Response StoryPages::photo(web::Exchange& exchange)
{
    const PhotoId photo{std::atoll(std::string(exchange.request.path_parameter("photo").substr(0, 18)).c_str())};
    const int width = std::atoi(std::string(exchange.request.path_parameter("width").substr(0, 6)).c_str());
    auto file = stories_.photo_file(exchange.actor, exchange.request.path_parameter("slug"), photo, width);
    if (!file.ok()) return web::error_page(views_, exchange, file.error());
    return web::inline_image(file->path, "image/jpeg", file->published ? web::Sharing::Public : web::Sharing::Private);
}

}  // namespace pmi::stories
