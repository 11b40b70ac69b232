#pragma once
// The rules of library resources, pure: codes, labels and the checks of what officers submit.
#include <vector>

#include "core/error.hpp"
#include "library/resource.hpp"

namespace pmi::library {

inline constexpr std::size_t kMaxTitleBytes = 300;
inline constexpr std::size_t kMaxSummaryBytes = 4000;
inline constexpr std::size_t kMaxLinkBytes = 500;

// Problems with the fields of `edit`, each naming its field: a title in at least one
// language, summaries within limits, known areas and countries, a document language, a real
// date, and a link that is an http or https address. `has_file` says whether the resource
// has (or is getting) a file: without one, the link is required.
std::vector<Error> check_resource(const ResourceEdit& edit, bool has_file);

// Whether the text is a date YYYY-MM-DD that exists.
bool valid_date(std::string_view text);

// Whether a reader may see the resource: published, and public or the reader a member.
// Officers see everything (the service decides that before asking).
bool visible_to(const Resource& resource, bool program_member);

}  // namespace pmi::library
