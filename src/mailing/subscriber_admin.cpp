#include "mailing/subscriber_admin.hpp"

#include <nlohmann/json.hpp>

#include <ctime>

#include "audit/audit_log.hpp"
#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/translator.hpp"
#include "mailing/consent_ledger.hpp"
#include "mailing/rules.hpp"
#include "mailing/sender_identity.hpp"
#include "site/site_store.hpp"

namespace pmi::mailing {
namespace {

Status officer_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

Status admin_only(const Actor& actor)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.has_role(Role::Admin)) return forbidden("Only an administrator may do this.");
    return Ok{};
}

nlohmann::json moment(std::optional<Seconds> at)
{
    if (!at) return nullptr;
    char text[32];
    std::time_t t = static_cast<std::time_t>(*at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(text);
}

std::string moment_text(std::optional<Seconds> at)
{
    auto json = moment(at);
    return json.is_null() ? std::string{} : json.get<std::string>();
}

nlohmann::json event_json(const ConsentEvent& event)
{
    nlohmann::json json = {{"at", moment(event.at)},
                           {"topic", event.topic},
                           {"action", consent_action_code(event.action)},
                           {"method", consent_method_code(event.method)},
                           {"consent_type", event.consent_type == ConsentType::Implied ? "implied" : "express"},
                           {"expires_at", moment(event.expires_at)},
                           {"ip", event.ip},
                           {"source", event.source},
                           {"campaign", event.campaign ? nlohmann::json(event.campaign->value) : nlohmann::json(nullptr)},
                           {"recorded_by", event.recorded_by}};
    if (event.wording)
        json["wording"] = {{"version", event.wording->version}, {"language", event.wording->language},
                           {"text", event.wording->text}, {"sha256", event.wording->hash}};
    return json;
}

// One CSV field per value, in order, ending the line.
std::string csv_line(std::initializer_list<std::string> values)
{
    std::string line;
    for (const auto& value : values) line += (line.empty() ? "" : ",") + csv::field(value);
    return line + "\r\n";
}

// Splits one CSV line into fields; a quoted field may hold commas and doubled quotes.
std::vector<std::string> csv_fields(std::string_view line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',' || c == ';' || c == '\t') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    for (auto& field : fields) field = text::trim(field);
    return fields;
}

Error skipped(int line, std::string message)
{
    return invalid("lines", std::move(message), {std::to_string(line)});
}

}  // namespace

Result<std::vector<Subscriber>> SubscriberAdmin::search(const Actor& actor, std::string_view query, int page)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return SubscriberStore(*connection).search(query.substr(0, 100), kSubscribersPerPage, std::max(0, page) * kSubscribersPerPage);
}

Result<SubscriberCounts> SubscriberAdmin::counts(const Actor& actor)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return SubscriberStore(*connection).counts();
}

Result<std::vector<GrowthPoint>> SubscriberAdmin::growth(const Actor& actor, int months)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return list_growth(SubscriberStore(*connection).spans(), clock_.now(), std::clamp(months, 1, 60));
}

Result<SubscriberRecord> SubscriberAdmin::load(db::Connection& connection, SubscriberId id)
{
    SubscriberStore store(connection);
    auto subscriber = store.find(id);
    if (!subscriber) return not_found();
    return SubscriberRecord{*subscriber, store.subscriptions(id), ConsentLedger(connection).events(id),
                            outbox::Outbox(connection).for_subscriber(id.value)};
}

Result<SubscriberRecord> SubscriberAdmin::record(const Actor& actor, SubscriberId id)
{
    TRY(officer_only(actor));
    auto connection = database_.acquire();
    return load(*connection, id);
}

Status SubscriberAdmin::audit_export(db::Connection& connection, const Actor& actor, SubscriberId id, std::string_view format)
{
    audit::AuditLog(connection).record(clock_.now(), actor, "mailing.subscriber.export", "subscriber", std::to_string(id.value),
                                       std::string(format));
    return Ok{};
}

Result<std::string> SubscriberAdmin::export_json(const Actor& actor, SubscriberId id)
{
    TRY(admin_only(actor));
    auto connection = database_.acquire();
    auto record = TRY(load(*connection, id));
    TRY(audit_export(*connection, actor, id, "json"));
    return record_to_json(record);
}

Result<std::string> SubscriberAdmin::export_csv(const Actor& actor, SubscriberId id)
{
    TRY(admin_only(actor));
    auto connection = database_.acquire();
    auto record = TRY(load(*connection, id));
    TRY(audit_export(*connection, actor, id, "csv"));
    return record_to_csv(record);
}

