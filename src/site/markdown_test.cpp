// Markdown that program officers write is put into pages unescaped ({{BODY_HTML:none}}),
// so the renderer is the only guard: it must render GitHub-flavoured Markdown and drop raw
// HTML and dangerous link schemes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "core/text.hpp"
#include "site/markdown.hpp"

namespace pmi::site {
namespace {

bool contains(const std::string& html, std::string_view part)
{
    return html.find(part) != std::string::npos;
}

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

TEST(Markdown, RendersHeadingsListsEmphasisAndLinks)
{
    auto html = markdown_to_html("# Funding\n\n## How to apply\n\n- one\n- **two**\n\n1. first\n2. second\n\n"
                                 "[Read more](https://example.org/a?b=1&c=2) and *this*.\n");
    EXPECT_TRUE(contains(html, "<h1>Funding</h1>")) << html;
    EXPECT_TRUE(contains(html, "<h2>How to apply</h2>")) << html;
    EXPECT_TRUE(contains(html, "<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>")) << html;
    EXPECT_TRUE(contains(html, "<ol>\n<li>first</li>")) << html;
    EXPECT_TRUE(contains(html, R"(<a href="https://example.org/a?b=1&amp;c=2">Read more</a>)")) << html;
    EXPECT_TRUE(contains(html, "<em>this</em>")) << html;
}

TEST(Markdown, EscapesTextThatLooksLikeMarkup)
{
    auto html = markdown_to_html("5 < 6 & \"quoted\"");
    EXPECT_TRUE(contains(html, "5 &lt; 6 &amp;")) << html;
}

TEST(Markdown, DropsRawScriptBlocks)
{
    auto html = markdown_to_html("Hello\n\n<script>alert('x')</script>\n\nafter <script>inline()</script>\n");
    EXPECT_FALSE(contains(lowercase(html), "<script")) << html;
    EXPECT_TRUE(contains(html, "Hello")) << html;
}

TEST(Markdown, DropsRawHtmlWithEventHandlers)
{
    auto html = markdown_to_html("<img src=x onerror=alert(1)>\n\ntext <img src=x onerror=\"alert(2)\"> more\n\n"
                                 "<div onclick=\"steal()\">x</div>\n");
    EXPECT_FALSE(contains(lowercase(html), "<img")) << html;
    EXPECT_FALSE(contains(lowercase(html), "<div")) << html;
    // Without a tag around it, the attribute text is harmless; as an attribute it is not.
    EXPECT_FALSE(contains(lowercase(html), " onerror=")) << html;
    EXPECT_FALSE(contains(lowercase(html), " onclick=")) << html;
}

TEST(Markdown, DropsJavascriptAndDataLinks)
{
    for (std::string source : {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](  javascript:alert(1))",
                               "<javascript:alert(1)>", "[x](vbscript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
                               "![x](javascript:alert(1))", "[x][r]\n\n[r]: javascript:alert(1)"}) {
        auto html = lowercase(markdown_to_html(source));
        EXPECT_FALSE(contains(html, "href=\"javascript:")) << source << " → " << html;
        EXPECT_FALSE(contains(html, "src=\"javascript:")) << source << " → " << html;
        EXPECT_FALSE(contains(html, "href=\"vbscript:")) << source << " → " << html;
        EXPECT_FALSE(contains(html, "href=\"data:text/html")) << source << " → " << html;
    }
}

TEST(Markdown, KeepsSafeLinkSchemes)
{
    auto html = markdown_to_html("[mail](mailto:info@example.org) [site](https://example.org) [page](/pages/funding)");
    EXPECT_TRUE(contains(html, "href=\"mailto:info@example.org\"")) << html;
    EXPECT_TRUE(contains(html, "href=\"https://example.org\"")) << html;
    EXPECT_TRUE(contains(html, "href=\"/pages/funding\"")) << html;
}

TEST(Markdown, RendersGithubTablesStrikethroughAndAutolinks)
{
    auto html = markdown_to_html("| Country | Amount |\n|---|---:|\n| Bolivia | $1M |\n\n~~old~~ www.example.org\n");
    EXPECT_TRUE(contains(html, "<table>")) << html;
    EXPECT_TRUE(contains(html, "<th>Country</th>")) << html;
    EXPECT_TRUE(contains(html, "<td>Bolivia</td>")) << html;
    EXPECT_TRUE(contains(html, "<del>old</del>")) << html;
    EXPECT_TRUE(contains(html, "href=\"http://www.example.org\"")) << html;
}

TEST(Markdown, InvalidUtf8DoesNotCrashAndGivesValidUtf8)
{
    for (std::string source : {std::string("abc\xC3"), std::string("\xFF\xFE# x\n"), std::string("\xED\xA0\x80 *y*"),
                               std::string("a\0b", 3), std::string("\xC0\xAF[x](\xF5)")}) {
        auto html = markdown_to_html(source);
        // CMARK_OPT_VALIDATE_UTF8 replaces bad bytes with U+FFFD.
        EXPECT_TRUE(pmi::text::valid_utf8(html)) << html;
    }
}

TEST(Markdown, EmptyInputGivesEmptyOutput)
{
    EXPECT_EQ(markdown_to_html(""), "");
}

}  // namespace
}  // namespace pmi::site
