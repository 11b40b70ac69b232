#include "mailing/campaign_service.hpp"

#include <map>

#include "audit/audit_log.hpp"
#include "core/text.hpp"
#include "mailing/campaign_store.hpp"
#include "mailing/consent_ledger.hpp"
#include "mailing/link_token.hpp"
#include "mailing/rules.hpp"
#include "mailing/sender_identity.hpp"
#include "mailing/subscriber_store.hpp"
#include "site/markdown.hpp"
#include "site/site_store.hpp"
#include "web/http.hpp"

namespace pmi::mailing {
namespace {

constexpr int kPageSize = 50;

// Renders a campaign's messages, keeping what every reader of a language shares.
class Renderer {
public:
    Renderer(db::Connection& connection, const Campaign& campaign, const Translator& translator, const SenderIdentity& configured)
        : campaign_(campaign), translator_(translator)
    {
        site::SiteStore site(connection);
        sender_ = effective_identity(stored_identity(connection), configured, site.program());
        topics_ = mailing::topics(site.regions());
    }

    const SenderIdentity& sender() const { return sender_; }

    ComposedMessage message(const std::string& language, const std::vector<std::string>& topics, const ListLinks& links)
    {
        auto content = contents_.find(language);
        if (content == contents_.end()) {
            const std::string markdown = campaign_.body.get(language);
            content = contents_.emplace(language, CampaignContent{campaign_.subject.get(language), markdown, site::markdown_to_html(markdown)}).first;
        }
        const std::string key = language + " " + join_codes(topics);
        auto names = names_.find(key);
        if (names == names_.end()) names = names_.emplace(key, topic_names(topics_, topics, translator_, language)).first;
        return compose_campaign(translator_, language, content->second, sender_, names->second, links);
    }

private:
    const Campaign& campaign_;
    const Translator& translator_;
    SenderIdentity sender_;
    std::vector<Topic> topics_;
    std::map<std::string, CampaignContent> contents_;
    std::map<std::string, std::string> names_;
};

}  // namespace

std::vector<Error> unsendable(const CampaignDraft& draft)
{
    std::vector<Error> errors;
    if (draft.languages.empty()) errors.push_back(invalid("languages", "Choose the languages of the readers who receive it."));
    for (const auto& language : draft.languages) {
        if (text::trim(draft.subject.get(language)).empty())
            errors.push_back(invalid("subject_" + language, "Write the subject in each language chosen."));
        if (text::trim(draft.body.get(language)).empty())
            errors.push_back(invalid("body_" + language, "Write the message in each language chosen."));
    }
    if (draft.topics.empty()) errors.push_back(invalid("topics", "Choose at least one topic."));
    return errors;
}

Status CampaignService::can_manage(const Actor& actor) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

Result<std::vector<CampaignReport>> CampaignService::campaigns(const Actor& actor, int page)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    std::vector<CampaignReport> reports;
    for (auto& campaign : CampaignStore(*connection).list(kPageSize, std::max(0, page) * kPageSize)) {
        CampaignReport report{std::move(campaign), {}, 0};
        report.messages = outbox::Outbox(*connection).campaign_counts(report.campaign.id.value);
        reports.push_back(std::move(report));
    }
    return reports;
}

Result<Campaign> CampaignService::campaign(const Actor& actor, CampaignId id)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    auto found = CampaignStore(*connection).find(id);
    if (!found) return not_found();
    return std::move(*found);
}

Result<CampaignId> CampaignService::create(const Actor& actor, CampaignKind kind, const CampaignDraft& draft,
                                           std::optional<std::int64_t> call_id, std::optional<Seconds> digest_until)
{
    TRY(can_manage(actor));
    const Seconds now = clock_.now();
    Campaign campaign;
    campaign.kind = kind;
    campaign.subject = draft.subject;
    campaign.body = draft.body;
    campaign.topics = draft.topics;
    campaign.languages = draft.languages;
    campaign.call_id = call_id;
    campaign.digest_until = digest_until;
    auto connection = database_.acquire();
    TRY(check_draft(*connection, draft));
    return db::in_transaction(*connection, [&]() -> Result<CampaignId> {
        const CampaignId id = CampaignStore(*connection).insert(campaign, actor.user_id, now);
        audit::AuditLog(*connection).record(now, actor, "mailing.campaign.create", "campaign", std::to_string(id.value),
                                            std::string(campaign_kind_code(kind)));
        return id;
    });
}

