#pragma once
// Story pages: the public list and page of each story (photos offered at each rendition's
// width), the partnership's stories for its staff, the editor of a draft with its photos,
// and the officers' list of stories waiting for a decision.
#include "partnerships/pages.hpp"
#include "results/results_service.hpp"
#include "stories/story_service.hpp"
#include "web/multipart.hpp"
#include "web/page.hpp"

namespace pmi::stories {

class StoryPages {
public:
    StoryPages(StoryService& stories, results::ResultsService& results, const web::Views& views)
        : stories_(stories), results_(results), views_(views) {}

    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response photo(web::Exchange& exchange);

    web::Response of_partnership(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response edit_form(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response add_photo(web::Exchange& exchange);
    web::Response remove_photo(web::Exchange& exchange);
    web::Response submit(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);
    web::Response awaiting(web::Exchange& exchange);

private:
    web::Response partnership_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response editor(web::Exchange& exchange, const StoryView& view, const web::Fields& fields, const Error* error);
    // After a change: back to `path` with a notice, or the editor showing the error.
    web::Response after_change(web::Exchange& exchange, const Status& status, const std::string& path, const web::Fields& fields);

    StoryService& stories_;
    results::ResultsService& results_;
    const web::Views& views_;
};

// The texts of the story form (title_<language>, body_<language>, indicator) as the
// service takes them.
StoryInput story_input(const web::Fields& form, const std::vector<std::string>& languages);
// The photo of an upload form (photo, alt_<language>, caption_<language>), pointing into
// the request's body.
PhotoInput photo_input(const web::FormWithFile& form, const std::vector<std::string>& languages);
// The stories as a partnership's page links to them, in `language` (or its fallback).
std::vector<partnerships::StoryLink> story_links(const std::vector<Story>& stories, std::string_view language);
// Sets PHOTO rows (ID, SRC, SRCSET, WIDTH, HEIGHT, ALT, ALT_LANG, CAPTION) for `story`.
void add_photos(ctemplate::TemplateDictionary& dictionary, const Story& story, std::string_view language);

}  // namespace pmi::stories
