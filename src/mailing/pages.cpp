#include "mailing/pages.hpp"
#include "mailing/view_helpers.hpp"

#include <algorithm>

#include "core/translator.hpp"
#include "web/multipart.hpp"

namespace pmi::mailing {
namespace {

std::vector<std::string> codes(const std::vector<std::string_view>& values)
{
    return {values.begin(), values.end()};
}

std::vector<std::string> active_topics(const std::vector<Subscription>& subscriptions)
{
    std::vector<std::string> topics;
    for (const auto& subscription : subscriptions)
        if (subscription.state == SubscriptionState::Active) topics.push_back(subscription.topic);
    return topics;
}

std::string ip_of(const web::Exchange& exchange)
{
    return exchange.request.client_address;
}

}  // namespace

std::string MailingPages::names(const std::vector<std::string>& topics, const web::Exchange& exchange)
{
    return topic_names(subscriptions_.topics(), topics, views_.i18n, exchange.language);
}

web::Response MailingPages::subscribe_page(web::Exchange& exchange, const web::Fields& fields, const Error* error)
{
    web::Page page(views_, exchange, "mailing/views/subscribe.tpl");
    page.title(page.t("Join the distribution list"));
    auto* form = page.body().AddIncludeDictionary("FORM");
    form->SetFilename("mailing/views/subscribe_form.tpl");
    const auto errors = error ? flatten(*error) : std::vector<Error>{};
    form_.fill(*form, exchange, "", fields, errors);
    page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingPages::subscribe_form(web::Exchange& exchange)
{
    return subscribe_page(exchange, web::Fields{}, nullptr);
}

web::Response MailingPages::subscribe(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    SubscriptionRequest request{std::string(form.get("email")), std::string(form.get("name")), std::string(form.get("language")),
                                std::string(form.get("organisation")), codes(form.all("topics")), form.get("consent") == "yes",
                                std::string(form.get("shown_in")), ip_of(exchange), exchange.actor.email,
                                consent_source(exchange.request)};
    auto result = subscriptions_.subscribe(request);
    if (result.ok())
        return web::Response::redirect(*result == Subscribed::AtOnce ? "/mailing/subscribe?notice=subscribed"
                                                                     : "/mailing/subscribe?notice=subscription-requested");
    return subscribe_page(exchange, form, &result.error());
}

web::Response MailingPages::confirm_form(web::Exchange& exchange)
{
    const std::string token(exchange.request.query().get("token"));
    auto pending = subscriptions_.confirmation(token);
    if (!pending.ok()) return web::error_page(views_, exchange, pending.error());
    web::Page page(views_, exchange, "mailing/views/confirm.tpl");
    page.title(page.t("Confirm your subscription"));
    page.body().SetValue("SUMMARY", views_.i18n.format(exchange.language, "The address {1} will receive email about {2}.",
                                                       {pending->subscriber.email, names(pending->topics, exchange)}));
    page.body().SetValue("TOKEN", token);
    return page.render();
}

web::Response MailingPages::confirm(web::Exchange& exchange)
{
    auto confirmed = subscriptions_.confirm(std::string(exchange.request.form().get("token")), ip_of(exchange));
    if (!confirmed.ok()) return web::error_page(views_, exchange, confirmed.error());
    web::Page page(views_, exchange, "mailing/views/confirmed.tpl");
    page.title(page.t("You are subscribed"));
    page.body().SetValue("SUMMARY", views_.i18n.format(exchange.language, "The address {1} now receives email about {2}.",
                                                       {confirmed->subscriber.email, names(confirmed->topics, exchange)}));
    return page.render();
}

web::Response MailingPages::unsubscribe_form(web::Exchange& exchange)
{
    const std::string token(exchange.request.query().get("token"));
    auto linked = subscriptions_.linked(token);
    if (!linked.ok()) return web::error_page(views_, exchange, linked.error());
    web::Page page(views_, exchange, "mailing/views/unsubscribe.tpl");
    page.title(page.t("Unsubscribe"));
    auto& body = page.body();
    const auto current = active_topics(linked->subscriptions);
    if (!linked->subscriber || current.empty()) {
        body.ShowSection("NOTHING");
        return page.render();
    }
    auto* subscribed = body.AddSectionDictionary("SUBSCRIBED");
    subscribed->SetValue("SUMMARY", views_.i18n.format(exchange.language, "The address {1} receives email about {2}.",
                                                       {linked->subscriber->email, names(current, exchange)}));
    subscribed->SetValue("TOKEN", token);
    subscribed->SetValue("CSRF_TOKEN", exchange.csrf_token);
    std::vector<std::string> these;
    for (const auto& topic : linked->token.topics)
        if (std::find(current.begin(), current.end(), topic) != current.end()) these.push_back(topic);
    if (!these.empty() && these.size() < current.size())
        subscribed->SetValueAndShowSection("THESE_TOPICS", names(these, exchange), "THESE");
    return page.render();
}

web::Response MailingPages::unsubscribe(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const std::string token(form.get("token"));
    const auto scope = form.get("scope") == "link" ? UnsubscribeScope::LinkTopics : UnsubscribeScope::Everything;
    auto withdrawn = subscriptions_.unsubscribe(token, scope, ConsentMethod::UnsubscribeLink, ip_of(exchange));
    if (!withdrawn.ok()) return web::error_page(views_, exchange, withdrawn.error());
    web::Page page(views_, exchange, "mailing/views/unsubscribed.tpl");
    page.title(page.t("You are unsubscribed"));
    auto& body = page.body();
    if (withdrawn->empty()) body.ShowSection("NONE");
    else body.SetValueAndShowSection("SUMMARY", views_.i18n.format(exchange.language, "Nothing more is sent to you about {1}.",
                                                                   {names(*withdrawn, exchange)}), "WITHDRAWN");
    if (auto linked = subscriptions_.linked(token); linked.ok()) {
        if (auto remaining = active_topics(linked->subscriptions); !remaining.empty()) {
            auto* section = body.AddSectionDictionary("REMAINING");
            section->SetValue("REMAINING_SUMMARY", views_.i18n.format(exchange.language, "You still receive email about {1}.",
                                                                      {names(remaining, exchange)}));
            section->SetValue("TOKEN", token);
        }
    }
    return page.render();
}

web::Response MailingPages::one_click(web::Exchange& exchange)
{
    const auto& request = exchange.request;
    const auto& i18n = views_.i18n;
    const bool one_click = request.form().get("List-Unsubscribe") == "One-Click" ||
                           web::multipart_field(request, "List-Unsubscribe") == "One-Click";
    if (!one_click)
        return web::Response::text(400, i18n.translate(exchange.language, "This address takes the one-click unsubscribe of mail programs only (RFC 8058).") + "\n");
    auto withdrawn = subscriptions_.unsubscribe(std::string(request.query().get("token")), UnsubscribeScope::LinkTopics,
                                                ConsentMethod::OneClick, ip_of(exchange));
    if (!withdrawn.ok())
        return web::Response::text(error_code_http_status(withdrawn.error().code), i18n.error_text(exchange.language, withdrawn.error()) + "\n");
    return web::Response::text(200, i18n.translate(exchange.language, "You are unsubscribed") + "\n");
}

web::Response MailingPages::preferences_page(web::Exchange& exchange, const std::string& token, const web::Fields* fields,
                                             const Error* error)
{
    auto linked = subscriptions_.linked(token);
    if (!linked.ok()) return web::error_page(views_, exchange, linked.error());
    if (!linked->subscriber) return web::error_page(views_, exchange, not_found("This subscription no longer exists, so there is nothing to change."));
    const auto& subscriber = *linked->subscriber;
    web::Page page(views_, exchange, "mailing/views/preferences.tpl");
    page.title(page.t("Your subscription"));
    auto& body = page.body();
    body.SetValue("SUMMARY", views_.i18n.format(exchange.language, "Preferences of {1}", {subscriber.email}));
    body.SetValue("TOKEN", token);
    body.SetValue("FIELD_name", fields ? std::string(fields->get("name")) : subscriber.name);
    body.SetValue("FIELD_organisation", fields ? std::string(fields->get("organisation")) : subscriber.organisation);
    web::language_options(body, views_.i18n, fields ? std::string(fields->get("language")) : subscriber.language);
    const auto checked = fields ? codes(fields->all("topics")) : active_topics(linked->subscriptions);
    topic_checkboxes(body, subscriptions_.topics(), checked, views_.i18n, exchange.language);
    if (auto text = form_.consent(exchange)) {
        body.SetValue("STATEMENT", text->statement);
        body.SetValue("AGREEMENT", text->agreement);
    }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingPages::preferences_form(web::Exchange& exchange)
{
    return preferences_page(exchange, std::string(exchange.request.query().get("token")), nullptr, nullptr);
}

web::Response MailingPages::preferences(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const std::string token(form.get("token"));
    PreferencesChange change{std::string(form.get("name")), std::string(form.get("language")), std::string(form.get("organisation")),
                             codes(form.all("topics")), form.get("consent") == "yes", std::string(form.get("shown_in")), ip_of(exchange)};
    auto result = subscriptions_.update_preferences(token, change);
    if (result.ok()) return web::Response::redirect("/mailing/preferences?token=" + web::percent_encode(token) + "&notice=preferences-saved");
    return preferences_page(exchange, token, &form, &result.error());
}

}  // namespace pmi::mailing
