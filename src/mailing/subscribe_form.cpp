#include "mailing/subscribe_form.hpp"

#include <algorithm>

#include "mailing/topics.hpp"
#include "mailing/wording.hpp"
#include "mailing/view_helpers.hpp"

namespace pmi::mailing {
namespace {

// Stands for the CSRF token in the kept copy; the token is URL-safe base64, which needs no
// escaping in an attribute.
constexpr std::string_view kTokenMark = "pmi-csrf-token-mark";

bool has_own_form(std::string_view path)
{
    for (std::string_view prefix : {"/manage", "/admin", "/mailing/", "/api/"})
        if (path.rfind(prefix, 0) == 0) return true;
    return false;
}

}  // namespace

void SubscribeForm::fill(ctemplate::TemplateDictionary& form, const web::Exchange& exchange, std::string_view prefix,
                         const web::Fields& fields, const std::vector<Error>& errors) const
{
    const auto& i18n = views_.i18n;
    const std::string& language = exchange.language;
    auto content = site_.content();
    form.SetValue("PREFIX", std::string(prefix));
    form.SetValue("LANG", language);
    form.SetValue("CSRF_TOKEN", exchange.csrf_token);
    for (const char* name : {"email", "name", "organisation"}) form.SetValue(std::string("FIELD_") + name, std::string(fields.get(name)));
    const std::string chosen(fields.get("language"));
    web::language_options(form, i18n, chosen.empty() ? language : chosen);
    const auto checked = fields.all("topics");
    topic_checkboxes(form, topics(content->regions), {checked.begin(), checked.end()}, i18n, language);
    if (auto text = consent(exchange)) {
        form.SetValue("STATEMENT", text->statement);
        form.SetValue("AGREEMENT", text->agreement);
    }
    for (const auto& error : errors) {
        if (error.field.empty()) continue;
        form.SetValue("ERROR_" + error.field, i18n.error_text(language, error));
        form.ShowSection("INVALID_" + error.field);
    }
}

std::optional<ConsentText> SubscribeForm::consent(const web::Exchange& exchange) const
{
    auto content = site_.content();
    if (!content->program) return std::nullopt;
    return consent_text(views_.i18n, exchange.language, *content->program);
}

std::string SubscribeForm::footer(const web::Exchange& exchange)
{
    if (has_own_form(exchange.request.path)) return {};
    auto content = site_.content();
    if (!content->program) return {};
    std::lock_guard lock(mutex_);
    auto& copy = copies_[exchange.language];
    if (copy.content != content) {
        web::Exchange blank(exchange.request, exchange.request_id);
        blank.language = exchange.language;
        blank.csrf_token = std::string(kTokenMark);
        ctemplate::TemplateDictionary footer("subscribe_footer");
        auto* form = footer.AddIncludeDictionary("FORM");
        form->SetFilename("mailing/views/subscribe_form.tpl");
        fill(*form, blank, "footer-", web::Fields{}, {});
        const std::string html = views_.templates.expand("mailing/views/subscribe_footer.tpl", footer, exchange.language);
        const auto mark = html.find(kTokenMark);
        copy = Copy{content, html.substr(0, mark), mark == std::string::npos ? std::string{} : html.substr(mark + kTokenMark.size())};
    }
    return copy.before_token + exchange.csrf_token + copy.after_token;
}

}  // namespace pmi::mailing