Status SubscriberAdmin::erase(const Actor& actor, SubscriberId id)
{
    TRY(admin_only(actor));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        SubscriberStore store(*connection);
        auto subscriber = store.find(id);
        if (!subscriber) return not_found();
        const std::string hash = subscriptions_.address_hash(subscriber->email);
        store.suppress(hash, "erased", now);
        outbox::Outbox outbox(*connection);
        outbox.erase_for_subscriber(id.value);
        outbox.erase_addressed(subscriber->email, kConfirmationPurpose);
        store.erase(id);
        audit::AuditLog(*connection).record(now, actor, "mailing.subscriber.erase", "subscriber", std::to_string(id.value),
                                            "erased at the subscriber's request; address kept as hash " + hash.substr(0, 12));
        return Ok{};
    });
}

Status SubscriberAdmin::check_import(const ImportRequest& request, const std::vector<ImportLine>& lines, Seconds now)
{
    std::vector<Error> errors;
    check_topics(errors, request.topics, subscriptions_.topics(), NoTopics::Refused);
    const std::string source = text::trim(request.source);
    if (source.empty() || source.size() > 500 || text::has_control_characters(source, false))
        errors.push_back(invalid("source", "Say where these addresses and their consent come from, on one line (at most 500 characters)."));
    if (request.consent_type == ConsentType::Implied &&
        (!request.implied_until || *request.implied_until <= now || *request.implied_until > now + kImpliedConsentLimit))
        errors.push_back(invalid("implied_until", "Give the day implied consent ends, in the future and within two years."));
    if (!translator_.supports(request.language)) errors.push_back(invalid("language", "Choose English, French or Spanish."));
    if (lines.empty()) errors.push_back(invalid("lines", "Paste at least one line with an email address, and if you have them a name, a language and an organisation."));
    if (lines.size() > kMaxImportLines)
        errors.push_back(invalid("lines", "Import at most {1} lines at a time.", {std::to_string(kMaxImportLines)}));
    if (!errors.empty()) return combine(std::move(errors));
    return Ok{};
}

// The subscriber a line adds or updates, or why the line is left out.
Result<SubscriberId> SubscriberAdmin::import_line(db::Connection& connection, const ImportLine& line, const std::string& language,
                                                  ImportReport& report, Seconds now)
{
    std::vector<Error> problems;
    check_email(problems, line.email);
    if (!problems.empty()) return skipped(line.number, N_("Line {1} is left out, its email address is not valid."));
    check_profile(problems, line.name.empty() ? line.email : line.name, language, line.organisation, translator_);
    if (!problems.empty()) return skipped(line.number, N_("Line {1} is left out, its name, language or organisation is not valid."));
    SubscriberStore store(connection);
    if (store.suppressed(subscriptions_.address_hash(line.email)))
        return skipped(line.number, N_("Line {1} is left out, this address was erased at its owner's request."));
    auto existing = store.find_by_email(text::normalize_email(line.email));
    if (existing && existing->status != SubscriberStatus::Active && existing->status != SubscriberStatus::Pending)
        return skipped(line.number, N_("Line {1} is left out, this address unsubscribed or bounced and only its owner can subscribe again."));
    if (existing) {
        ++report.updated;
        return existing->id;
    }
    ++report.added;
    return store.insert({SubscriberId{}, text::trim(line.email), line.name.empty() ? text::trim(line.email) : line.name, language,
                         line.organisation, SubscriberStatus::Active, now, {}, {}, {}, {}},
                        now);
}

Result<ImportReport> SubscriberAdmin::import(const Actor& actor, const ImportRequest& request)
{
    TRY(officer_only(actor));
    const Seconds now = clock_.now();
    const auto lines = parse_import(request.lines);
    TRY(check_import(request, lines, now));
    const auto topics = unique_codes(request.topics);
    ConsentEvent grant;
    grant.action = ConsentAction::Grant;
    grant.at = now;
    grant.method = ConsentMethod::Import;
    grant.source = text::trim(request.source);
    grant.consent_type = request.consent_type;
    grant.expires_at = request.consent_type == ConsentType::Implied ? request.implied_until : std::nullopt;
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ImportReport> {
        ImportReport report;
        SubscriberStore store(*connection);
        ConsentLedger ledger(*connection);
        for (const auto& line : lines) {
            auto id = import_line(*connection, line, line.language.empty() ? request.language : line.language, report, now);
            if (!id.ok()) {
                report.skipped.push_back(id.error());
                continue;
            }
            for (const auto& topic : topics) {
                store.set_subscription(*id, {topic, SubscriptionState::Active, now, grant.expires_at});
                grant.topic = topic;
                ledger.append(*id, grant, actor.user_id);
            }
            store.set_status(*id, SubscriberStatus::Active, now);
        }
        audit::AuditLog(*connection).record(now, actor, "mailing.import", "subscribers", "",
                                            std::to_string(report.added) + " added, " + std::to_string(report.updated) +
                                                " updated, " + std::to_string(report.skipped.size()) + " left out; source: " + grant.source);
        return report;
    });
}

