#pragma once
// The resource library: guides, tools, case studies and reports the program shares, each with
// a title and a summary per language, a document (a file checked as uploads are, or a link),
// the programming areas and countries it concerns, the language it is written in and its
// publication date; public, or for the program's members only.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::library {

using ResourceId = Id<struct ResourceTag>;

enum class ResourceKind { Guide, Tool, CaseStudy, Report };
std::string_view kind_code(ResourceKind kind);
std::optional<ResourceKind> kind_from_code(std::string_view code);
std::string_view kind_label(ResourceKind kind);  // an English message id
const std::vector<ResourceKind>& all_kinds();

// Members: signed-in accounts with a role in the program.
enum class Visibility { Public, Members };
std::string_view visibility_code(Visibility visibility);
std::optional<Visibility> visibility_from_code(std::string_view code);

// Drafts are the office's; a withdrawn resource is kept but no longer shown.
enum class ResourceStatus { Draft, Published, Withdrawn };
std::string_view status_code(ResourceStatus status);
std::optional<ResourceStatus> status_from_code(std::string_view code);
std::string_view status_label(ResourceStatus status);  // an English message id

// The resource's document, stored once under its SHA-256 (files/file_store.hpp).
struct ResourceFile {
    std::string sha256, name, content_type;
    std::int64_t size = 0;
};

struct Resource {
    ResourceId id;
    ResourceKind kind = ResourceKind::Guide;
    LocalizedText title, summary;
    std::vector<std::string> areas;      // programming area codes
    std::vector<std::string> countries;  // partner country codes
    std::string document_language;       // ISO 639-1 code of the document itself
    std::string published_on;            // YYYY-MM-DD
    Visibility visibility = Visibility::Public;
    ResourceStatus status = ResourceStatus::Draft;
    std::string link;                  // http or https; may be empty when there is a file
    std::optional<ResourceFile> file;  // none when the document is a link
    Seconds updated_at = 0;
};

// What an officer submits; the file, when one comes, is checked and stored by the service.
struct ResourceEdit {
    ResourceKind kind = ResourceKind::Guide;
    LocalizedText title, summary;
    std::vector<std::string> areas, countries;
    std::string document_language, published_on, link;
    Visibility visibility = Visibility::Public;
};

struct UploadedDocument {
    std::string name;
    std::string_view data;
};

// The public list's filters; empty means any.
struct ResourceFilter {
    std::string area, country, kind, language;
    int page = 1;
};

struct FacetCount {
    std::string code;
    std::int64_t count = 0;
};

// One page of resources with the counts of each facet's values among what the reader may
// see (each facet counted under the other facets' filters).
struct ResourcePage {
    std::vector<Resource> resources;
    std::int64_t total = 0;
    std::vector<FacetCount> areas, countries, kinds, languages;
};

inline constexpr int kResourcesPerPage = 20;

}  // namespace pmi::library
