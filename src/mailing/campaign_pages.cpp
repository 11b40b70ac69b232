// Campaigns in the office: the list, the editor, preview per language, test, sending or
// scheduling, and the report with its chart.
#include <algorithm>

#include "calls/time_zone.hpp"
#include "core/translator.hpp"
#include "mailing/campaign_templates.hpp"
#include "mailing/charts.hpp"
#include "mailing/manage_pages.hpp"
#include "mailing/topics.hpp"
#include "mailing/view_helpers.hpp"

namespace pmi::mailing {
namespace {

constexpr std::string_view kDefaultZone = "America/Toronto";
constexpr Seconds kFirstDigestPeriod = 30 * 24 * 60 * 60;

CampaignId campaign_of(const web::Exchange& exchange)
{
    return CampaignId{std::atoll(std::string(exchange.request.path_parameter("id").substr(0, 18)).c_str())};
}

std::string_view kind_label(CampaignKind kind)
{
    switch (kind) {
    case CampaignKind::Message: return N_("Message");
    case CampaignKind::CallAnnouncement: return N_("Call announcement");
    case CampaignKind::NewsDigest: return N_("News digest");
    }
    return N_("Message");
}

std::string_view status_label(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft: return N_("Draft");
    case CampaignStatus::Scheduled: return N_("Scheduled");
    case CampaignStatus::Sent: return N_("Sent");
    }
    return N_("Draft");
}

std::string address_of(const Campaign& campaign)
{
    const std::string base = "/manage/mailing/campaigns/" + std::to_string(campaign.id.value);
    return campaign.status == CampaignStatus::Sent ? base + "/report" : base;
}

CampaignDraft draft_from(const web::Fields& form, const web::I18n& i18n)
{
    CampaignDraft draft;
    for (const auto& language : i18n.languages()) {
        draft.subject.set(language.code, std::string(form.get("subject_" + language.code)));
        draft.body.set(language.code, std::string(form.get("body_" + language.code)));
    }
    for (auto code : form.all("topics")) draft.topics.emplace_back(code);
    for (auto code : form.all("languages")) draft.languages.emplace_back(code);
    return draft;
}

void preview_links(ctemplate::TemplateDictionary& dictionary, const web::I18n& i18n, CampaignId id, const std::string& section,
                   std::string_view except = {})
{
    for (const auto& language : i18n.languages()) {
        if (language.code == except) continue;
        auto* link = dictionary.AddSectionDictionary(section);
        link->SetIntValue("ID", static_cast<long>(id.value));
        link->SetValue("CODE", language.code);
        link->SetValue("NAME", language.name);
    }
}

}  // namespace

