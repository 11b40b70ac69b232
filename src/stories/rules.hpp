#pragma once
// The pure rules of stories: codes of their states and decisions, what a story and a photo's
// texts must hold, which decision each state allows, and the address a title gives.
#include <string>
#include <vector>

#include "core/error.hpp"
#include "stories/story.hpp"

namespace pmi::stories {

// The problems of a story's texts, each naming its field ("title_<language>",
// "body_<language>", "indicators"): a title in at least `languages.front()` or another
// language, each text within its size, valid UTF-8, and only languages the site serves.
std::vector<Error> check_story(const StoryInput& input, const std::vector<std::string>& languages);

// The problems of a photo's texts: alt text in every language of `story_languages` (those
// with a title), within their sizes.
std::vector<Error> check_photo(const PhotoInput& input, const std::vector<std::string>& story_languages);

// The state a decision leads to from `from`; nothing when it does not apply there.
std::optional<StoryStatus> after(StoryStatus from, StoryDecision decision);

// Lowercase ASCII letters, digits and hyphens from `title`, at most 60 bytes; "story" when
// nothing is left.
std::string slug_of(std::string_view title);

}  // namespace pmi::stories