Status CampaignService::check_draft(db::Connection& connection, const CampaignDraft& draft) const
{
    std::vector<Error> errors;
    for (const auto& [language, subject] : draft.subject.versions())
        if (!text::valid_utf8(subject) || text::has_control_characters(subject, false) || text::length(subject) > kMaxSubject)
            errors.push_back(invalid("subject_" + language, "Write the subject on one line, in at most {1} characters.",
                                     {std::to_string(kMaxSubject)}));
    for (const auto& [language, body] : draft.body.versions()) {
        if (body.size() > kMaxBodyBytes)
            errors.push_back(Error(ErrorCode::PayloadTooLarge, "body_" + language,
                                   "The message is too long. Keep it to {1} KB in each language.", {std::to_string(kMaxBodyBytes / 1024)}));
        else if (!text::valid_utf8(body) || text::has_control_characters(body, true))
            errors.push_back(invalid("body_" + language, "The message holds characters that are not text; paste it again as plain text."));
    }
    for (const auto& language : draft.languages)
        if (!translator_.supports(language)) errors.push_back(invalid("languages", "Choose languages from the list shown."));
    check_topics(errors, draft.topics, topics(site::SiteStore(connection).regions()), NoTopics::Allowed);
    if (!errors.empty()) return combine(std::move(errors));
    return Ok{};
}

Status CampaignService::save(const Actor& actor, CampaignId id, const CampaignDraft& draft)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    TRY(check_draft(*connection, draft));
    const Seconds now = clock_.now();
    return db::in_transaction(*connection, [&]() -> Status {
        CampaignStore store(*connection);
        auto campaign = store.find(id);
        if (!campaign) return not_found();
        campaign->subject = draft.subject;
        campaign->body = draft.body;
        campaign->topics = unique_codes(draft.topics);
        campaign->languages = unique_codes(draft.languages);
        if (!store.update_draft(*campaign, now))
            return conflict("campaign", "This campaign is scheduled or sent, so it can no longer change. Cancel the schedule first.");
        audit::AuditLog(*connection).record(now, actor, "mailing.campaign.save", "campaign", std::to_string(id.value), "");
        return Ok{};
    });
}

ListLinks CampaignService::links_for(SubscriberId subscriber, const std::vector<std::string>& topics,
                                     std::optional<CampaignId> campaign, Seconds now) const
{
    const std::string base = settings_.public_origin + "/mailing/";
    const std::string these = web::percent_encode(sign_link(settings_.link_secret, {subscriber, topics, now, campaign}));
    const std::string every = web::percent_encode(sign_link(settings_.link_secret, {subscriber, {}, now, campaign}));
    return {base + "unsubscribe?token=" + these, base + "one-click?token=" + these, base + "preferences?token=" + every};
}

ComposedMessage CampaignService::compose(db::Connection& connection, const Campaign& campaign, const std::string& language,
                                         const std::vector<std::string>& topics, const ListLinks& links)
{
    return Renderer(connection, campaign, translator_, settings_.configured).message(language, topics, links);
}

Result<ComposedMessage> CampaignService::preview(const Actor& actor, CampaignId id, const std::string& language)
{
    auto campaign = TRY(this->campaign(actor, id));
    if (!translator_.supports(language)) return invalid("language", "Choose languages from the list shown.");
    auto connection = database_.acquire();
    // A test reader: links that lead to a subscription that does not exist.
    return compose(*connection, campaign, language, campaign.topics, links_for(SubscriberId{}, campaign.topics, id, clock_.now()));
}

Status CampaignService::send_test(const Actor& actor, CampaignId id, const std::string& language)
{
    auto message = TRY(preview(actor, id, language));
    if (text::trim(message.subject).empty()) return invalid("subject_" + language, "Write the subject in each language chosen.");
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        outbox::Outbox(*connection).add(now, {actor.email, translator_.format(language, "[Test] {1}", {message.subject}), message.text,
                                              "campaign_test", message.html, {}, std::nullopt, {}, id.value});
        audit::AuditLog(*connection).record(now, actor, "mailing.campaign.test", "campaign", std::to_string(id.value), language);
        return Ok{};
    });
}

