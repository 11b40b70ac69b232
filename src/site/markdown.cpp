#include "site/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

#include "core/memo.hpp"

namespace pmi::site {

namespace {

std::string render(std::string_view markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    // CMARK_OPT_UNSAFE is deliberately absent: raw HTML and dangerous URLs are omitted.
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options), cmark_parser_free);
    cmark_syntax_extension* table = nullptr;
    for (const char* name : {"table", "strikethrough", "autolink"}) {
        if (auto* extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser.get(), extension);
            if (std::string_view(name) == "table") table = extension;
        }
    }
    (void)table;
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(cmark_parser_finish(parser.get()), cmark_node_free);
    char* html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    std::string result(html);
    free(html);
    return result;
}

}  // namespace

// Pages render the same few texts on every request; a text's HTML depends on nothing else.
std::string markdown_to_html(std::string_view markdown)
{
    static Memo rendered(2'000, 32 * 1024 * 1024);
    return rendered.get(std::string(markdown), [&] { return render(markdown); });
}

}  // namespace pmi::site
