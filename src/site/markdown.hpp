#pragma once
#include <string>
#include <string_view>

namespace pmi::site {

// Markdown (GitHub flavour: tables, strikethrough, autolinks) to HTML. Raw HTML in the
// input is dropped and unsafe link schemes (javascript:, data:, ...) are removed, so the
// output can be put into a page as is.
std::string markdown_to_html(std::string_view markdown);

}  // namespace pmi::site
