#include "accounts/api.hpp"

#include "web/json.hpp"

namespace pmi::accounts {
namespace {

nlohmann::json user_json(const Actor& actor)
{
    nlohmann::json roles = nlohmann::json::array();
    for (const auto& membership : actor.memberships)
        roles.push_back({{"role", role_code(membership.role)},
                         {"organisation_id", membership.organisation_id.value},
                         {"organisation", membership.organisation_name}});
    return {{"id", actor.user_id.value}, {"name", actor.name}, {"email", actor.email},
            {"language", actor.language}, {"roles", roles}};
}

// Reads the named string members of the body, failing on the first one of another type.
Result<std::vector<std::string>> strings(const web::Request& request, std::initializer_list<const char*> names)
{
    auto body = TRY(web::json_object(request));
    std::vector<std::string> values;
    for (const char* name : names) values.push_back(TRY(web::json_string(body, name)));
    return values;
}

}  // namespace

web::Response AccountApi::csrf(web::Exchange& exchange)
{
    return web::json_response(200, {{"csrf_token", exchange.csrf_token}});
}

web::Response AccountApi::sign_up(web::Exchange& exchange)
{
    auto fields = strings(exchange.request, {"name", "email", "password", "language"});
    if (!fields.ok()) return web::json_error(i18n_, exchange, fields.error());
    auto& v = fields.value();
    auto result = service_.sign_up(SignUp{v[0], v[1], v[2], v[3].empty() ? exchange.language : v[3]});
    return web::json_result(i18n_, exchange, result, 201,
                            {{"status", "check_email"},
                             {"message", i18n_.translate(exchange.language, "Check your email: we sent you a link to confirm your address.")}});
}

web::Response AccountApi::verify(web::Exchange& exchange)
{
    auto fields = strings(exchange.request, {"token"});
    if (!fields.ok()) return web::json_error(i18n_, exchange, fields.error());
    auto result = service_.verify_email(fields.value()[0]);
    return web::json_result(i18n_, exchange, result, 200, {{"status", "verified"}});
}

web::Response AccountApi::sign_in(web::Exchange& exchange)
{
    auto fields = strings(exchange.request, {"email", "password"});
    if (!fields.ok()) return web::json_error(i18n_, exchange, fields.error());
    return signed_in_response(exchange, service_.sign_in(fields.value()[0], fields.value()[1], exchange.request.client_address));
}

web::Response AccountApi::second_step(web::Exchange& exchange)
{
    auto fields = strings(exchange.request, {"pending_token", "code"});
    if (!fields.ok()) return web::json_error(i18n_, exchange, fields.error());
    return signed_in_response(exchange, service_.complete_sign_in(fields.value()[0], fields.value()[1], exchange.request.client_address));
}

// The answer to either step of signing in: an error, the pending token of a second step, or
// the new session (replacing any old one).
web::Response AccountApi::signed_in_response(web::Exchange& exchange, const Result<SignedIn>& result)
{
    if (!result.ok()) return web::json_error(i18n_, exchange, result.error());
    if (result->second_step_needed())
        return web::json_response(200, {{"second_step", "code"}, {"pending_token", result->pending_token}});
    if (exchange.session_id) service_.sign_out(*exchange.session_id);
    exchange.start_session(result->session_id);
    auto session = service_.resolve(result->session_id);
    return web::json_response(200, {{"csrf_token", exchange.csrf_token},
                                    {"user", user_json(session->actor)},
                                    {"second_factor_missing", session->second_factor_missing}});
}

web::Response AccountApi::sign_out(web::Exchange& exchange)
{
    if (exchange.session_id) service_.sign_out(*exchange.session_id);
    exchange.end_session();
    web::Response response;
    response.status = 204;
    response.content_type = "application/json";
    return response;
}

web::Response AccountApi::me(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::json_error(i18n_, exchange, unauthenticated());
    return web::json_response(200, user_json(exchange.actor));
}

}  // namespace pmi::accounts

namespace pmi::accounts {

std::vector<web::ApiOperation> AccountApi::operations()
{
    using web::Method;
    return {
        {Method::Get, "/api/v1/csrf", "Get a CSRF token (and its cookie) for the calls that change data", {}, {}, {{200, "{\"csrf_token\": ...}"}}},
        {Method::Post, "/api/v1/sign-up", "Create an account; a verification link is mailed",
         {{"name", "string", "Full name"}, {"email", "string", "Email address"}, {"password", "string", "12 to 128 characters"},
          {"language", "string", "en, fr or es"}},
         {}, {{201, "Check your email"}, {400, ""}, {403, ""}, {422, ""}}},
        {Method::Post, "/api/v1/verify", "Confirm an email address with the token from the link",
         {{"token", "string", "The token from the verification link"}}, {}, {{200, "Verified"}, {422, ""}}},
        {Method::Post, "/api/v1/sign-in", "Sign in: sets the session cookie and returns a new CSRF token",
         {{"email", "string", "Email address"}, {"password", "string", "Password"}}, {},
         {{200, "{\"csrf_token\", \"user\", \"second_factor_missing\"}, or {\"second_step\": \"code\", \"pending_token\"} for accounts with a second factor"},
          {401, ""}, {403, ""}, {429, ""}}},
        {Method::Post, "/api/v1/sign-in/second-step", "Second step of signing in: an authenticator or recovery code for a pending sign-in",
         {{"pending_token", "string", "The pending_token of the first step (valid 5 minutes)"},
          {"code", "string", "The 6-digit code of the authenticator app, or an unused recovery code"}}, {},
         {{200, "{\"csrf_token\", \"user\"}"}, {401, ""}, {403, ""}, {422, ""}, {429, ""}}},
        {Method::Post, "/api/v1/sign-out", "Sign out: ends the session", {}, {}, {{204, "Signed out"}}},
        {Method::Get, "/api/v1/me", "The signed-in user, with roles", {}, {}, {{200, "The user"}, {401, ""}}},
    };
}

}  // namespace pmi::accounts
