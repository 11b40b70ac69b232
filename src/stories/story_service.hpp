#pragma once
// Use cases of partnership stories. The public reads published stories of published
// partnerships. The partnership's staff and program officers write drafts, add photos and
// submit them; only a program officer approves (never the story's author), returns with a
// reason, publishes and unpublishes. Publishing puts the story in the site search;
// unpublishing takes it out.
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"
#include "partnerships/access.hpp"
#include "search/search_index.hpp"
#include "stories/story.hpp"

namespace pmi::stories {

// A story with its partnership and what the actor may do with it.
struct StoryView {
    Story story;
    partnerships::Partnership partnership;
    partnerships::Access access = partnerships::Access::Public;
};

struct PhotoFile {
    std::string path;
    bool published = false;  // anyone may read it, and keep it
};

struct PartnershipStories {
    partnerships::Visible partnership;
    std::vector<Story> stories;
};

class StoryService {
public:
    StoryService(db::Database& database, const Clock& clock, files::FileStore& files, std::vector<std::string> languages,
                 const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), files_(files), languages_(std::move(languages)), search_index_(search_index) {}

    // Published stories of published partnerships, newest first; of one when it is valid.
    std::vector<Story> published(PartnershipId partnership = {});
    // Anyone reads a published story; its partnership's staff and officers read it in any
    // state. Not found for everyone else, who may not learn that a draft exists.
    Result<StoryView> story(const Actor& actor, std::string_view slug);
    // Every story of the partnership: its staff and officers (unauthenticated, forbidden or
    // not found for the others, as for the partnership's other work).
    Result<PartnershipStories> of_partnership(const Actor& actor, PartnershipId partnership);
    // Stories waiting for an officer: submitted, or approved and not published. Officers only.
    Result<std::vector<Story>> awaiting_decision(const Actor& actor);

    // A new draft by the partnership's staff or an officer; returns its slug. Fails on the
    // texts' fields and on "indicators" when one is not in the logic model.
    Result<std::string> create(const Actor& actor, PartnershipId partnership, const StoryInput& input);
    // Changes a draft's texts and indicators; a conflict once it is submitted.
    Status update(const Actor& actor, std::string_view slug, const StoryInput& input);
    // Whether the actor may add a photo to the story now, before the upload is read.
    Status may_add_photo(const Actor& actor, std::string_view slug);
    // Checks the alt texts, then the file (see files::photo_renditions), and keeps the
    // renditions only. Fails on "photo" for a refused file, on "alt_<language>" for a
    // missing description, and with a conflict beyond kMaxPhotos or once submitted.
    Result<PhotoId> add_photo(const Actor& actor, std::string_view slug, const PhotoInput& input);
    Status remove_photo(const Actor& actor, std::string_view slug, PhotoId photo);
    // Sends a draft to the program officers; fails when a photo lacks alt text in one of
    // the story's languages.
    Status submit(const Actor& actor, std::string_view slug);
    // Officers only. Approve: a submitted story, by an officer who is not its author.
    // Return (with a reason): a submitted or approved story goes back to draft. Publish: an
    // approved story of a published partnership. Unpublish: back to approved.
    Status may_decide(const Actor& actor) const;
    Status decide(const Actor& actor, std::string_view slug, StoryDecision decision, const std::string& reason);
    // The path of a photo's rendition of `width`, for whoever may read the story.
    Result<PhotoFile> photo_file(const Actor& actor, std::string_view slug, PhotoId photo, int width);

    // Staff and officers, while the story is a draft.
    Status can_edit(const Actor& actor, const StoryView& view) const;
    const std::vector<std::string>& languages() const { return languages_; }

private:
    Result<StoryView> for_staff(db::Connection& connection, const Actor& actor, std::string_view slug);
    Result<std::vector<LinkedIndicator>> indicators_of(db::Connection& connection, const std::vector<std::string>& ids);
    Status check_input(db::Connection& connection, const StoryInput& input, Story& story);
    void index(db::Connection& connection, const Story& story);

    db::Database& database_;
    const Clock& clock_;
    files::FileStore& files_;
    std::vector<std::string> languages_;
    const search::SearchIndex* search_index_;
};

// The languages in which the story has a title.
std::vector<std::string> story_languages(const Story& story);

}  // namespace pmi::stories
