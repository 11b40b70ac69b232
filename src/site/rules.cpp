#include "site/rules.hpp"

#include "core/text.hpp"

namespace pmi::site {
namespace {

void check_text(std::vector<Error>& errors, const LocalizedText& text, const std::string& field, std::size_t max_length,
                bool multi_line)
{
    for (const auto& [language, value] : text.versions()) {
        std::string name = field + "_" + language;
        if (!text::valid_utf8(value)) errors.push_back(invalid(name, "This text contains bytes that are not valid text."));
        else if (multi_line ? value.size() > max_length : text::length(value) > max_length)
            errors.push_back(invalid(name, "This text is too long: at most {1} characters.", {std::to_string(max_length)}));
        else if (text::has_control_characters(value, multi_line))
            errors.push_back(invalid(name, "This text contains control characters; remove them."));
    }
}

void check_slug(std::vector<Error>& errors, const std::string& slug)
{
    if (!text::valid_slug(slug))
        errors.push_back(invalid("slug", "The address name may use only lowercase letters, digits and hyphens (at most 100)."));
}

}  // namespace

std::vector<Error> check_page_edit(const std::string& slug, const PageEdit& edit)
{
    std::vector<Error> errors;
    check_slug(errors, slug);
    if (text::trim(edit.title.get("en")).empty()) errors.push_back(invalid("title_en", "Give the page a title in English; other languages are optional."));
    check_text(errors, edit.title, "title", kMaxTitleLength, false);
    check_text(errors, edit.body, "body", kMaxBodyBytes, true);
    return errors;
}

std::vector<Error> check_news_edit(const NewsEdit& edit)
{
    std::vector<Error> errors;
    check_slug(errors, edit.slug);
    if (text::trim(edit.title.get("en")).empty()) errors.push_back(invalid("title_en", "Give the post a title in English; other languages are optional."));
    check_text(errors, edit.title, "title", kMaxTitleLength, false);
    check_text(errors, edit.summary, "summary", kMaxSummaryLength, false);
    check_text(errors, edit.body, "body", kMaxBodyBytes, true);
    return errors;
}

}  // namespace pmi::site