Result<SenderIdentity> SubscriberAdmin::stored_sender(const Actor& actor)
{
    TRY(admin_only(actor));
    auto connection = database_.acquire();
    return stored_identity(*connection);
}

Status SubscriberAdmin::save_sender(const Actor& actor, const SenderIdentity& identity)
{
    TRY(admin_only(actor));
    std::vector<Error> errors;
    auto check = [&](const std::string& value, const char* field, std::size_t limit, bool lines) {
        if (!text::valid_utf8(value) || text::has_control_characters(value, lines) || text::length(value) > limit)
            errors.push_back(invalid(field, "Keep this to at most {1} characters of plain text.", {std::to_string(limit)}));
    };
    check(identity.name, "name", 200, false);
    check(identity.postal_address, "postal_address", 500, true);
    check(identity.email, "email", 254, false);
    check(identity.phone, "phone", 50, false);
    check(identity.website, "website", 300, false);
    if (!identity.email.empty() && !text::plausible_email(identity.email))
        errors.push_back(invalid("email", "This is not an email address we can write to. Check it, as in name@example.org."));
    if (!identity.website.empty() && identity.website.rfind("https://", 0) != 0 && identity.website.rfind("http://", 0) != 0)
        errors.push_back(invalid("website", "Give the whole address of the website, beginning with https."));
    if (!errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        save_identity(*connection, identity);
        audit::AuditLog(*connection).record(now, actor, "mailing.sender", "settings", "mailing", identity.name);
        return Ok{};
    });
}

std::string record_to_json(const SubscriberRecord& record)
{
    const auto& s = record.subscriber;
    nlohmann::json json;
    json["subscriber"] = {{"id", s.id.value},
                          {"email", s.email},
                          {"name", s.name},
                          {"language", s.language},
                          {"organisation", s.organisation},
                          {"status", subscriber_status_code(s.status)},
                          {"created_at", moment(s.created_at)},
                          {"confirmed_at", moment(s.confirmed_at)},
                          {"left_at", moment(s.left_at)},
                          {"bounced_at", moment(s.bounced_at)},
                          {"bounce_reply", s.bounce_reply}};
    json["topics"] = nlohmann::json::array();
    for (const auto& subscription : record.subscriptions)
        json["topics"].push_back({{"topic", subscription.topic},
                                  {"state", subscription.state == SubscriptionState::Active ? "active" : "pending"},
                                  {"since", moment(subscription.since)},
                                  {"expires_at", moment(subscription.expires_at)}});
    json["consent_ledger"] = nlohmann::json::array();
    for (const auto& event : record.ledger) json["consent_ledger"].push_back(event_json(event));
    json["messages"] = nlohmann::json::array();
    for (const auto& message : record.messages)
        json["messages"].push_back({{"subject", message.subject},
                                    {"status", outbox::status_code(message.status)},
                                    {"written_at", moment(message.created_at)},
                                    {"sent_at", moment(message.sent_at)},
                                    {"campaign", message.campaign_id ? nlohmann::json(*message.campaign_id) : nlohmann::json(nullptr)}});
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string record_to_csv(const SubscriberRecord& record)
{
    const auto& s = record.subscriber;
    std::string out = "email,name,language,organisation,status,event_at,topic,action,method,consent_type,expires_at,ip,source,"
                      "wording_version,wording_language,wording_text,campaign,recorded_by\r\n";
    for (const auto& event : record.ledger)
        out += csv_line({s.email, s.name, s.language, s.organisation, std::string(subscriber_status_code(s.status)), moment_text(event.at),
                         event.topic, std::string(consent_action_code(event.action)), std::string(consent_method_code(event.method)),
                         event.consent_type == ConsentType::Implied ? "implied" : "express", moment_text(event.expires_at), event.ip,
                         event.source, event.wording ? event.wording->version : "", event.wording ? event.wording->language : "",
                         event.wording ? event.wording->text : "", event.campaign ? std::to_string(event.campaign->value) : "",
                         event.recorded_by});
    return out;
}

std::vector<ImportLine> parse_import(std::string_view text)
{
    std::vector<ImportLine> lines;
    int number = 0;
    while (!text.empty()) {
        auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        auto fields = csv_fields(line);
        if (fields[0].empty()) continue;
        if (number == 1 && text::lowercase_ascii(fields[0]) == "email") continue;  // a header line
        fields.resize(std::max<std::size_t>(fields.size(), 4));
        lines.push_back({number, fields[0], fields[1], text::lowercase_ascii(fields[2]), fields[3]});
    }
    return lines;
}

}  // namespace pmi::mailing
