#include "search/snippet.hpp"

#include <algorithm>

#include "search/folding.hpp"

namespace pmi::search {
namespace {

std::vector<std::string_view> split_words(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
        auto end = start;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        if (end > start) words.push_back(text.substr(start, end - start));
        start = end;
    }
    return words;
}

// A word as written may hold several folded words ("d'Ivoire"): it matches when any does.
bool matches(std::string_view word, const std::vector<std::string>& terms)
{
    const auto folded = query_terms(word);
    return std::any_of(folded.begin(), folded.end(),
                       [&](const std::string& part) { return std::find(terms.begin(), terms.end(), part) != terms.end(); });
}

void append(std::vector<SnippetPart>& parts, std::string_view text, bool matched)
{
    if (!parts.empty() && parts.back().matched == matched) parts.back().text += text;
    else parts.push_back({std::string(text), matched});
}

}  // namespace

std::vector<SnippetPart> snippet(std::string_view text, const std::vector<std::string>& terms, std::size_t words)
{
    const auto all = split_words(text);
    std::size_t first_match = all.size();
    for (std::size_t i = 0; i < all.size() && first_match == all.size(); ++i)
        if (matches(all[i], terms)) first_match = i;
    std::size_t start = first_match == all.size() || first_match < words / 3 ? 0 : first_match - words / 3;
    const std::size_t end = std::min(all.size(), start + words);
    std::vector<SnippetPart> parts;
    if (start > 0) append(parts, "… ", false);
    for (std::size_t i = start; i < end; ++i) {
        if (i > start) append(parts, " ", false);
        append(parts, all[i], matches(all[i], terms));
    }
    if (end < all.size()) append(parts, " …", false);
    return parts;
}

std::string markdown_to_plain(std::string_view markdown)
{
    std::string plain;
    plain.reserve(markdown.size());
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (c == '*' || c == '_' || c == '#' || c == '>' || c == '`' || c == '[') continue;
        if (c == ']' && i + 1 < markdown.size() && markdown[i + 1] == '(') {
            const auto close = markdown.find(')', i);
            if (close != std::string_view::npos) i = close;  // the link's address is not its text
            continue;
        }
        if (c == ']') continue;
        plain += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    return plain;
}

}  // namespace pmi::search
