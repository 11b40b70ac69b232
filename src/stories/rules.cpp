#include "stories/rules.hpp"

#include <algorithm>
#include <array>

#include "core/code_table.hpp"
#include "core/text.hpp"
#include "core/translator.hpp"
#include "search/folding.hpp"

namespace pmi::stories {
namespace {

constexpr std::array<CodeName<StoryStatus>, 4> kStatuses{{
    {StoryStatus::Draft, "draft", N_("Draft")},
    {StoryStatus::Submitted, "submitted", N_("Waiting for approval")},
    {StoryStatus::Approved, "approved", N_("Approved, not published")},
    {StoryStatus::Published, "published", N_("Published")},
}};

constexpr std::array<CodeName<StoryDecision>, 4> kDecisions{{
    {StoryDecision::Approve, "approve", ""},
    {StoryDecision::Return, "return", ""},
    {StoryDecision::Publish, "publish", ""},
    {StoryDecision::Unpublish, "unpublish", ""},
}};

std::string joined(const std::vector<std::string>& languages)
{
    std::string list;
    for (const auto& language : languages) list += (list.empty() ? "" : ", ") + language;
    return list;
}

bool served(const std::vector<std::string>& languages, const std::string& language)
{
    return std::find(languages.begin(), languages.end(), language) != languages.end();
}

void check_text(std::vector<Error>& errors, const std::string& field, const std::string& text, std::size_t limit)
{
    if (!text::valid_utf8(text)) errors.push_back(invalid(field, "This text is not valid UTF-8; type it again."));
    else if (text.size() > limit)
        errors.push_back(invalid(field, "This text may be at most {1} bytes long; shorten it.", {std::to_string(limit)}));
}

}  // namespace

std::string_view status_code(StoryStatus status)
{
    return code_of(kStatuses, status);
}

std::optional<StoryStatus> status_from_code(std::string_view code)
{
    return value_of(kStatuses, code);
}

std::string_view status_label(StoryStatus status)
{
    return label_of(kStatuses, status);
}

std::optional<StoryDecision> decision_from_code(std::string_view code)
{
    return value_of(kDecisions, code);
}

std::vector<Error> check_story(const StoryInput& input, const std::vector<std::string>& languages)
{
    std::vector<Error> errors;
    bool titled = false;
    for (const auto& [language, title] : input.title) {
        if (!served(languages, language)) {
            errors.push_back(invalid("title_" + language, "Stories are written in the site's languages only ({1}).", {joined(languages)}));
            continue;
        }
        titled = titled || !text::trim(title).empty();
        check_text(errors, "title_" + language, title, kMaxTitleBytes);
    }
    for (const auto& [language, body] : input.body) {
        if (!served(languages, language)) continue;
        check_text(errors, "body_" + language, body, kMaxBodyBytes);
        if (!text::trim(body).empty() && (!input.title.count(language) || text::trim(input.title.at(language)).empty()))
            errors.push_back(invalid("title_" + language, "Give the story a title in the language of its text."));
    }
    if (!titled && !languages.empty()) errors.insert(errors.begin(), invalid("title_" + languages.front(), "Give the story a title in at least one language."));
    if (input.indicators.size() > kMaxIndicators)
        errors.push_back(invalid("indicators", "Link at most {1} indicators to a story.", {std::to_string(kMaxIndicators)}));
    return errors;
}

std::vector<Error> check_photo(const PhotoInput& input, const std::vector<std::string>& story_languages)
{
    std::vector<Error> errors;
    for (const auto& language : story_languages) {
        auto alt = input.alt.count(language) ? text::trim(input.alt.at(language)) : std::string();
        if (alt.empty())
            errors.push_back(invalid("alt_" + language, "Describe the photo for readers who cannot see it, in each language of the story."));
    }
    for (const auto& [language, alt] : input.alt) check_text(errors, "alt_" + language, alt, kMaxAltBytes);
    for (const auto& [language, caption] : input.caption) check_text(errors, "caption_" + language, caption, kMaxCaptionBytes);
    return errors;
}

std::optional<StoryStatus> after(StoryStatus from, StoryDecision decision)
{
    switch (decision) {
        case StoryDecision::Approve: return from == StoryStatus::Submitted ? std::optional(StoryStatus::Approved) : std::nullopt;
        case StoryDecision::Return:
            return from == StoryStatus::Submitted || from == StoryStatus::Approved ? std::optional(StoryStatus::Draft) : std::nullopt;
        case StoryDecision::Publish: return from == StoryStatus::Approved ? std::optional(StoryStatus::Published) : std::nullopt;
        case StoryDecision::Unpublish: return from == StoryStatus::Published ? std::optional(StoryStatus::Approved) : std::nullopt;
    }
    return std::nullopt;
}

std::string slug_of(std::string_view title)
{
    std::string slug;
    for (char c : search::fold(title)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
        else if (!slug.empty() && slug.back() != '-') slug += '-';
        if (slug.size() >= 60) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "story" : slug;
}

}  // namespace pmi::stories
