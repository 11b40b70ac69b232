#pragma once
// The few words of a result's text that show why it matched, with the matching words marked.
// Plain text in, plain text parts out: the page escapes them and marks the matched ones.
#include <string>
#include <string_view>
#include <vector>

#include "search/search.hpp"

namespace pmi::search {

// Up to `words` words of `text` around its first word whose folding is one of `terms`
// (from the start when none is), with "…" where text was cut.
std::vector<SnippetPart> snippet(std::string_view text, const std::vector<std::string>& terms, std::size_t words = 30);

// Markdown as plain text for the index and snippets: emphasis, headings, quotes and code
// marks removed, links reduced to their text.
std::string markdown_to_plain(std::string_view markdown);

}  // namespace pmi::search
