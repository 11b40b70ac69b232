#include "accounts/second_factor_pages.hpp"

#include <cstdlib>

namespace pmi::accounts {
namespace {

constexpr std::string_view kSecondStep = "accounts/views/second_step.tpl";
constexpr std::string_view kTwoFactor = "accounts/views/two_factor.tpl";

}  // namespace

web::Response second_step_page(const web::Views& views, const web::Exchange& exchange, const std::string& pending_token,
                               std::string_view next, const Error* error)
{
    web::Fields fields;
    fields.add("pending_token", pending_token);
    fields.add("next", std::string(next));
    return web::form_page(views, exchange, std::string(kSecondStep), "Two-step sign-in", fields, error);
}

web::Response enter_session(AccountService& service, web::Exchange& exchange, const SignedIn& signed_in, std::string_view next)
{
    if (exchange.session_id) service.sign_out(*exchange.session_id);
    exchange.start_session(signed_in.session_id);
    exchange.remember_language(signed_in.user.language);
    return web::Response::redirect(web::safe_return_path(next, "/account?notice=signed-in"));
}

web::Response SecondFactorPages::second_step(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const std::string pending(form.get("pending_token"));
    auto result = accounts_.complete_sign_in(pending, std::string(form.get("code")), exchange.request.client_address);
    if (result.ok()) return enter_session(accounts_, exchange, *result, form.get("next"));
    if (result.error().code == ErrorCode::Unauthenticated)
        return web::form_page(views_, exchange, "accounts/views/sign_in.tpl", "Sign in", {}, &result.error());
    return second_step_page(views_, exchange, pending, form.get("next"), &result.error());
}

web::Response SecondFactorPages::enrolment(web::Exchange& exchange)
{
    return enrolment_page(exchange, nullptr);
}

web::Response SecondFactorPages::enrolment_page(web::Exchange& exchange, const Error* error)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account/two-factor");
    auto enrolment = service_.enrolment(exchange.actor);
    if (!enrolment.ok()) return web::refusal(views_, exchange, enrolment.error());
    return web::form_page(views_, exchange, std::string(kTwoFactor), "Two-step sign-in", {}, error, [&](auto& body) {
        if (!enrolment->confirmed) {
            body.ShowSection("TO_SET_UP");
            body.SetValue("SECRET", enrolment->secret);
            body.SetValue("URI", enrolment->uri);
            return;
        }
        body.ShowSection("SET_UP");
        if (!enrolment->required) body.ShowSection("CAN_TURN_OFF");
        body.SetValue("RECOVERY_CODES_LEFT",
                      views_.i18n.plural(exchange.language, "{1} unused recovery code left.", "{1} unused recovery codes left.",
                                         enrolment->recovery_codes_left));
    });
}

web::Response SecondFactorPages::recovery_codes_page(web::Exchange& exchange, const std::vector<std::string>& codes)
{
    web::Page page(views_, exchange, "accounts/views/recovery_codes.tpl");
    page.title(page.t("Your recovery codes"));
    for (const auto& code : codes) page.body().AddSectionDictionary("RECOVERY_CODE")->SetValue("CODE", code);
    return page.render();
}

web::Response SecondFactorPages::confirm(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account/two-factor");
    auto codes = service_.confirm(exchange.actor, std::string(exchange.request.form().get("code")));
    if (!codes.ok()) return enrolment_page(exchange, &codes.error());
    return recovery_codes_page(exchange, *codes);
}

web::Response SecondFactorPages::replace_recovery_codes(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account/two-factor");
    auto codes = service_.replace_recovery_codes(exchange.actor, std::string(exchange.request.form().get("password")));
    if (!codes.ok()) return enrolment_page(exchange, &codes.error());
    return recovery_codes_page(exchange, *codes);
}

web::Response SecondFactorPages::turn_off(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::Response::redirect("/sign-in?next=/account/two-factor");
    auto result = service_.turn_off(exchange.actor, std::string(exchange.request.form().get("password")));
    if (result.ok()) return web::Response::redirect("/account?notice=second-factor-off");
    if (result.error().code == ErrorCode::Forbidden) return web::refusal(views_, exchange, result.error());
    return enrolment_page(exchange, &result.error());
}

web::Response SecondFactorPages::reset(web::Exchange& exchange)
{
    const std::int64_t id = std::atoll(std::string(exchange.request.path_parameter("id")).c_str());
    auto result = service_.reset(exchange.actor, UserId{id});
    if (result.ok()) return web::Response::redirect("/admin/users?notice=second-factor-reset");
    return web::refusal(views_, exchange, result.error());
}

}  // namespace pmi::accounts
