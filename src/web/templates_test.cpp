// Escaping rules that the templates must follow and that CTemplate cannot enforce alone:
// every template is auto-escaped as HTML, a value put into the path or query of a URL is
// URL-escaped (:u), and only Markdown-rendered HTML (*_HTML variables) skips escaping.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "core/embedded.hpp"

namespace pmi::web {
namespace {

int line_of(std::string_view text, std::size_t offset)
{
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

struct Marker {
    std::size_t start;  // offset of "{{" in the attribute value
    std::size_t end;    // offset just past "}}"
    std::string name;
    std::vector<std::string> modifiers;
};

// The variables of a piece of template text ({{NAME:mod1:mod2=arg}}); sections, includes,
// comments and pragmas ({{#..}}, {{/..}}, {{>..}}, {{!..}}, {{%..}}) are not variables.
std::vector<Marker> variables(std::string_view text)
{
    std::vector<Marker> found;
    for (auto at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 2)) {
        auto close = text.find("}}", at + 2);
        if (close == std::string_view::npos) break;
        std::string inside(text.substr(at + 2, close - at - 2));
        if (inside.empty() || std::string_view("#/>!%").find(inside.front()) != std::string_view::npos) continue;
        Marker marker{at, close + 2, {}, {}};
        std::size_t colon = inside.find(':');
        marker.name = inside.substr(0, colon);
        while (colon != std::string::npos) {
            auto next = inside.find(':', colon + 1);
            marker.modifiers.push_back(inside.substr(colon + 1, next == std::string::npos ? next : next - colon - 1));
            colon = next;
        }
        found.push_back(std::move(marker));
    }
    return found;
}

bool has_modifier(const Marker& marker, std::string_view modifier)
{
    return std::find(marker.modifiers.begin(), marker.modifiers.end(), modifier) != marker.modifiers.end();
}

// A variable in a URL attribute, after a '?', '=' or '/' of the same value, lands in a path
// segment or a query value and must be URL-escaped with :u. A variable that is the whole
// value is a complete URL, which CTemplate's auto-escaper checks itself.
std::vector<std::string> url_attribute_problems(std::string_view name, std::string_view text)
{
    static const std::regex kAttribute(R"re(\b(href|src|action|formaction)\s*=\s*("([^"]*)"|'([^']*)'))re",
                                       std::regex::icase);
    std::vector<std::string> problems;
    std::string content(text);
    for (std::sregex_iterator it(content.begin(), content.end(), kAttribute), end; it != end; ++it) {
        const auto& match = *it;
        int group = match[3].matched ? 3 : 4;
        std::string value = match[group].str();
        auto value_offset = static_cast<std::size_t>(match.position(group));
        for (const auto& marker : variables(value)) {
            if (marker.start == 0 && marker.end == value.size()) continue;  // the whole URL
            bool inside_url = value.substr(0, marker.start).find_first_of("?=/") != std::string::npos;
            if (inside_url && !has_modifier(marker, "u"))
                problems.push_back(std::string(name) + ":" + std::to_string(line_of(text, value_offset + marker.start)) +
                                   ": " + match[1].str() + "=\"" + value + "\": {{" + marker.name +
                                   "}} needs the :u modifier");
        }
    }
    return problems;
}

// :none turns escaping off; only HTML that the program produced itself may use it.
std::vector<std::string> unescaped_problems(std::string_view name, std::string_view text)
{
    std::vector<std::string> problems;
    for (const auto& marker : variables(text)) {
        bool html = marker.name.size() >= 5 && marker.name.compare(marker.name.size() - 5, 5, "_HTML") == 0;
        if (has_modifier(marker, "none") && !html)
            problems.push_back(std::string(name) + ":" + std::to_string(line_of(text, marker.start)) + ": {{" +
                               marker.name + ":none}} is not escaped; only *_HTML variables may be");
    }
    return problems;
}

std::string join(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& line : lines) out += "\n  " + line;
    return out;
}

// The checks themselves, on known good and bad text: a check that finds nothing in the real
// templates must be one that would have found something.
TEST(TemplateChecks, UrlAttributeRuleFlagsOnlyUnescapedPartsOfAUrl)
{
    EXPECT_TRUE(url_attribute_problems("t", R"(<a href="/news/{{SLUG:u}}">)").empty());
    EXPECT_EQ(url_attribute_problems("t", R"(<a href="/news/{{SLUG}}">)").size(), 1u);
    EXPECT_TRUE(url_attribute_problems("t", R"(<a href="{{URL}}">)").empty());
    EXPECT_EQ(url_attribute_problems("t", "<p>\n<form action='/x?next={{NEXT:h}}'>").size(), 1u);
    EXPECT_EQ(url_attribute_problems("t", "\n\n<img src=\"/a/{{ID:u}}/{{SIZE}}\">"),
              std::vector<std::string>{"t:3: src=\"/a/{{ID:u}}/{{SIZE}}\": {{SIZE}} needs the :u modifier"});
    // Before any '?', '=' or '/' (a fragment, a scheme) the rule does not apply.
    EXPECT_TRUE(url_attribute_problems("t", R"(<a href="#{{FIELD}}">)").empty());
    // Sections are not variables.
    EXPECT_TRUE(url_attribute_problems("t", R"(<a href="/a?{{#X}}b=1{{/X}}">)").empty());
}

TEST(TemplateChecks, UnescapedRuleAllowsNoneOnlyForHtmlVariables)
{
    EXPECT_TRUE(unescaped_problems("t", "{{BODY_HTML:none}}").empty());
    EXPECT_EQ(unescaped_problems("t", "x\n{{TITLE:none}}"), std::vector<std::string>{
                                                                 "t:2: {{TITLE:none}} is not escaped; only *_HTML variables may be"});
    EXPECT_TRUE(unescaped_problems("t", "{{TITLE}} {{TITLE:h}}").empty());
}

TEST(Templates, ThereAreTemplatesToCheck)
{
    EXPECT_GE(pmi::embedded::templates().size(), 10u);
    EXPECT_TRUE(pmi::embedded::find(pmi::embedded::templates(), "web/views/layout.tpl").has_value());
}

TEST(Templates, EveryTemplateIsAutoEscapedAsHtml)
{
    std::vector<std::string> problems;
    for (const auto& file : pmi::embedded::templates())
        if (file.content.rfind(R"({{%AUTOESCAPE context="HTML"}})", 0) != 0) problems.emplace_back(file.path);
    EXPECT_TRUE(problems.empty()) << "templates that do not start with {{%AUTOESCAPE context=\"HTML\"}}:"
                                  << join(problems);
}

TEST(Templates, ValuesInsideUrlsAreUrlEscaped)
{
    std::vector<std::string> problems;
    for (const auto& file : pmi::embedded::templates())
        for (auto& problem : url_attribute_problems(file.path, file.content)) problems.push_back(problem);
    EXPECT_TRUE(problems.empty()) << join(problems);
}

TEST(Templates, OnlyHtmlVariablesAreLeftUnescaped)
{
    std::vector<std::string> problems;
    for (const auto& file : pmi::embedded::templates())
        for (auto& problem : unescaped_problems(file.path, file.content)) problems.push_back(problem);
    EXPECT_TRUE(problems.empty()) << join(problems);
}

}  // namespace
}  // namespace pmi::web
