#include "stories/story_service.hpp"

#include <algorithm>
#include <cstdlib>

#include "audit/audit_log.hpp"
#include "core/text.hpp"
#include "files/photo.hpp"
#include "search/index_updates.hpp"
#include "stories/rules.hpp"
#include "stories/story_store.hpp"

namespace pmi::stories {
namespace {

using partnerships::Access;

Error story_not_found()
{
    return not_found("This story does not exist or is not published.");
}

LocalizedText localized(const std::map<std::string, std::string>& texts)
{
    LocalizedText text;
    for (const auto& [language, value] : texts)
        if (auto trimmed = text::trim(value); !trimmed.empty()) text.set(language, trimmed);
    return text;
}

void audit(db::Connection& connection, Seconds now, const Actor& actor, std::string_view action, const Story& story, const std::string& detail = "")
{
    audit::AuditLog(connection).record(now, actor, action, "story", story.slug, detail.empty() ? story.title.pick("en").text : detail);
}

}  // namespace

std::vector<std::string> story_languages(const Story& story)
{
    std::vector<std::string> languages;
    for (const auto& [language, title] : story.title.versions())
        if (!title.empty()) languages.push_back(language);
    return languages;
}

std::vector<Story> StoryService::published(PartnershipId partnership)
{
    auto connection = database_.acquire();
    return StoryStore(*connection).published(partnership);
}

Result<StoryView> StoryService::story(const Actor& actor, std::string_view slug)
{
    auto connection = database_.acquire();
    auto story = StoryStore(*connection).find(slug);
    if (!story) return story_not_found();
    auto visible = partnerships::find_partnership(*connection, actor, story->partnership);
    if (!visible.ok()) return story_not_found();
    if (visible->access == Access::Public && story->status != StoryStatus::Published) return story_not_found();
    auto partnership = visible->access == Access::Public ? partnerships::public_fields(std::move(visible->partnership)) : std::move(visible->partnership);
    return StoryView{std::move(*story), std::move(partnership), visible->access};
}

Result<StoryView> StoryService::for_staff(db::Connection& connection, const Actor& actor, std::string_view slug)
{
    if (!actor.signed_in()) return unauthenticated();
    auto story = StoryStore(connection).find(slug);
    if (!story) return story_not_found();
    auto visible = partnerships::find_partnership(connection, actor, story->partnership);
    if (!visible.ok()) return story_not_found();
    if (visible->access == Access::Public) {
        if (story->status != StoryStatus::Published) return story_not_found();
        return forbidden("Only the partnership's staff and program officers write its stories.");
    }
    return StoryView{std::move(*story), std::move(visible->partnership), visible->access};
}

Status StoryService::can_edit(const Actor& actor, const StoryView& view) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (view.access == Access::Public) return forbidden("Only the partnership's staff and program officers write its stories.");
    if (view.story.status != StoryStatus::Draft)
        return conflict("", "Only a draft can be changed; ask a program officer to return the story to you.");
    return Ok{};
}

Result<PartnershipStories> StoryService::of_partnership(const Actor& actor, PartnershipId partnership)
{
    auto connection = database_.acquire();
    auto visible = TRY(partnerships::find_for_members(*connection, actor, partnership, "Only the partnership's staff and program officers write its stories."));
    return PartnershipStories{std::move(visible), StoryStore(*connection).of_partnership(partnership)};
}

Result<std::vector<Story>> StoryService::awaiting_decision(const Actor& actor)
{
    TRY(may_decide(actor));
    auto connection = database_.acquire();
    return StoryStore(*connection).with_status({StoryStatus::Submitted, StoryStatus::Approved});
}

Result<std::vector<LinkedIndicator>> StoryService::indicators_of(db::Connection& connection, const std::vector<std::string>& ids)
{
    std::vector<std::int64_t> wanted;
    for (const auto& id : ids) {
        if (id.empty() || id.size() > 18 || !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return invalid("indicators", "Choose the indicators from the list of the logic model.");
        wanted.push_back(std::atoll(id.c_str()));
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const auto known = StoryStore(connection).known_indicators(wanted);
    if (known.size() != wanted.size()) return invalid("indicators", "Choose the indicators from the list of the logic model.");
    std::vector<LinkedIndicator> linked;
    for (auto id : known) linked.push_back({id, "", {}});
    return linked;
}

Status StoryService::check_input(db::Connection& connection, const StoryInput& input, Story& story)
{
    auto errors = check_story(input, languages_);
    if (!errors.empty()) return combine(std::move(errors));
    story.indicators = TRY(indicators_of(connection, input.indicators));
    story.title = localized(input.title);
    story.body = localized(input.body);
    return Ok{};
}

Result<std::string> StoryService::create(const Actor& actor, PartnershipId partnership, const StoryInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<std::string> {
        TRY(partnerships::find_for_members(*connection, actor, partnership, "Only the partnership's staff and program officers write its stories."));
        Story story;
        TRY(check_input(*connection, input, story));
        StoryStore store(*connection);
        const auto base = slug_of(story.title.pick(languages_.empty() ? "en" : languages_.front()).text);
        story.slug = base;
        for (int n = 2; store.slug_taken(story.slug); ++n) story.slug = base + "-" + std::to_string(n);
        story.partnership = partnership;
        story.author = actor.user_id;
        story.author_name = actor.name;
        story.created_at = story.updated_at = clock_.now();
        story.id = store.insert(story);
        audit(*connection, story.created_at, actor, "story.create", story);
        return story.slug;
    });
}

Status StoryService::update(const Actor& actor, std::string_view slug, const StoryInput& input)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto view = TRY(for_staff(*connection, actor, slug));
        TRY(can_edit(actor, view));
        TRY(check_input(*connection, input, view.story));
        view.story.updated_at = clock_.now();
        StoryStore(*connection).update(view.story);
        audit(*connection, view.story.updated_at, actor, "story.edit", view.story);
        return Ok{};
    });
}

