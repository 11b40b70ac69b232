// Markdown from program officers: whatever the input, the HTML has no script, no raw HTML
// event handler and no javascript: link.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "site/markdown.hpp"

namespace {
bool contains_folded(const std::string& haystack, std::string_view needle)
{
    std::string lower(haystack);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find(needle) != std::string::npos;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string html = pmi::site::markdown_to_html(std::string_view(reinterpret_cast<const char*>(data), size));
    if (contains_folded(html, "<script") || contains_folded(html, "href=\"javascript:") || contains_folded(html, "<iframe")) std::abort();
    return 0;
}
