#pragma once
// Site search: the documents modules write when they save content, and what a reader finds.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"

namespace pmi::search {

// What a document is, in the order result groups are shown.
enum class Kind { News, Story, Call, Partner, Network, Event, Resource, Page };
std::string_view kind_code(Kind kind);  // stored and used in addresses: "news", "call", ...
std::optional<Kind> kind_from_code(std::string_view code);
const std::vector<Kind>& all_kinds();
std::string_view kind_label(Kind kind);  // the group's heading, an English message id

// Who may find a document (besides the staff of the organisation that owns it, who always may).
// Members: signed in with a role in the program (members-only resources).
enum class Audience { Public, SignedIn, Members, Program };
std::string_view audience_code(Audience audience);

// One object in one language, as a module hands it to the index.
struct SearchDocument {
    Kind kind = Kind::News;
    std::string object_key;  // the object's id or slug, unique within its kind
    std::string language;
    std::string title, body;  // plain text as readers see it
    std::string url;
    Audience audience = Audience::Public;
    OrganisationId owner;  // may be invalid: no owning organisation
};

// What the reader may see, worked out from the Actor by the service.
struct Viewer {
    bool signed_in = false;
    bool member = false;  // signed in with a role in the program
    bool runs_program = false;
    std::vector<OrganisationId> organisations;
};

// A part of a snippet: words that matched the query are marked.
struct SnippetPart {
    std::string text;
    bool matched = false;
};

struct SearchHit {
    Kind kind = Kind::News;
    std::string title, body, url;  // body: the whole text, from the store; emptied once snippet is made
    std::vector<SnippetPart> snippet;
};

struct ResultGroup {
    Kind kind = Kind::News;
    std::int64_t total = 0;  // every document of this kind the viewer may read that matches
    std::vector<SearchHit> hits;
};

struct SearchResults {
    std::vector<std::string> terms;  // the query's words as searched (folded)
    std::int64_t total = 0;
    std::vector<ResultGroup> groups;  // only kinds with matches, in kind order
};

}  // namespace pmi::search
