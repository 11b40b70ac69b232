#include "accounts/pages.hpp"

#include "accounts/second_factor_pages.hpp"

namespace pmi::accounts {
namespace {

constexpr std::string_view kSignUp = "accounts/views/sign_up.tpl";
constexpr std::string_view kSignIn = "accounts/views/sign_in.tpl";
constexpr std::string_view kForgot = "accounts/views/forgot.tpl";
constexpr std::string_view kReset = "accounts/views/reset.tpl";

SignUp sign_up_from(const web::Fields& form)
{
    return SignUp{std::string(form.get("name")), std::string(form.get("email")), std::string(form.get("password")),
                  std::string(form.get("language"))};
}

}  // namespace

web::Response AccountPages::sign_up_form(web::Exchange& exchange)
{
    if (exchange.actor.signed_in()) return web::Response::redirect("/account");
    return web::form_page(views_, exchange, std::string(kSignUp), "Create an account", {}, nullptr,
                          [&](auto& body) { web::language_options(body, views_.i18n, exchange.language); });
}

web::Response AccountPages::sign_up(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto result = service_.sign_up(sign_up_from(form));
    if (result.ok()) return web::Response::redirect("/sign-in?notice=signed-up");
    return web::form_page(views_, exchange, std::string(kSignUp), "Create an account", form, &result.error(),
                          [&](auto& body) { web::language_options(body, views_.i18n, form.get("language")); });
}

web::Response AccountPages::verify(web::Exchange& exchange)
{
    const auto query = exchange.request.query();
    auto result = service_.verify_email(std::string(query.get("token")));
    web::Page page(views_, exchange, "accounts/views/verified.tpl");
    if (result.ok()) {
        page.title(page.t("Email address confirmed"));
        page.body().ShowSection("DONE");
        return page.render();
    }
    page.title(page.t("This link does not work"));
    page.body().SetValueAndShowSection("MESSAGE", views_.i18n.error_text(exchange.language, result.error()), "FAILED");
    return page.render(error_code_http_status(result.error().code));
}

web::Response AccountPages::sign_in_form(web::Exchange& exchange)
{
    if (exchange.actor.signed_in()) return web::Response::redirect("/account");
    return web::form_page(views_, exchange, std::string(kSignIn), "Sign in", exchange.request.query(), nullptr);
}

web::Response AccountPages::sign_in(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto result = service_.sign_in(std::string(form.get("email")), std::string(form.get("password")),
                                   exchange.request.client_address);
    if (!result.ok()) return web::form_page(views_, exchange, std::string(kSignIn), "Sign in", form, &result.error());
    if (result->second_step_needed()) return second_step_page(views_, exchange, result->pending_token, form.get("next"), nullptr);
    return enter_session(service_, exchange, *result, form.get("next"));
}

web::Response AccountPages::sign_out(web::Exchange& exchange)
{
    if (exchange.session_id) service_.sign_out(*exchange.session_id);
    exchange.end_session();
    return web::Response::redirect("/?notice=signed-out");
}

web::Response AccountPages::forgot_form(web::Exchange& exchange)
{
    return web::form_page(views_, exchange, std::string(kForgot), "Reset your password", {}, nullptr);
}

web::Response AccountPages::forgot(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto result = service_.request_password_reset(std::string(form.get("email")), exchange.language);
    if (result.ok()) return web::Response::redirect("/sign-in?notice=reset-sent");
    return web::form_page(views_, exchange, std::string(kForgot), "Reset your password", form, &result.error());
}

web::Response AccountPages::reset_form(web::Exchange& exchange)
{
    return web::form_page(views_, exchange, std::string(kReset), "Choose a new password", exchange.request.query(), nullptr);
}

web::Response AccountPages::reset(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    auto result = service_.reset_password(std::string(form.get("token")), std::string(form.get("password")));
    if (result.ok()) return web::Response::redirect("/sign-in?notice=password-reset");
    return web::form_page(views_, exchange, std::string(kReset), "Choose a new password", form, &result.error());
}

web::Response AccountPages::account(web::Exchange& exchange)
{
    return account_page(exchange, {}, nullptr);
}

web::Response AccountPages::account_page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    const auto& actor = exchange.actor;
    if (!actor.signed_in()) return web::Response::redirect("/sign-in?next=/account");
    return web::form_page(views_, exchange, "accounts/views/account.tpl", "Your account", fields, error, [&](auto& body) {
        body.SetValue("NAME", actor.name);
        body.SetValue("EMAIL", actor.email);
        for (const auto& membership : actor.memberships) {
            auto* row = body.AddSectionDictionary("ROLE");
            row->SetValue("ROLE_NAME", views_.i18n.translate(exchange.language, role_label(membership.role)));
            row->SetValue("ORGANISATION", membership.organisation_name);
        }
        if (actor.memberships.empty()) body.ShowSection("NO_ROLE");
        else body.ShowSection("HAS_ROLE");
        web::language_options(body, views_.i18n, actor.language);
    });
}

web::Response AccountPages::change_password(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account");
    const auto form = exchange.request.form();
    auto result = service_.change_password(exchange.actor, exchange.session_id.value_or(""),
                                           std::string(form.get("current_password")), std::string(form.get("new_password")));
    if (result.ok()) return web::Response::redirect("/account?notice=password-changed");
    return account_page(exchange, form, &result.error());
}

web::Response AccountPages::change_email(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account");
    const auto form = exchange.request.form();
    auto result = service_.request_email_change(exchange.actor, std::string(form.get("password")), std::string(form.get("email")));
    if (result.ok()) return web::Response::redirect("/account?notice=email-change-sent");
    return account_page(exchange, form, &result.error());
}

web::Response AccountPages::change_language(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account");
    const auto form = exchange.request.form();
    std::string language(form.get("language"));
    auto result = service_.change_language(exchange.actor, language);
    if (!result.ok()) return account_page(exchange, form, &result.error());
    exchange.remember_language(language);
    return web::Response::redirect("/account?notice=language-changed&lang=" + language);
}

}  // namespace pmi::accounts
