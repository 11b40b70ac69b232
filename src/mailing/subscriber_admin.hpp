#pragma once
// The list as the program office sees it. Program officers (and admins) search it, read a
// subscriber's record with its whole consent ledger, import addresses with the stated
// source of their consent, and follow its growth. Only admins export a subscriber's record
// (an access request) or erase a subscriber (only a keyed hash of the address stays, so
// that the address is never imported again), and set the sender's identity. Each of these
// actions is audited.
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "mailing/growth.hpp"
#include "mailing/mailing.hpp"
#include "mailing/subscriber_store.hpp"
#include "mailing/subscription_service.hpp"
#include "outbox/outbox.hpp"

namespace pmi::mailing {

inline constexpr int kSubscribersPerPage = 50;
inline constexpr std::size_t kMaxImportLines = 5000;
inline constexpr Seconds kImpliedConsentLimit = 2 * 366 * 24 * 60 * 60;  // CASL: two years at most

struct SubscriberRecord {
    Subscriber subscriber;
    std::vector<Subscription> subscriptions;
    std::vector<ConsentEvent> ledger;
    std::vector<outbox::Message> messages;  // list mail written to the subscriber
};

struct ImportRequest {
    std::string lines;  // CSV: email, name, language, organisation (one subscriber a line)
    std::vector<std::string> topics;
    ConsentType consent_type = ConsentType::Express;
    std::string source;                   // where the addresses and their consent come from
    std::optional<Seconds> implied_until;  // implied consent: when it ends
    std::string language;                 // for lines that give none
};

struct ImportLine {
    int number = 0;  // 1-based
    std::string email, name, language, organisation;
};

struct ImportReport {
    int added = 0;
    int updated = 0;
    std::vector<Error> skipped;  // one per line left out, naming the line and why
};

class SubscriberAdmin {
public:
    SubscriberAdmin(db::Database& database, const Clock& clock, const Translator& translator, SubscriptionService& subscriptions,
                    SenderIdentity configured)
        : database_(database), clock_(clock), translator_(translator), subscriptions_(subscriptions), configured_(std::move(configured)) {}

    Result<std::vector<Subscriber>> search(const Actor& actor, std::string_view query, int page);
    Result<SubscriberCounts> counts(const Actor& actor);
    Result<std::vector<GrowthPoint>> growth(const Actor& actor, int months);
    Result<SubscriberRecord> record(const Actor& actor, SubscriberId id);

    // Admins: the whole record, audited as an access request.
    Result<std::string> export_json(const Actor& actor, SubscriberId id);
    Result<std::string> export_csv(const Actor& actor, SubscriberId id);
    // Admins: deletes the subscriber, its ledger and its list mail; keeps a keyed hash of the
    // address so that it is never imported or written to again unless its owner subscribes.
    Status erase(const Actor& actor, SubscriberId id);

    Result<ImportReport> import(const Actor& actor, const ImportRequest& request);

    Result<SenderIdentity> stored_sender(const Actor& actor);
    Status save_sender(const Actor& actor, const SenderIdentity& identity);

private:
    Result<SubscriberRecord> load(db::Connection& connection, SubscriberId id);
    Status check_import(const ImportRequest& request, const std::vector<ImportLine>& lines, Seconds now);
    Result<SubscriberId> import_line(db::Connection& connection, const ImportLine& line, const std::string& language,
                                     ImportReport& report, Seconds now);
    Status audit_export(db::Connection& connection, const Actor& actor, SubscriberId id, std::string_view format);

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    SubscriptionService& subscriptions_;
    SenderIdentity configured_;
};

// The record as JSON and as CSV (one row per ledger event), for access requests.
std::string record_to_json(const SubscriberRecord& record);
std::string record_to_csv(const SubscriberRecord& record);

// CSV lines (commas, optional double quotes); blank lines and a header line are skipped.
std::vector<ImportLine> parse_import(std::string_view text);

}  // namespace pmi::mailing
