#include "site/manage_pages.hpp"

#include "core/text.hpp"
#include "core/translator.hpp"
#include "site/view_helpers.hpp"

namespace pmi::site {
namespace {

LocalizedText localized_field(const web::Fields& form, const std::string& name, const web::I18n& i18n)
{
    LocalizedText text;
    // Text that is only spaces is no text: the language falls back, visibly, instead.
    for (const auto& language : i18n.languages()) {
        std::string value(form.get(name + "_" + language.code));
        text.set(language.code, text::trim(value).empty() ? std::string{} : value);
    }
    return text;
}

std::string languages_present(const LocalizedText& text)
{
    std::string codes;
    for (const auto& [language, value] : text.versions()) codes += (codes.empty() ? "" : ", ") + language;
    return codes;
}

// One fieldset per language, with that language's texts and the errors about them.
void language_fieldsets(ctemplate::TemplateDictionary& body, const web::I18n& i18n, const web::Exchange& exchange,
                        const std::vector<std::pair<std::string, const LocalizedText*>>& texts, const Error* error)
{
    std::vector<Error> errors = error ? flatten(*error) : std::vector<Error>{};
    for (const auto& language : i18n.languages()) {
        auto* section = body.AddSectionDictionary("LANGUAGE");
        section->SetValue("CODE", language.code);
        section->SetValue("NAME", language.name);
        for (const auto& [name, text] : texts) {
            std::string upper;
            for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            section->SetValue(upper, text->get(language.code));
            for (const auto& item : errors)
                if (item.field == name + "_" + language.code)
                    section->SetValueAndShowSection(upper + "_ERROR", i18n.error_text(exchange.language, item), upper + "_INVALID");
        }
    }
}

}  // namespace

web::Response ManagePages::index(web::Exchange& exchange)
{
    if (auto allowed = service_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    web::Page page(views_, exchange, "site/views/manage.tpl");
    page.title(page.t("Manage site"));
    for (const auto& content : service_.pages_for_editing(exchange.actor)) {
        auto* row = page.body().AddSectionDictionary("PAGE");
        row->SetValue("SLUG", content.slug);
        set_localized(*row, "TITLE", content.title, exchange, views_.i18n);
        row->SetValue("LANGUAGES", languages_present(content.body));
        row->SetValue("UPDATED", views_.i18n.date(exchange.language, content.updated_at));
    }
    for (const auto& post : service_.news_for_editing(exchange.actor)) {
        auto* row = page.body().AddSectionDictionary("POST");
        row->SetIntValue("ID", static_cast<long>(post.id.value));
        row->SetValue("SLUG", post.slug);
        set_localized(*row, "TITLE", post.title, exchange, views_.i18n);
        row->SetValue("STATUS", post.published_at ? views_.i18n.date(exchange.language, *post.published_at) : page.t("Draft"));
        row->SetValue("LANGUAGES", languages_present(post.body));
    }
    return page.render();
}

web::Response ManagePages::page_editor(web::Exchange& exchange, const std::string& slug, const PageEdit& edit,
                                       const Error* error)
{
    web::Fields fields;
    fields.add("slug", slug);
    return web::form_page(views_, exchange, "site/views/page_edit.tpl", "Edit a page", fields, error, [&](auto& body) {
        body.SetValue("SLUG", slug.empty() ? "new-page" : slug);
        language_fieldsets(body, views_.i18n, exchange, {{"title", &edit.title}, {"body", &edit.body}}, error);
    });
}

web::Response ManagePages::page_form(web::Exchange& exchange)
{
    if (auto allowed = service_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    std::string slug(exchange.request.path_parameter("slug"));
    auto existing = service_.page(slug);
    if (!existing.ok()) return page_editor(exchange, slug == "new-page" ? "" : slug, {}, nullptr);
    return page_editor(exchange, slug, {existing->title, existing->body}, nullptr);
}

web::Response ManagePages::save_page(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    std::string slug(form.get("slug"));
    PageEdit edit{localized_field(form, "title", views_.i18n), localized_field(form, "body", views_.i18n)};
    auto result = service_.edit_page(exchange.actor, slug, edit);
    if (result.ok()) return web::Response::redirect("/pages/" + web::percent_encode(slug) + "?notice=saved");
    if (result.error().code == ErrorCode::Unauthenticated || result.error().code == ErrorCode::Forbidden)
        return web::refusal(views_, exchange, result.error());
    return page_editor(exchange, slug, edit, &result.error());
}

web::Response ManagePages::news_editor(web::Exchange& exchange, const std::string& action, const NewsEdit& edit,
                                       const Error* error)
{
    web::Fields fields;
    fields.add("slug", edit.slug);
    return web::form_page(views_, exchange, "site/views/news_edit.tpl", "News post", fields, error, [&](auto& body) {
        body.SetValue("ACTION", action);
        const bool creating = action == "/manage/news";
        body.SetValue("HEADING", views_.i18n.translate(exchange.language, creating ? N_("Write a news post") : N_("Edit a news post")));
        if (edit.publish == Publish::Yes) body.ShowSection("PUBLISH_CHECKED");
        language_fieldsets(body, views_.i18n, exchange,
                           {{"title", &edit.title}, {"summary", &edit.summary}, {"body", &edit.body}}, error);
    });
}

web::Response ManagePages::new_news_form(web::Exchange& exchange)
{
    if (auto allowed = service_.can_manage(exchange.actor); !allowed.ok()) return web::refusal(views_, exchange, allowed.error());
    return news_editor(exchange, "/manage/news", NewsEdit{}, nullptr);
}

namespace {

NewsEdit news_from_form(const web::Fields& form, const web::I18n& i18n)
{
    return NewsEdit{std::string(form.get("slug")), localized_field(form, "title", i18n),
                    localized_field(form, "summary", i18n), localized_field(form, "body", i18n),
                    form.get("publish") == "yes" ? Publish::Yes : Publish::No};
}

}  // namespace

web::Response ManagePages::create_news(web::Exchange& exchange)
{
    auto edit = news_from_form(exchange.request.form(), views_.i18n);
    auto result = service_.create_news(exchange.actor, edit);
    if (result.ok()) return web::Response::redirect("/news/" + web::percent_encode(edit.slug) + "?notice=saved");
    if (result.error().code == ErrorCode::Unauthenticated || result.error().code == ErrorCode::Forbidden)
        return web::refusal(views_, exchange, result.error());
    return news_editor(exchange, "/manage/news", edit, &result.error());
}

web::Response ManagePages::news_form(web::Exchange& exchange)
{
    std::int64_t id = std::atoll(std::string(exchange.request.path_parameter("id")).c_str());
    auto post = service_.news_post_for_editing(exchange.actor, NewsPostId{id});
    if (!post.ok()) return web::refusal(views_, exchange, post.error());
    NewsEdit edit{post->slug, post->title, post->summary, post->body, post->published_at ? Publish::Yes : Publish::No};
    return news_editor(exchange, "/manage/news/" + std::to_string(id) + "/edit", edit, nullptr);
}

web::Response ManagePages::update_news(web::Exchange& exchange)
{
    std::int64_t id = std::atoll(std::string(exchange.request.path_parameter("id")).c_str());
    auto edit = news_from_form(exchange.request.form(), views_.i18n);
    auto result = service_.update_news(exchange.actor, NewsPostId{id}, edit);
    if (result.ok()) return web::Response::redirect("/news/" + web::percent_encode(edit.slug) + "?notice=saved");
    if (result.error().code != ErrorCode::Invalid && result.error().code != ErrorCode::Conflict)
        return web::refusal(views_, exchange, result.error());
    return news_editor(exchange, "/manage/news/" + std::to_string(id) + "/edit", edit, &result.error());
}

}  // namespace pmi::site
