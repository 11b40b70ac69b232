#pragma once
// Pure rules for content that program officers write.
#include <vector>

#include "core/error.hpp"
#include "site/content.hpp"

namespace pmi::site {

inline constexpr std::size_t kMaxTitleLength = 200;      // code points
inline constexpr std::size_t kMaxSummaryLength = 600;
inline constexpr std::size_t kMaxBodyBytes = 100 * 1024;  // Markdown

// Every problem of a page edit; fields are named like the form's: title_en, body_fr, ...
std::vector<Error> check_page_edit(const std::string& slug, const PageEdit& edit);
std::vector<Error> check_news_edit(const NewsEdit& edit);

}  // namespace pmi::site
