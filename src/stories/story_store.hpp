#pragma once
// SQL for stories, their photos (with one row per rendition) and their indicators.
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "stories/story.hpp"

namespace pmi::stories {

class StoryStore {
public:
    explicit StoryStore(db::Connection& connection) : connection_(connection) {}

    // With photos and indicators.
    std::optional<Story> find(std::string_view slug);
    // Published stories of published partnerships, newest first, with photos; of one
    // partnership when `partnership` is valid.
    std::vector<Story> published(PartnershipId partnership = {}, int limit = 200);
    // Every story of the partnership, newest first, without photos or indicators.
    std::vector<Story> of_partnership(PartnershipId partnership);
    // Stories in one of `statuses`, oldest change first, without photos or indicators.
    std::vector<Story> with_status(const std::vector<StoryStatus>& statuses);

    bool slug_taken(std::string_view slug);
    StoryId insert(const Story& story);
    // Writes the texts, the status, the reason, the approver, the dates and the indicators.
    void update(const Story& story);

    PhotoId add_photo(StoryId story, const StoryPhoto& photo);
    bool remove_photo(StoryId story, PhotoId photo);
    // Ids of the known indicators among `ids`.
    std::vector<std::int64_t> known_indicators(const std::vector<std::int64_t>& ids);

private:
    std::vector<Story> read_all(const std::string& sql, const db::Parameters& parameters);
    void load_photos(std::vector<Story>& stories);
    void load_indicators(Story& story);

    db::Connection& connection_;
};

}  // namespace pmi::stories
