#include "site/pages.hpp"

#include "core/translator.hpp"
#include "site/markdown.hpp"
#include "site/view_helpers.hpp"

namespace pmi::site {
namespace {

constexpr std::size_t kHomeNews = 3;  // the latest posts on the home page

// set_localized for a Markdown body, with the HTML made once per snapshot of the content.
void set_markdown(ctemplate::TemplateDictionary& dictionary, const std::string& name, const LocalizedText& text,
                  const web::Exchange& exchange, const web::I18n& i18n, const SiteContent& content)
{
    set_localized(dictionary, name, text, exchange, i18n);  // the version's language and the fallback note
    const std::string markdown = text.pick(exchange.language).text;
    dictionary.SetValue(name + "_HTML", *content.html.get(markdown, [&] { return markdown_to_html(markdown); }));
}

// I18n::date and I18n::money_compact, made once per snapshot for each language and value.
std::string date(const SiteContent& content, const web::I18n& i18n, const std::string& language, Seconds moment)
{
    return *content.formatted.get("date " + language + " " + std::to_string(moment),
                                  [&] { return i18n.date(language, moment); });
}

std::string money_compact(const SiteContent& content, const web::I18n& i18n, const std::string& language,
                          std::int64_t cents)
{
    return *content.formatted.get("money " + language + " " + std::to_string(cents),
                                  [&] { return i18n.money_compact(language, cents); });
}

}  // namespace

void SitePages::add_news(ctemplate::TemplateDictionary& dictionary, const std::vector<NewsPost>& posts,
                         const web::Exchange& exchange) const
{
    auto content = service_.content();
    for (const auto& post : posts) {
        auto* row = dictionary.AddSectionDictionary("NEWS");
        row->SetValue("SLUG", post.slug);
        set_localized(*row, "TITLE", post.title, exchange, views_.i18n);
        set_localized(*row, "SUMMARY", post.summary, exchange, views_.i18n);
        row->SetValue("DATE", date(*content, views_.i18n, exchange.language, post.published_at.value_or(post.updated_at)));
    }
}

web::Response SitePages::home(web::Exchange& exchange)
{
    auto home = service_.home();
    if (!home.ok()) return web::error_page(views_, exchange, home.error());
    const SiteContent& content = **home;
    const auto& i18n = views_.i18n;
    const auto& program = *content.program;
    web::Page page(views_, exchange, "site/views/home.tpl");
    auto& body = page.body();
    page.title(program.name.pick(exchange.language).text).updated(program.updated_at);
    set_localized(body, "PROGRAM_NAME", program.name, exchange, i18n);
    set_localized(body, "TAGLINE", program.tagline, exchange, i18n);
    set_localized(body, "SUMMARY", program.summary, exchange, i18n);
    body.SetValue("CASH", money_compact(content, i18n, exchange.language, program.cash_envelope_cents));
    body.SetValue("IN_KIND", money_compact(content, i18n, exchange.language, program.in_kind_commitment_cents));
    body.SetIntValue("COUNTRY_COUNT", static_cast<long>(content.countries.size()));
    body.SetIntValue("AREA_COUNT", static_cast<long>(content.areas.size()));
    for (const auto& area : content.areas) {
        auto* row = body.AddSectionDictionary("AREA");
        row->SetValue("CODE", area.code);
        row->SetIntValue("NUMBER", area.number);
        set_localized(*row, "NAME", area.name, exchange, i18n);
        set_localized(*row, "SUMMARY", area.summary, exchange, i18n);
    }
    for (const auto& region : content.regions) {
        auto* section = body.AddSectionDictionary("REGION");
        set_localized(*section, "NAME", region.name, exchange, i18n);
        for (const auto& country : content.countries) {
            if (country.region_code != region.code) continue;
            auto* row = section->AddSectionDictionary("COUNTRY");
            row->SetValue("CODE", country.code);
            set_localized(*row, "NAME", country.name, exchange, i18n);
            row->SetValue("LANGUAGES", language_names(country.working_languages, exchange, i18n));
        }
    }
    const auto& latest = content.latest_news;
    add_news(body, {latest.begin(), latest.begin() + static_cast<std::ptrdiff_t>(std::min(kHomeNews, latest.size()))},
             exchange);
    for (const auto& section : home_sections_) section(body, exchange);
    return page.render();
}

web::Response SitePages::countries(web::Exchange& exchange)
{
    auto content = service_.content();
    const auto& i18n = views_.i18n;
    web::Page page(views_, exchange, "site/views/countries.tpl");
    page.title(page.t("Where we work"));
    Seconds updated = 0;
    for (const auto& region : content->regions) {
        auto* section = page.body().AddSectionDictionary("REGION");
        section->SetValue("CODE", region.code);
        set_localized(*section, "NAME", region.name, exchange, i18n);
        for (const auto& country : content->countries) {
            if (country.region_code != region.code) continue;
            auto* row = section->AddSectionDictionary("COUNTRY");
            row->SetValue("CODE", country.code);
            set_localized(*row, "NAME", country.name, exchange, i18n);
            set_localized(*row, "SUMMARY", country.summary, exchange, i18n);
            row->SetValue("LANGUAGES", language_names(country.working_languages, exchange, i18n));
            updated = std::max(updated, country.updated_at);
        }
    }
    if (updated) page.updated(updated);
    return page.render();
}

web::Response SitePages::country(web::Exchange& exchange)
{
    auto content = service_.content();
    const Country* country = content->country(exchange.request.path_parameter("code"));
    if (!country) return web::error_page(views_, exchange, not_found());
    const auto& i18n = views_.i18n;
    web::Page page(views_, exchange, "site/views/country.tpl");
    page.title(country->name.pick(exchange.language).text).updated(country->updated_at);
    auto& body = page.body();
    set_localized(body, "NAME", country->name, exchange, i18n);
    set_markdown(body, "BODY", country->body, exchange, i18n, *content);
    body.SetValue("LANGUAGES", language_names(country->working_languages, exchange, i18n));
    for (const auto& region : content->regions)
        if (region.code == country->region_code) set_localized(body, "REGION", region.name, exchange, i18n);
    return page.render();
}

web::Response SitePages::areas(web::Exchange& exchange)
{
    web::Page page(views_, exchange, "site/views/areas.tpl");
    page.title(page.t("Programming areas"));
    Seconds updated = 0;
    auto content = service_.content();
    for (const auto& area : content->areas) {
        auto* row = page.body().AddSectionDictionary("AREA");
        row->SetValue("CODE", area.code);
        set_localized(*row, "NAME", area.name, exchange, views_.i18n);
        set_localized(*row, "SUMMARY", area.summary, exchange, views_.i18n);
        updated = std::max(updated, area.updated_at);
    }
    if (updated) page.updated(updated);
    return page.render();
}

web::Response SitePages::area(web::Exchange& exchange)
{
    auto content = service_.content();
    const ProgrammingArea* area = content->area(exchange.request.path_parameter("code"));
    if (!area) return web::error_page(views_, exchange, not_found());
    web::Page page(views_, exchange, "site/views/area.tpl");
    page.title(area->name.pick(exchange.language).text).updated(area->updated_at);
    page.body().SetIntValue("NUMBER", area->number);
    set_localized(page.body(), "NAME", area->name, exchange, views_.i18n);
    set_localized(page.body(), "SUMMARY", area->summary, exchange, views_.i18n);
    set_markdown(page.body(), "BODY", area->body, exchange, views_.i18n, *content);
    return page.render();
}

web::Response SitePages::news(web::Exchange& exchange)
{
    auto content = service_.content();
    const auto& posts = content->latest_news;
    web::Page page(views_, exchange, "site/views/news_list.tpl");
    page.title(page.t("The Latest"));
    add_news(page.body(), posts, exchange);
    if (posts.empty()) page.body().ShowSection("NO_NEWS");
    else page.updated(posts.front().published_at.value_or(posts.front().updated_at));
    return page.render();
}

web::Response SitePages::news_post(web::Exchange& exchange)
{
    auto found = service_.news_post(exchange.actor, exchange.request.path_parameter("slug"));
    if (!found.ok()) return web::error_page(views_, exchange, found.error());
    const auto& post = *found;
    auto content = service_.content();
    web::Page page(views_, exchange, "site/views/news_post.tpl");
    page.title(post->title.pick(exchange.language).text).updated(post->updated_at);
    set_localized(page.body(), "TITLE", post->title, exchange, views_.i18n);
    set_markdown(page.body(), "BODY", post->body, exchange, views_.i18n, *content);
    if (post->published_at)
        page.body().SetValueAndShowSection("DATE", date(*content, views_.i18n, exchange.language, *post->published_at),
                                           "PUBLISHED");
    else page.body().ShowSection("DRAFT");
    return page.render();
}

web::Response SitePages::page(web::Exchange& exchange)
{
    auto site = service_.content();
    const ContentPage* content = site->page(exchange.request.path_parameter("slug"));
    if (!content) return web::error_page(views_, exchange, not_found());
    web::Page page(views_, exchange, "site/views/page.tpl");
    page.title(content->title.pick(exchange.language).text).updated(content->updated_at);
    set_localized(page.body(), "TITLE", content->title, exchange, views_.i18n);
    set_markdown(page.body(), "BODY", content->body, exchange, views_.i18n, *site);
    if (content->slug == "funding" && site->program) add_funding_figures(page.body(), *site->program, exchange);
    return page.render();
}

// The envelope as a table and as an SVG bar chart (no inline style: the policy forbids it).
void SitePages::add_funding_figures(ctemplate::TemplateDictionary& dictionary, const Program& program,
                                    const web::Exchange& exchange) const
{
    const auto& i18n = views_.i18n;
    auto* figures = dictionary.AddSectionDictionary("FIGURES");
    const std::int64_t total = program.cash_envelope_cents + program.in_kind_commitment_cents;
    struct Source {
        std::string_view label, kind;
        std::int64_t cents;
    };
    const Source sources[] = {{N_("Federal government (cash)"), "cash", program.cash_envelope_cents},
                              {N_("Canadian municipalities (in kind)"), "in-kind", program.in_kind_commitment_cents}};
    const std::int64_t largest = std::max<std::int64_t>(1, std::max(program.cash_envelope_cents, program.in_kind_commitment_cents));
    int index = 0;
    for (const auto& source : sources) {
        std::string label = i18n.translate(exchange.language, source.label);
        std::string amount = i18n.money_compact(exchange.language, source.cents);
        auto* row = figures->AddSectionDictionary("ROW");
        row->SetValue("LABEL", label);
        row->SetValue("AMOUNT", i18n.money(exchange.language, source.cents));
        row->SetValue("SHARE", i18n.number(exchange.language, total ? 100.0 * static_cast<double>(source.cents) / static_cast<double>(total) : 0, 1) + " %");
        auto* bar = figures->AddSectionDictionary("BAR");
        const long width = static_cast<long>(460 * source.cents / largest);
        bar->SetValue("LABEL", label);
        bar->SetValue("AMOUNT", amount);
        bar->SetValue("KIND", std::string(source.kind));
        bar->SetIntValue("LABEL_Y", 16 + index * 62);
        bar->SetIntValue("BAR_Y", 24 + index * 62);
        bar->SetIntValue("WIDTH", std::max(2L, width));
        bar->SetIntValue("VALUE_X", std::max(2L, width) + 8);
        bar->SetIntValue("VALUE_Y", 41 + index * 62);
        ++index;
    }
    figures->SetValue("TOTAL", i18n.money(exchange.language, total));
}

web::Response SitePages::contact(web::Exchange& exchange)
{
    auto site = service_.home();
    if (!site.ok()) return web::error_page(views_, exchange, site.error());
    const auto& program = (*site)->program;
    web::Page page(views_, exchange, "site/views/contact.tpl");
    page.title(page.t("Contact")).updated(program->updated_at);
    auto& body = page.body();
    body.SetValue("CONTACT_NAME", program->contact_name);
    set_localized(body, "CONTACT_ROLE", program->contact_role, exchange, views_.i18n);
    body.SetValue("CONTACT_EMAIL", program->contact_email);
    body.SetValue("CONTACT_PHONE", program->contact_phone);
    std::string digits;
    for (char c : program->contact_phone)
        if ((c >= '0' && c <= '9') || c == '+') digits += c;
    body.SetValue("CONTACT_PHONE_DIGITS", digits);
    if (const ContentPage* content = (*site)->page("contact")) {
        set_markdown(body, "BODY", content->body, exchange, views_.i18n, **site);
        page.updated(std::max(program->updated_at, content->updated_at));
    }
    return page.render();
}

}  // namespace pmi::site