web::Response MailingManagePages::campaigns_page(web::Exchange& exchange, const Error* error)
{
    auto list = campaigns_.campaigns(exchange.actor, 0);
    if (!list.ok()) return refuse(exchange, list.error());
    const auto& i18n = views_.i18n;
    web::Page page(views_, exchange, "mailing/views/campaigns.tpl");
    page.title(page.t("Campaigns"));
    auto& body = page.body();
    for (const auto& call : calls_.calls()) {
        auto* option = body.AddSectionDictionary("CALL");
        option->SetIntValue("ID", static_cast<long>(call.id.value));
        option->SetValue("TITLE", call.title.pick(exchange.language).text);
    }
    const auto since = campaigns_.last_digest_until(exchange.actor).value();
    body.SetValue("DIGEST_SINCE", since ? i18n.format(exchange.language, "The posts published since the last digest, of {1}.",
                                                      {i18n.date(exchange.language, *since)})
                                        : page.t("The posts of the last 30 days."));
    for (const auto& report : *list) {
        const auto& campaign = report.campaign;
        auto* row = body.AddSectionDictionary("CAMPAIGN");
        auto subject = campaign.subject.pick(exchange.language);
        row->SetValue("URL", address_of(campaign));
        row->SetValue("SUBJECT", subject.text.empty() ? page.t("(no subject yet)") : subject.text);
        row->SetValue("SUBJECT_LANG", subject.language.empty() ? exchange.language : subject.language);
        row->SetValue("KIND", page.t(kind_label(campaign.kind)));
        row->SetValue("STATUS", page.t(status_label(campaign.status)));
        row->SetValue("TOPICS", topic_list(campaign.topics, exchange));
        row->SetIntValue("RECIPIENTS", campaign.recipients);
        row->SetIntValue("SENT", static_cast<long>(report.messages.sent));
        row->SetIntValue("FAILED", static_cast<long>(report.messages.failed));
    }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingManagePages::campaigns(web::Exchange& exchange)
{
    return campaigns_page(exchange, nullptr);
}

web::Response MailingManagePages::create_campaign(web::Exchange& exchange)
{
    if (auto allowed = campaigns_.can_manage(exchange.actor); !allowed.ok()) return refuse(exchange, allowed.error());
    const auto form = exchange.request.form();
    const auto kind = campaign_kind_from_code(form.get("kind"));
    const auto& i18n = views_.i18n;
    Result<CampaignId> created = not_found();
    if (kind == CampaignKind::CallAnnouncement) {
        auto call = calls_.call_for_editing(exchange.actor, calls::CallId{std::atoll(std::string(form.get("call_id").substr(0, 18)).c_str())});
        if (!call.ok()) {
            const Error missing = invalid("call_id", "Choose the call to announce.");
            return campaigns_page(exchange, &missing);
        }
        created = campaigns_.create(exchange.actor, kind, call_announcement(*call, *site_.content(), i18n, public_origin_), call->id.value);
    } else if (kind == CampaignKind::NewsDigest) {
        const Seconds until = calls_.now();
        const Seconds since = campaigns_.last_digest_until(exchange.actor).value().value_or(until - kFirstDigestPeriod);
        auto draft = news_digest(site_.news(site::SiteContent::kLatestNews), since, until, *site_.content(), i18n, public_origin_);
        if (!draft.ok()) return campaigns_page(exchange, &draft.error());
        created = campaigns_.create(exchange.actor, kind, *draft, std::nullopt, until);
    } else {
        CampaignDraft draft;
        for (const auto& language : i18n.languages()) draft.languages.push_back(language.code);
        created = campaigns_.create(exchange.actor, CampaignKind::Message, draft);
    }
    if (!created.ok()) return campaigns_page(exchange, &created.error());
    return web::Response::redirect("/manage/mailing/campaigns/" + std::to_string(created->value));
}

// The draft's editor: its texts per language (refilled from `fields` after a refusal),
// languages, topics and the forms to test, send and schedule.
void MailingManagePages::fill_editor(ctemplate::TemplateDictionary& draft, const Campaign& campaign, const web::Fields* fields,
                                     const std::vector<Error>& errors, const web::Exchange& exchange)
{
    const auto& i18n = views_.i18n;
    draft.SetIntValue("ID", static_cast<long>(campaign.id.value));
    draft.SetValue("CSRF_TOKEN", exchange.csrf_token);
    const auto chosen = fields ? draft_from(*fields, i18n) : CampaignDraft{campaign.subject, campaign.body, campaign.topics, campaign.languages};
    for (const auto& language : i18n.languages()) {
        auto* row = draft.AddSectionDictionary("LANGUAGE");
        row->SetValue("CODE", language.code);
        row->SetValue("NAME", language.name);
        row->SetValue("SUBJECT", chosen.subject.get(language.code));
        row->SetValue("BODY", chosen.body.get(language.code));
        for (const auto& problem : errors) {
            if (problem.field == "subject_" + language.code) row->SetValueAndShowSection("SUBJECT_ERROR", i18n.error_text(exchange.language, problem), "SUBJECT_INVALID");
            if (problem.field == "body_" + language.code) row->SetValueAndShowSection("BODY_ERROR", i18n.error_text(exchange.language, problem), "BODY_INVALID");
        }
        auto* reader = draft.AddSectionDictionary("READER_LANGUAGE");
        reader->SetValue("CODE", language.code);
        reader->SetValue("NAME", language.name);
        if (std::find(chosen.languages.begin(), chosen.languages.end(), language.code) != chosen.languages.end()) reader->ShowSection("CHECKED");
    }
    topic_checkboxes(draft, topics(site_.content()->regions), chosen.topics, i18n, exchange.language);
    web::language_options(draft, i18n, exchange.language);
    const std::string zone = fields && !fields->get("time_zone").empty() ? std::string(fields->get("time_zone")) : std::string(kDefaultZone);
    for (auto name : calls::program_time_zones()) {
        auto* option = draft.AddSectionDictionary("ZONE");
        option->SetValue("NAME", std::string(name));
        if (name == zone) option->ShowSection("SELECTED");
    }
    if (fields) draft.SetValue("FIELD_scheduled_at", std::string(fields->get("scheduled_at")));
    for (const auto& problem : errors) {
        draft.SetValue("ERROR_" + problem.field, i18n.error_text(exchange.language, problem));
        draft.ShowSection("INVALID_" + problem.field);
    }
}

web::Response MailingManagePages::campaign_page(web::Exchange& exchange, CampaignId id, const web::Fields* fields, const Error* error)
{
    auto campaign = campaigns_.campaign(exchange.actor, id);
    if (!campaign.ok()) return refuse(exchange, campaign.error());
    if (campaign->status == CampaignStatus::Sent) return web::Response::redirect(address_of(*campaign));
    const auto& i18n = views_.i18n;
    web::Page page(views_, exchange, "mailing/views/campaign.tpl");
    const auto subject = campaign->subject.pick(exchange.language).text;
    page.title(page.t(kind_label(campaign->kind)) + (subject.empty() ? "" : " · " + subject));
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(id.value));
    body.SetValue("HEADING", subject.empty() ? page.t(kind_label(campaign->kind)) : subject);
    preview_links(body, i18n, id, "PREVIEW");
    const auto errors = error ? flatten(*error) : std::vector<Error>{};
    if (campaign->status == CampaignStatus::Scheduled)
        body.SetValueAndShowSection("SCHEDULED_TEXT", i18n.format(exchange.language, "Scheduled to leave on {1}.",
                                                                  {i18n.date_time(exchange.language, *campaign->scheduled_at)}), "SCHEDULED");
    else
        fill_editor(*body.AddSectionDictionary("DRAFT"), *campaign, fields, errors, exchange);
    page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response MailingManagePages::campaign(web::Exchange& exchange)
{
    return campaign_page(exchange, campaign_of(exchange), nullptr, nullptr);
}

web::Response MailingManagePages::save_campaign(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const CampaignId id = campaign_of(exchange);
    auto result = campaigns_.save(exchange.actor, id, draft_from(form, views_.i18n));
    if (result.ok()) return web::Response::redirect("/manage/mailing/campaigns/" + std::to_string(id.value) + "?notice=saved");
    if (refused_outright(result.error())) return refuse(exchange, result.error());
    return campaign_page(exchange, id, &form, &result.error());
}

web::Response MailingManagePages::after(web::Exchange& exchange, CampaignId id, const Status& result, std::string_view notice)
{
    if (result.ok())
        return web::Response::redirect("/manage/mailing/campaigns/" + std::to_string(id.value) + "?notice=" + std::string(notice));
    if (refused_outright(result.error())) return refuse(exchange, result.error());
    const auto form = exchange.request.form();
    return campaign_page(exchange, id, form.has("scheduled_at") ? &form : nullptr, &result.error());
}

web::Response MailingManagePages::preview(web::Exchange& exchange)
{
    const CampaignId id = campaign_of(exchange);
    std::string language(exchange.request.query().get("lang"));
    if (!views_.i18n.supports(language)) language = exchange.language;
    auto message = campaigns_.preview(exchange.actor, id, language);
    if (!message.ok()) return refuse(exchange, message.error());
    web::Page page(views_, exchange, "mailing/views/preview.tpl");
    page.title(page.t("Preview"));
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(id.value));
    for (const auto& known : views_.i18n.languages())
        if (known.code == language) body.SetValue("LANGUAGE_NAME", known.name);
    body.SetValue("LANG_SHOWN", language);
    body.SetValue("SUBJECT", message->subject);
    body.SetValue("MESSAGE_HTML", message->html_body);  // made by the composer: Markdown rendered safely, text escaped
    body.SetValue("TEXT", message->text);
    preview_links(body, views_.i18n, id, "OTHER", language);
    return page.render();
}

