#include "search/folding.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace pmi::search {
namespace {

// Latin letters with accents, ligatures and the Vietnamese letters, by code point range,
// with their unaccented lower-case spelling. Ranges hold letters of the same base only.
struct Folding {
    char32_t first, last;
    const char* plain;
};

constexpr std::array<Folding, 62> kFoldings{{
    {0xC0, 0xC5, "a"},     {0xC6, 0xC6, "ae"},    {0xC7, 0xC7, "c"},     {0xC8, 0xCB, "e"},     {0xCC, 0xCF, "i"},
    {0xD0, 0xD0, "d"},     {0xD1, 0xD1, "n"},     {0xD2, 0xD6, "o"},     {0xD8, 0xD8, "o"},     {0xD9, 0xDC, "u"},
    {0xDD, 0xDD, "y"},     {0xDE, 0xDE, "th"},    {0xDF, 0xDF, "ss"},    {0xE0, 0xE5, "a"},     {0xE6, 0xE6, "ae"},
    {0xE7, 0xE7, "c"},     {0xE8, 0xEB, "e"},     {0xEC, 0xEF, "i"},     {0xF0, 0xF0, "d"},     {0xF1, 0xF1, "n"},
    {0xF2, 0xF6, "o"},     {0xF8, 0xF8, "o"},     {0xF9, 0xFC, "u"},     {0xFD, 0xFD, "y"},     {0xFE, 0xFE, "th"},
    {0xFF, 0xFF, "y"},     {0x100, 0x105, "a"},   {0x106, 0x10D, "c"},   {0x10E, 0x111, "d"},   {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"},   {0x124, 0x127, "h"},   {0x128, 0x131, "i"},   {0x132, 0x133, "ij"},  {0x134, 0x135, "j"},
    {0x136, 0x138, "k"},   {0x139, 0x142, "l"},   {0x143, 0x14B, "n"},   {0x14C, 0x151, "o"},   {0x152, 0x153, "oe"},
    {0x154, 0x159, "r"},   {0x15A, 0x161, "s"},   {0x162, 0x167, "t"},   {0x168, 0x173, "u"},   {0x174, 0x175, "w"},
    {0x176, 0x178, "y"},   {0x179, 0x17E, "z"},   {0x17F, 0x17F, "s"},   {0x1A0, 0x1A1, "o"},   {0x1AF, 0x1B0, "u"},
    {0x1CD, 0x1CE, "a"},   {0x1CF, 0x1D0, "i"},   {0x1D1, 0x1D2, "o"},   {0x1D3, 0x1DC, "u"},   {0x218, 0x219, "s"},
    {0x21A, 0x21B, "t"},   {0x1EA0, 0x1EB7, "a"}, {0x1EB8, 0x1EC7, "e"}, {0x1EC8, 0x1ECB, "i"}, {0x1ECC, 0x1EE3, "o"},
    {0x1EE4, 0x1EF1, "u"}, {0x1EF2, 0x1EF9, "y"},
}};

// Reads one code point at `at` and moves past it; U+FFFD for a malformed sequence (one byte).
char32_t next_code_point(std::string_view text, std::size_t& at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) {
        ++at;
        return 0xFFFD;
    }
    char32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        const auto continuation = static_cast<unsigned char>(text[at + i]);
        if ((continuation & 0xC0) != 0x80) {
            ++at;
            return 0xFFFD;
        }
        code = (code << 6) | (continuation & 0x3F);
    }
    at += length;
    return code;
}

bool separates_words(char32_t code)
{
    if (code < 0x80) return !((code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') || (code >= '0' && code <= '9'));
    return (code >= 0x80 && code <= 0xBF) || code == 0xD7 || code == 0xF7 || (code >= 0x2000 && code <= 0x2BFF) ||
           (code >= 0x3000 && code <= 0x303F) || (code >= 0xFE10 && code <= 0xFE6F) || (code >= 0xFF00 && code <= 0xFF0F) ||
           code == 0xFEFF || code == 0xFFFD;
}

bool is_combining_mark(char32_t code)
{
    return (code >= 0x300 && code <= 0x36F) || (code >= 0x1AB0 && code <= 0x1AFF) || (code >= 0x1DC0 && code <= 0x1DFF);
}

void append_folded(std::string& out, char32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code >= 'A' && code <= 'Z' ? code - 'A' + 'a' : code);
        return;
    }
    for (const auto& folding : kFoldings)
        if (code >= folding.first && code <= folding.last) {
            out += folding.plain;
            return;
        }
    if (code >= 0x391 && code <= 0x3A9) code += 0x20;  // Greek capitals
    else if (code >= 0x410 && code <= 0x42F) code += 0x20;  // Cyrillic capitals
    text::append_utf8(out, code);
}

}  // namespace

std::string fold(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool in_word = false;
    for (std::size_t at = 0; at < text.size();) {
        const char32_t code = next_code_point(text, at);
        if (is_combining_mark(code)) continue;
        if (separates_words(code)) {
            in_word = false;
            continue;
        }
        if (!in_word && !out.empty()) out += ' ';
        in_word = true;
        append_folded(out, code);
    }
    return out;
}

std::vector<std::string> query_terms(std::string_view query)
{
    std::vector<std::string> terms;
    const std::string folded = fold(query);
    std::size_t start = 0;
    while (start < folded.size() && terms.size() < kMaxTerms) {
        auto end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        auto term = folded.substr(start, end - start);
        if (term.size() <= kMaxTermBytes && std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
        start = end + 1;
    }
    return terms;
}

}  // namespace pmi::search
