// HTML escaping: any value put in a page through the templates' auto-escaping (text, quoted
// attribute, link, query parameter with :u) or into a mail through escape_html adds no markup:
// no raw < > " ', every & starts an entity, a link never runs script, and valid UTF-8 stays
// valid UTF-8. The list's mails, whose text holds what subscribers and the sender typed (a
// name, an address, a link), hold only the paragraphs, breaks and web links the composer
// makes.
#include <ctemplate/template.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "mailing/message_composer.hpp"

namespace {

// One value in each place a template puts one.
constexpr std::string_view kTemplate =
    "{{%AUTOESCAPE context=\"HTML\"}}<p>{{VALUE}}</p><a href=\"{{VALUE}}\" title=\"{{VALUE}}\">"
    "<img alt=\"{{VALUE}}\" src=\"{{VALUE}}\"></a><a href=\"/search?q={{VALUE:u}}&amp;page=2\">{{VALUE}}</a>";
const char* const kEntities[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

bool every_ampersand_starts_an_entity(std::string_view html)
{
    for (auto at = html.find('&'); at != std::string_view::npos; at = html.find('&', at + 1)) {
        bool entity = false;
        for (const char* name : kEntities) entity = entity || html.substr(at).starts_with(name);
        if (!entity) return false;
    }
    return true;
}

std::size_t count(std::string_view text, char c) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), c)); }

std::string unescaped(std::string_view html)
{
    std::string text;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const std::string_view rest = html.substr(i);
        if (rest.starts_with("&amp;")) text += '&', i += 4;
        else if (rest.starts_with("&lt;")) text += '<', i += 3;
        else if (rest.starts_with("&gt;")) text += '>', i += 3;
        else if (rest.starts_with("&quot;")) text += '"', i += 5;
        else if (rest.starts_with("&#39;")) text += '\'', i += 4;
        else text += html[i];
    }
    return text;
}

// What a browser makes of an href: leading spaces and controls dropped, tabs and newlines
// removed anywhere, the scheme read case-insensitively.
bool runs_script(std::string_view href)
{
    std::string url;
    for (char c : unescaped(href))
        if (c != '\t' && c != '\n' && c != '\r' && !(url.empty() && static_cast<unsigned char>(c) <= 0x20))
            url += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return url.starts_with("javascript:") || url.starts_with("vbscript:") || url.starts_with("data:");
}

// The href of the first link: between the first `href="` and the next quote.
std::string_view first_href(std::string_view html)
{
    constexpr std::string_view kHref = "href=\"";
    const auto start = html.find(kHref) + kHref.size();
    return html.substr(start, html.find('"', start) - start);
}

std::string page_with(const std::string& value)
{
    static const bool loaded = ctemplate::StringToTemplateCache("fuzz.tpl", kTemplate.data(), kTemplate.size(), ctemplate::DO_NOT_STRIP);
    if (!loaded) std::abort();
    ctemplate::TemplateDictionary dictionary("fuzz");
    dictionary.SetValue("VALUE", value);
    std::string html;
    if (!ctemplate::ExpandTemplate("fuzz.tpl", ctemplate::DO_NOT_STRIP, &dictionary, &html)) std::abort();
    return html;
}

// The page holds as many markup characters as it does with an empty value: the value added none.
void check_page(const std::string& value)
{
    static const std::string empty = page_with("");
    const std::string html = page_with(value);
    for (char c : {'<', '>', '"', '\''})
        if (count(html, c) != count(empty, c)) std::abort();
    if (!every_ampersand_starts_an_entity(html) || runs_script(first_href(html))) std::abort();
    if (pmi::text::valid_utf8(value) && !pmi::text::valid_utf8(html)) std::abort();
}

void check_mail(const std::string& value)
{
    const std::string html = pmi::mailing::escape_html(value);
    for (char c : {'<', '>', '"', '\''})
        if (count(html, c) != 0) std::abort();
    if (!every_ampersand_starts_an_entity(html) || unescaped(html) != value) std::abort();
    if (pmi::text::valid_utf8(value) && !pmi::text::valid_utf8(html)) std::abort();
}

// The catalog's part in a mail: English, {1}, {2}... replaced by the arguments.
class English final : public pmi::Translator {
public:
    std::string translate(std::string_view, std::string_view message) const override { return std::string(message); }
    std::string format(std::string_view, std::string_view message, const std::vector<std::string>& arguments) const override
    {
        std::string text(message);
        for (std::size_t k = 0; k < arguments.size(); ++k) {
            const std::string slot = "{" + std::to_string(k + 1) + "}";
            if (auto at = text.find(slot); at != std::string::npos) text.replace(at, slot.size(), arguments[k]);
        }
        return text;
    }
    bool supports(std::string_view language) const override { return language == "en"; }
};

// The markup the composer writes: a tag from its list, or a link to a web address.
std::size_t composed_tag_length(std::string_view html)
{
    for (std::string_view tag : {"<p>", "</p>", "<br>", "<hr>", "<footer>", "</footer>", "</a>"})
        if (html.starts_with(tag)) return tag.size();
    constexpr std::string_view kLink = "<a href=\"";
    if (!html.starts_with(kLink)) return 0;
    const auto end = html.find("\">", kLink.size());
    const auto href = html.substr(kLink.size(), end - kLink.size());
    if (end == std::string_view::npos || href.find_first_of("<>\"") != std::string_view::npos) return 0;
    const std::string address = unescaped(href);
    return address.starts_with("http://") || address.starts_with("https://") ? end + 2 : 0;
}

void check_composed(const std::string& html)
{
    for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1))
        if (composed_tag_length(std::string_view(html).substr(at)) == 0) std::abort();
    if (count(html, '<') != count(html, '>') || count(html, '"') % 2 != 0 || !every_ampersand_starts_an_entity(html)) std::abort();
}

// The value as a subscriber's name, the sender's identity and the links of the mails that
// answer a subscription.
void check_list_mail(const std::string& value)
{
    static const English english;
    const pmi::mailing::SenderIdentity sender{value, value, value, value, value};
    check_composed(pmi::mailing::compose_confirmation(english, "en", value, sender, value, value).html_body);
    check_composed(pmi::mailing::compose_already_subscribed(english, "en", value, sender, value, value).html_body);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string value(reinterpret_cast<const char*>(data), size);
    check_page(value);
    check_mail(value);
    check_list_mail(value);
    return 0;
}
