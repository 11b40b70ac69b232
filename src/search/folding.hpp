#pragma once
// The one folding of text for search, applied to what is indexed and to what readers ask on
// both backends: lower case, accents removed ("Côte d'Ivoire" and "cote d ivoire" are the
// same words), punctuation turned into spaces. Doing it here rather than in SQL keeps
// PostgreSQL free of the unaccent extension and makes both backends see the same words.
#include <string>
#include <string_view>
#include <vector>

namespace pmi::search {

// The words of `text`, folded, separated by single spaces. Letters of scripts without
// case or accents to fold (Khmer, say) are kept as they are; invalid UTF-8 bytes are dropped.
std::string fold(std::string_view text);

// The words of a reader's query, folded, at most kMaxTerms of them, each at most
// kMaxTermBytes long; empty when nothing searchable is left.
inline constexpr std::size_t kMaxTerms = 8;
inline constexpr std::size_t kMaxTermBytes = 64;
std::vector<std::string> query_terms(std::string_view query);

}  // namespace pmi::search