web::Response MailingManagePages::send_test(web::Exchange& exchange)
{
    const CampaignId id = campaign_of(exchange);
    return after(exchange, id, campaigns_.send_test(exchange.actor, id, std::string(exchange.request.form().get("language"))),
                 "campaign-test-sent");
}

web::Response MailingManagePages::send_now(web::Exchange& exchange)
{
    const CampaignId id = campaign_of(exchange);
    return after(exchange, id, campaigns_.schedule(exchange.actor, id, calls_.now()), "campaign-scheduled");
}

web::Response MailingManagePages::schedule(web::Exchange& exchange)
{
    const CampaignId id = campaign_of(exchange);
    const auto form = exchange.request.form();
    auto at = calls::local_to_utc(form.get("scheduled_at"), form.get("time_zone"), "scheduled_at");
    if (!at.ok()) return after(exchange, id, Status(at.error()), "");
    return after(exchange, id, campaigns_.schedule(exchange.actor, id, *at), "campaign-scheduled");
}

web::Response MailingManagePages::cancel(web::Exchange& exchange)
{
    const CampaignId id = campaign_of(exchange);
    return after(exchange, id, campaigns_.unschedule(exchange.actor, id), "campaign-cancelled");
}

web::Response MailingManagePages::report(web::Exchange& exchange)
{
    const CampaignId id = campaign_of(exchange);
    auto report = campaigns_.report(exchange.actor, id);
    if (!report.ok()) return refuse(exchange, report.error());
    const auto& i18n = views_.i18n;
    const auto& campaign = report->campaign;
    web::Page page(views_, exchange, "mailing/views/report.tpl");
    page.title(page.t("Report"));
    auto& body = page.body();
    auto subject = campaign.subject.pick(exchange.language);
    body.SetIntValue("ID", static_cast<long>(id.value));
    body.SetValue("SUBJECT", subject.text);
    body.SetValue("SUBJECT_LANG", subject.language.empty() ? exchange.language : subject.language);
    body.SetValue("STATUS", page.t(status_label(campaign.status)));
    if (campaign.queued_at) body.SetValueAndShowSection("QUEUED_AT", i18n.date_time(exchange.language, *campaign.queued_at), "QUEUED");
    body.SetIntValue("RECIPIENTS", campaign.recipients);
    preview_links(body, i18n, id, "PREVIEW");
    const auto& m = report->messages;
    const std::vector<ChartValue> values = {{page.t("Waiting to be sent"), m.queued + m.sending, "bar bar-waiting"},
                                            {page.t("Sent"), m.sent, "bar"},
                                            {page.t("Failed"), m.failed, "bar bar-failed"},
                                            {page.t("Withheld, consent withdrawn"), m.withheld, "bar bar-waiting"},
                                            {page.t("Unsubscribed from its links"), report->unsubscribes, "bar bar-failed"}};
    horizontal_bars(body, values);
    for (const auto& value : values) {
        auto* row = body.AddSectionDictionary("ROW");
        row->SetValue("LABEL", value.label);
        row->SetIntValue("VALUE", static_cast<long>(value.value));
    }
    return page.render();
}

}  // namespace pmi::mailing
