#pragma once
// Campaigns: program officers (and admins) write a message in several languages, choose
// its topics and the languages of its readers, preview it as each reader will see it, send
// a test to themselves, then send it now or at a moment. When its moment comes, one worker
// queues one message per recipient in the outbox, each in its reader's language with its
// own unsubscribe links; consent is checked again when each message leaves.
#include <optional>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "mailing/mailing.hpp"
#include "mailing/message_composer.hpp"
#include "mailing/subscription_service.hpp"
#include "outbox/outbox.hpp"

namespace pmi::mailing {

inline constexpr std::size_t kMaxSubject = 200;
inline constexpr std::size_t kMaxBodyBytes = 100 * 1024;

struct CampaignDraft {
    LocalizedText subject, body;
    std::vector<std::string> topics;
    std::vector<std::string> languages;
};

struct CampaignReport {
    Campaign campaign;
    outbox::StatusCounts messages;
    std::int64_t unsubscribes = 0;  // subscribers who withdrew through this campaign's links
};

class CampaignService {
public:
    CampaignService(db::Database& database, const Clock& clock, const Translator& translator, MailingSettings settings)
        : database_(database), clock_(clock), translator_(translator), settings_(std::move(settings)) {}

    Status can_manage(const Actor& actor) const;
    Result<std::vector<CampaignReport>> campaigns(const Actor& actor, int page);
    Result<Campaign> campaign(const Actor& actor, CampaignId id);
    // A new draft; `call_id` and `digest_until` say what a template was filled from.
    Result<CampaignId> create(const Actor& actor, CampaignKind kind, const CampaignDraft& draft,
                              std::optional<std::int64_t> call_id = std::nullopt, std::optional<Seconds> digest_until = std::nullopt);
    // Saves a draft as it is (parts may still be empty); fails on text that is too long or
    // holds line breaks where none may be, naming the field.
    Status save(const Actor& actor, CampaignId id, const CampaignDraft& draft);
    // The message as a reader of `language` receives it.
    Result<ComposedMessage> preview(const Actor& actor, CampaignId id, const std::string& language);
    // Queues the message in `language` to the actor's own address.
    Status send_test(const Actor& actor, CampaignId id, const std::string& language);
    // Schedules the campaign for `at` (now, or later); fails unless every chosen language has
    // a subject and a body, a topic is chosen, and the sender's identity is complete.
    Status schedule(const Actor& actor, CampaignId id, Seconds at);
    Status unschedule(const Actor& actor, CampaignId id);
    Result<CampaignReport> report(const Actor& actor, CampaignId id);
    // Where the next news digest starts: the end of the last one.
    Result<std::optional<Seconds>> last_digest_until(const Actor& actor);
    Result<SenderIdentity> sender(const Actor& actor);

    // For the delivery worker: queues the messages of every campaign whose moment has come
    // (each campaign by exactly one process); returns how many messages it queued.
    int queue_due();

private:
    Status check_draft(db::Connection& connection, const CampaignDraft& draft) const;
    int queue(db::Connection& connection, const Campaign& campaign, Seconds now);
    ComposedMessage compose(db::Connection& connection, const Campaign& campaign, const std::string& language,
                            const std::vector<std::string>& topics, const ListLinks& links);
    ListLinks links_for(SubscriberId subscriber, const std::vector<std::string>& topics, std::optional<CampaignId> campaign,
                        Seconds now) const;

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    MailingSettings settings_;
};

// Problems of a draft that would keep it from being sent, each naming its field.
std::vector<Error> unsendable(const CampaignDraft& draft);

}  // namespace pmi::mailing