Status StoryService::may_add_photo(const Actor& actor, std::string_view slug)
{
    auto connection = database_.acquire();
    auto view = TRY(for_staff(*connection, actor, slug));
    TRY(can_edit(actor, view));
    if (view.story.photos.size() >= kMaxPhotos)
        return conflict("photo", "A story may have at most 12 photos; remove one before adding another.");
    return Ok{};
}

Result<PhotoId> StoryService::add_photo(const Actor& actor, std::string_view slug, const PhotoInput& input)
{
    TRY(may_add_photo(actor, slug));
    std::vector<std::string> languages;
    {
        auto connection = database_.acquire();
        languages = story_languages(*StoryStore(*connection).find(slug));
    }
    if (auto errors = check_photo(input, languages); !errors.empty()) return combine(std::move(errors));
    // Decoded and resized with no connection held: this is the slow part.
    const auto renditions = TRY(files::photo_renditions(input.data, "photo"));
    StoryPhoto photo{PhotoId{}, 0, localized(input.alt), localized(input.caption), {}};
    for (const auto& rendition : renditions) {
        const auto stored = files_.put(rendition.jpeg);
        photo.sizes.push_back({rendition.width, rendition.height, stored.sha256, static_cast<std::int64_t>(stored.size)});
    }
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<PhotoId> {
        auto view = TRY(for_staff(*connection, actor, slug));
        TRY(can_edit(actor, view));
        if (view.story.photos.size() >= kMaxPhotos)
            return conflict("photo", "A story may have at most 12 photos; remove one before adding another.");
        const auto id = StoryStore(*connection).add_photo(view.story.id, photo);
        audit(*connection, clock_.now(), actor, "story.photo.add", view.story, "photo " + std::to_string(id.value) + " " + photo.sizes.back().sha256);
        return id;
    });
}

Status StoryService::remove_photo(const Actor& actor, std::string_view slug, PhotoId photo)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto view = TRY(for_staff(*connection, actor, slug));
        TRY(can_edit(actor, view));
        if (!StoryStore(*connection).remove_photo(view.story.id, photo)) return not_found("This photo is not part of the story.");
        audit(*connection, clock_.now(), actor, "story.photo.remove", view.story, "photo " + std::to_string(photo.value));
        return Ok{};
    });
}

Status StoryService::submit(const Actor& actor, std::string_view slug)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto view = TRY(for_staff(*connection, actor, slug));
        TRY(can_edit(actor, view));
        for (const auto& photo : view.story.photos)
            for (const auto& language : story_languages(view.story))
                if (photo.alt.get(language).empty())
                    return invalid("alt_" + language, "Describe each photo in every language of the story before submitting it.");
        view.story.status = StoryStatus::Submitted;
        view.story.return_reason.clear();
        view.story.updated_at = clock_.now();
        StoryStore(*connection).update(view.story);
        audit(*connection, view.story.updated_at, actor, "story.submit", view.story);
        return Ok{};
    });
}

Status StoryService::may_decide(const Actor& actor) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden("Only program officers approve and publish stories.");
    return Ok{};
}

Status StoryService::decide(const Actor& actor, std::string_view slug, StoryDecision decision, const std::string& reason)
{
    TRY(may_decide(actor));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto view = TRY(for_staff(*connection, actor, slug));
        auto& story = view.story;
        const auto next = after(story.status, decision);
        if (!next) return conflict("decision", "This story is not in a state that allows this; reload the page to see its state.");
        if (decision == StoryDecision::Approve && story.author == actor.user_id)
            return forbidden("The author of a story never approves it; another program officer does.");
        const auto why = text::trim(reason);
        if (decision == StoryDecision::Return && why.empty()) return invalid("reason", "Say what the authors should change before they submit it again.");
        if (why.size() > 2000) return invalid("reason", "This text may be at most {1} bytes long; shorten it.", {"2000"});
        if (decision == StoryDecision::Publish && !view.partnership.published)
            return conflict("decision", "The partnership is not shown to the public; publish the partnership before its stories.");
        const Seconds now = clock_.now();
        const bool was_published = story.status == StoryStatus::Published;
        story.status = *next;
        story.updated_at = now;
        if (decision == StoryDecision::Approve) story.approved_by = actor.name;
        if (decision == StoryDecision::Return) story.return_reason = why, story.approved_by.clear();
        if (decision == StoryDecision::Publish) story.published_at = now;
        StoryStore(*connection).update(story);
        if (decision == StoryDecision::Publish) search::keep_current(search_index_, *connection, story);
        if (was_published) search::forget(search_index_, *connection, search::Kind::Story, story.slug);
        static constexpr std::string_view kActions[] = {"story.approve", "story.return", "story.publish", "story.unpublish"};
        audit(*connection, now, actor, kActions[static_cast<int>(decision)], story, why.empty() ? "" : why);
        return Ok{};
    });
}

Result<PhotoFile> StoryService::photo_file(const Actor& actor, std::string_view slug, PhotoId photo, int width)
{
    auto view = TRY(story(actor, slug));
    for (const auto& p : view.story.photos) {
        if (p.id != photo) continue;
        for (const auto& size : p.sizes)
            if (size.width == width)
                if (auto path = files_.path_of(size.sha256)) return PhotoFile{*path, view.story.status == StoryStatus::Published};
    }
    return not_found("This photo is not part of the story.");
}

}  // namespace pmi::stories
