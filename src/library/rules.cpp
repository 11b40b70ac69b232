#include "library/rules.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "core/code_table.hpp"
#include "core/text.hpp"
#include "core/translator.hpp"
#include "directory/directory.hpp"

namespace pmi::library {
namespace {

constexpr std::array<CodeName<ResourceKind>, 4> kKinds{{
    {ResourceKind::Guide, "guide", N_("Guide")},
    {ResourceKind::Tool, "tool", N_("Tool")},
    {ResourceKind::CaseStudy, "case-study", N_("Case study")},
    {ResourceKind::Report, "report", N_("Report")},
}};

constexpr std::array<CodeName<Visibility>, 2> kVisibilities{{
    {Visibility::Public, "public", N_("Public")},
    {Visibility::Members, "members", N_("Members only")},
}};

constexpr std::array<CodeName<ResourceStatus>, 3> kStatuses{{
    {ResourceStatus::Draft, "draft", N_("Draft")},
    {ResourceStatus::Published, "published", N_("Published")},
    {ResourceStatus::Withdrawn, "withdrawn", N_("Withdrawn")},
}};

template <typename List>
bool contains(const List& list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool one_line(const std::string& text, std::size_t most)
{
    return text.size() <= most && text::valid_utf8(text) && !text::has_control_characters(text, false);
}

}  // namespace

std::string_view kind_code(ResourceKind kind) { return code_of(kKinds, kind); }
std::optional<ResourceKind> kind_from_code(std::string_view code) { return value_of(kKinds, code); }
std::string_view kind_label(ResourceKind kind) { return label_of(kKinds, kind); }

const std::vector<ResourceKind>& all_kinds()
{
    static const std::vector<ResourceKind> kinds = values_of(kKinds);
    return kinds;
}

std::string_view visibility_code(Visibility visibility) { return code_of(kVisibilities, visibility); }
std::optional<Visibility> visibility_from_code(std::string_view code) { return value_of(kVisibilities, code); }
std::string_view status_code(ResourceStatus status) { return code_of(kStatuses, status); }
std::optional<ResourceStatus> status_from_code(std::string_view code) { return value_of(kStatuses, code); }
std::string_view status_label(ResourceStatus status) { return label_of(kStatuses, status); }

bool valid_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    auto number = [&](std::size_t from, std::size_t length) { return std::stoi(std::string(text.substr(from, length))); };
    using namespace std::chrono;
    return year_month_day(year(number(0, 4)), month(number(5, 2)), day(number(8, 2))).ok();
}

std::vector<Error> check_resource(const ResourceEdit& edit, bool has_file)
{
    std::vector<Error> errors;
    if (edit.title.empty()) errors.push_back(invalid("title_en", "Give the resource a title in at least one language."));
    for (const auto& [language, text] : edit.title.versions())
        if (!one_line(text, kMaxTitleBytes))
            errors.push_back(invalid("title_" + language, "A title is one line of at most {1} characters; shorten it.", {std::to_string(kMaxTitleBytes)}));
    for (const auto& [language, text] : edit.summary.versions())
        if (text.size() > kMaxSummaryBytes || !text::valid_utf8(text))
            errors.push_back(invalid("summary_" + language, "A summary has at most {1} characters; shorten it.", {std::to_string(kMaxSummaryBytes)}));
    if (edit.areas.size() > directory::kAreas.size() ||
        !std::all_of(edit.areas.begin(), edit.areas.end(), [](const auto& area) { return contains(directory::kAreas, area); }))
        errors.push_back(invalid("areas", "Choose programming areas from the list."));
    if (edit.countries.size() > directory::kCountries.size() ||
        !std::all_of(edit.countries.begin(), edit.countries.end(), [](const auto& country) { return contains(directory::kCountries, country); }))
        errors.push_back(invalid("countries", "Choose countries from the list of partner countries."));
    if (!contains(directory::kLanguages, edit.document_language))
        errors.push_back(invalid("document_language", "Choose the language the document is written in."));
    if (!valid_date(edit.published_on)) errors.push_back(invalid("published_on", "Enter the publication date as YYYY-MM-DD, for example 2026-03-31."));
    const bool web_address = edit.link.starts_with("https://") || edit.link.starts_with("http://");
    if (!edit.link.empty() && (!one_line(edit.link, kMaxLinkBytes) || !web_address || edit.link.find(' ') != std::string::npos))
        errors.push_back(invalid("link", "The link must be a web address starting with http or https, at most {1} characters.", {std::to_string(kMaxLinkBytes)}));
    if (edit.link.empty() && !has_file) errors.push_back(invalid("link", "Attach the document as a file or give a link to it."));
    return errors;
}

bool visible_to(const Resource& resource, bool program_member)
{
    return resource.status == ResourceStatus::Published && (resource.visibility == Visibility::Public || program_member);
}

}  // namespace pmi::library
