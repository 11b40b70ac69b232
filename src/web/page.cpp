#include "web/page.hpp"

#include <fmt/format.h>

#include "core/translator.hpp"

#include "web/notices.hpp"

namespace pmi::web {
namespace {

// The current address with `lang` replaced, for the language switch.
std::string address_in_language(const Request& request, std::string_view language)
{
    std::string query;
    const Fields fields = request.query();
    for (const auto& [name, value] : fields.entries()) {
        if (name == "lang") continue;
        query += percent_encode(name) + "=" + percent_encode(value) + "&";
    }
    return request.path + "?" + query + "lang=" + std::string(language);
}

}  // namespace

Page::Page(const Views& views, const Exchange& exchange, std::string body_template)
    : views_(views), exchange_(exchange), layout_(std::make_unique<ctemplate::TemplateDictionary>("layout"))
{
    body_ = layout_->AddIncludeDictionary("BODY");
    body_->SetFilename(body_template);
    form_errors_ = body_->AddIncludeDictionary("FORM_ERRORS");
    form_errors_->SetFilename("web/views/form_errors.tpl");
    fill_layout();
}

void Page::fill_layout()
{
    auto& layout = *layout_;
    const auto& language = exchange_.language;
    // An included template does not see its parent's values: the body gets its own copy.
    for (auto* dictionary : {layout_.get(), body_}) {
        dictionary->SetValue("LANG", language);
        dictionary->SetValue("CSRF_TOKEN", exchange_.csrf_token);
        dictionary->SetValue("CURRENT_PATH", exchange_.request.path);
    }
    for (const auto& available : views_.i18n.languages()) {
        auto* item = layout.AddSectionDictionary("LANGUAGES");
        item->SetValue("CODE", available.code);
        item->SetValue("NAME", available.name);
        item->SetValue("URL", address_in_language(exchange_.request, available.code));
        if (available.code == language) item->ShowSection("CURRENT");
        else item->ShowSection("OTHER");
    }
    const Fields query = exchange_.request.query();
    if (auto notice = notice_message(query.get("notice")))
        layout.SetValueAndShowSection("NOTICE_TEXT", t(*notice), "NOTICE");
    if (views_.footer) layout.SetValue("FOOTER_HTML", views_.footer(exchange_));
    const auto& actor = exchange_.actor;
    if (actor.signed_in()) {
        auto* user = layout.AddSectionDictionary("SIGNED_IN");
        user->SetValue("USER_NAME", actor.name);
        if (actor.runs_program()) layout.ShowSection("MANAGES_CONTENT");
        if (actor.has_role(Role::Admin)) layout.ShowSection("ADMIN");
        if (actor.has_role(Role::Applicant)) layout.ShowSection("APPLICANT");
        if (actor.has_role(Role::Reviewer)) layout.ShowSection("REVIEWER");
    } else {
        layout.ShowSection("SIGNED_OUT");
    }
}

Page& Page::title(const std::string& text)
{
    layout_->SetValue("TITLE", text);
    body_->SetValue("TITLE", text);
    return *this;
}

Page& Page::updated(std::int64_t unix_seconds)
{
    auto* section = layout_->AddSectionDictionary("UPDATED");
    section->SetValue("UPDATED_DATE", views_.i18n.date(exchange_.language, unix_seconds));
    return *this;
}

Page& Page::notice(const std::string& text)
{
    layout_->SetValueAndShowSection("NOTICE_TEXT", text, "NOTICE");
    return *this;
}

Page& Page::errors(const std::vector<Error>& errors)
{
    if (errors.empty()) return *this;
    auto* list = form_errors_->AddSectionDictionary("ERRORS");
    list->SetIntValue("ERROR_COUNT", static_cast<long>(errors.size()));
    for (const auto& error : errors) {
        if (error.field == "body" || error.field == "token") body_->ShowSection("INVALID_" + error.field);
        auto text = views_.i18n.error_text(exchange_.language, error);
        auto* item = list->AddSectionDictionary("ERROR");
        item->SetValue("MESSAGE", text);
        if (!error.field.empty()) {
            item->SetValueAndShowSection("FIELD", error.field, "HAS_FIELD");
            body_->SetValue("ERROR_" + error.field, text);
            body_->ShowSection("INVALID_" + error.field);
        } else {
            item->ShowSection("NO_FIELD");
        }
    }
    layout_->SetValue("TITLE_PREFIX", t("Error") + ": ");
    return *this;
}

Response Page::render(int status) const
{
    Response response;
    response.status = status;
    response.body = views_.templates.expand("web/views/layout.tpl", *layout_, exchange_.language);
    return response;
}

Response error_page(const Views& views, const Exchange& exchange, const Error& error)
{
    Page page(views, exchange, "web/views/error.tpl");
    page.title(views.i18n.translate(exchange.language, error.code == ErrorCode::NotFound ? N_("Page not found")
                                                        : error.code == ErrorCode::Forbidden ? N_("Not allowed")
                                                                                            : N_("Something is wrong")));
    page.body().SetValue("MESSAGE", views.i18n.error_text(exchange.language, error));
    if (error.code == ErrorCode::Unauthenticated) page.body().ShowSection("SIGN_IN");
    return page.render(error_code_http_status(error.code));
}

Response refusal(const Views& views, const Exchange& exchange, const Error& error)
{
    if (error.code == ErrorCode::Unauthenticated)
        return Response::redirect("/sign-in?next=" + percent_encode(exchange.request.path));
    return error_page(views, exchange, error);
}

void refill(ctemplate::TemplateDictionary& dictionary, const Fields& fields)
{
    for (const auto& [name, value] : fields.entries()) {
        if (name.find("password") != std::string::npos || name == "csrf_token") continue;  // never echo secrets
        dictionary.SetValue("FIELD_" + name, value);
    }
}

}  // namespace pmi::web

namespace pmi::web {

Response form_page(const Views& views, const Exchange& exchange, const std::string& body_template,
                   std::string_view title_message, const Fields& fields, const Error* error,
                   const std::function<void(ctemplate::TemplateDictionary&)>& fill)
{
    Page page(views, exchange, body_template);
    page.title(views.i18n.translate(exchange.language, title_message));
    refill(page.body(), fields);
    if (fill) fill(page.body());
    if (!error) return page.render(200);
    page.errors(flatten(*error));
    auto response = page.render(error_code_http_status(error->code));
    response.retry_after(error->retry_after_seconds);
    return response;
}

void language_options(ctemplate::TemplateDictionary& dictionary, const I18n& i18n, std::string_view selected)
{
    for (const auto& language : i18n.languages()) {
        auto* option = dictionary.AddSectionDictionary("LANGUAGE_OPTION");
        option->SetValue("CODE", language.code);
        option->SetValue("NAME", language.name);
        if (language.code == selected) option->ShowSection("SELECTED");
    }
}

std::string safe_return_path(std::string_view next, std::string_view fallback)
{
    bool local = next.size() > 0 && next.size() < 512 && next.front() == '/' && next.substr(0, 2) != "//" &&
                 next.substr(0, 2) != "/\\" && next.find_first_of("\r\n\\") == std::string_view::npos;
    return std::string(local ? next : fallback);
}

}  // namespace pmi::web
