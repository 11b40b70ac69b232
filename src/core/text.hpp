#pragma once
// Checks and clean-ups for text that users type.
#include <optional>
#include <string>
#include <string_view>

namespace pmi::text {

bool valid_utf8(std::string_view text);
// Number of Unicode code points (text must be valid UTF-8).
std::size_t length(std::string_view text);
std::string trim(std::string_view text);
std::string lowercase_ascii(std::string_view text);
// True when the text holds a control character other than tab, CR and LF.
bool has_control_characters(std::string_view text, bool allow_newlines);
// A plausible email address: one @, a dot in the domain, no spaces or controls, ≤254 bytes.
bool plausible_email(std::string_view email);
// Lowercased and trimmed: the key under which an email is unique.
std::string normalize_email(std::string_view email);
// Lowercase letters, digits and hyphens: for slugs in addresses.
bool valid_slug(std::string_view slug);
// Appends the UTF-8 encoding of a code point (at most U+10FFFF; callers check surrogates).
void append_utf8(std::string& out, char32_t code);

}  // namespace pmi::text