Status CampaignService::schedule(const Actor& actor, CampaignId id, Seconds at)
{
    auto campaign = TRY(this->campaign(actor, id));
    const Seconds now = clock_.now();
    if (campaign.status != CampaignStatus::Draft)
        return conflict("campaign", "This campaign is scheduled or sent already.");
    auto errors = unsendable({campaign.subject, campaign.body, campaign.topics, campaign.languages});
    if (at < now - 60) errors.push_back(invalid("scheduled_at", "Choose a moment to come, or send it now."));
    auto connection = database_.acquire();
    auto sender = effective_identity(stored_identity(*connection), settings_.configured, site::SiteStore(*connection).program());
    if (!sender.complete())
        errors.push_back(invalid("campaign", "Every message must give the sender's name, mailing address and a contact. "
                                             "An administrator completes them under Sender identity first."));
    if (!errors.empty()) return combine(std::move(errors));
    return db::in_transaction(*connection, [&]() -> Status {
        if (!CampaignStore(*connection).schedule(id, std::max(at, now), now))
            return conflict("campaign", "This campaign is scheduled or sent already.");
        audit::AuditLog(*connection).record(now, actor, "mailing.campaign.schedule", "campaign", std::to_string(id.value),
                                            "at " + std::to_string(std::max(at, now)));
        return Ok{};
    });
}

Status CampaignService::unschedule(const Actor& actor, CampaignId id)
{
    TRY(can_manage(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        if (!CampaignStore(*connection).unschedule(id, now))
            return conflict("campaign", "Only a scheduled campaign can be cancelled; a sent one has left already.");
        audit::AuditLog(*connection).record(now, actor, "mailing.campaign.unschedule", "campaign", std::to_string(id.value), "");
        return Ok{};
    });
}

Result<CampaignReport> CampaignService::report(const Actor& actor, CampaignId id)
{
    auto campaign = TRY(this->campaign(actor, id));
    auto connection = database_.acquire();
    CampaignReport report{std::move(campaign), outbox::Outbox(*connection).campaign_counts(id.value), 0};
    report.unsubscribes = ConsentLedger(*connection).withdrawals_from(id);
    return report;
}

Result<std::optional<Seconds>> CampaignService::last_digest_until(const Actor& actor)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    return CampaignStore(*connection).last_digest_until();
}

Result<SenderIdentity> CampaignService::sender(const Actor& actor)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    return effective_identity(stored_identity(*connection), settings_.configured, site::SiteStore(*connection).program());
}

int CampaignService::queue_due()
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    int queued = 0;
    for (const CampaignId id : CampaignStore(*connection).due(now)) {
        db::Transaction transaction(*connection, db::TransactionKind::Write);
        CampaignStore store(*connection);
        if (!store.start(id, now)) continue;  // another process took it
        queued += queue(*connection, *store.find(id), now);
        transaction.commit();
    }
    return queued;
}

int CampaignService::queue(db::Connection& connection, const Campaign& campaign, Seconds now)
{
    Renderer renderer(connection, campaign, translator_, settings_.configured);
    outbox::Outbox outbox(connection);
    const auto recipients = SubscriberStore(connection).recipients(campaign.topics, campaign.languages, now);
    for (const auto& recipient : recipients) {
        const auto links = links_for(recipient.id, recipient.topics, campaign.id, now);
        const auto message = renderer.message(recipient.language, recipient.topics, links);
        outbox.add(now, {recipient.email, message.subject, message.text, "campaign", message.html, links.one_click,
                         recipient.id.value, join_codes(recipient.topics), campaign.id.value});
    }
    CampaignStore(connection).set_recipients(campaign.id, static_cast<int>(recipients.size()));
    Actor system;
    system.name = "mail worker";
    audit::AuditLog(connection).record(now, system, "mailing.campaign.queued", "campaign", std::to_string(campaign.id.value),
                                       std::to_string(recipients.size()) + " messages");
    return static_cast<int>(recipients.size());
}

}  // namespace pmi::mailing
