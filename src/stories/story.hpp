#pragma once
// Partnership stories: what a partnership did, told by its staff in several languages with
// photos, and linked to the indicators whose results it speaks of. Staff write a draft and
// submit it; a program officer who did not write it approves it (or returns it with a
// reason), and publishes and unpublishes it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::stories {

using StoryId = Id<struct StoryTag>;
using PhotoId = Id<struct StoryPhotoTag>;
using partnerships::PartnershipId;

enum class StoryStatus { Draft, Submitted, Approved, Published };
std::string_view status_code(StoryStatus status);  // stored: "draft", "submitted", ...
std::optional<StoryStatus> status_from_code(std::string_view code);
std::string_view status_label(StoryStatus status);  // an English message id

enum class StoryDecision { Approve, Return, Publish, Unpublish };
std::optional<StoryDecision> decision_from_code(std::string_view code);  // "approve", "return", ...

// One rendition of a photo, stored under its SHA-256.
struct PhotoSize {
    int width = 0, height = 0;
    std::string sha256;
    std::int64_t bytes = 0;
};

struct StoryPhoto {
    PhotoId id;
    int position = 0;
    LocalizedText alt, caption;
    std::vector<PhotoSize> sizes;  // narrowest first
};

struct LinkedIndicator {
    std::int64_t id = 0;
    std::string code;
    LocalizedText name;
};

struct Story {
    StoryId id;
    PartnershipId partnership;
    std::string slug;  // in addresses: /stories/<slug>
    LocalizedText title, body;  // body: Markdown
    StoryStatus status = StoryStatus::Draft;
    std::string return_reason;  // why an officer sent it back, until it is submitted again
    UserId author;
    std::string author_name, approved_by;
    Seconds created_at = 0, updated_at = 0;
    std::optional<Seconds> published_at;
    std::vector<StoryPhoto> photos;
    std::vector<LinkedIndicator> indicators;
};

// What the form and the API send: texts by language, indicator ids as text.
struct StoryInput {
    std::map<std::string, std::string> title, body;
    std::vector<std::string> indicators;
};

struct PhotoInput {
    std::map<std::string, std::string> alt, caption;
    std::string_view data;
};

inline constexpr std::size_t kMaxTitleBytes = 200;
inline constexpr std::size_t kMaxBodyBytes = 20'000;
inline constexpr std::size_t kMaxAltBytes = 300;
inline constexpr std::size_t kMaxCaptionBytes = 500;
inline constexpr std::size_t kMaxPhotos = 12;
inline constexpr std::size_t kMaxIndicators = 20;

}  // namespace pmi::stories
