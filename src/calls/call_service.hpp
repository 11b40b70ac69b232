#pragma once
// Use cases of calls and applications. Every action checks who asks; every change that
// matters is written with its version, audit entry and mail in one transaction; the
// deadline is read from the server's clock, never from the request.
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "calls/call.hpp"
#include "calls/call_store.hpp"
#include "calls/rules.hpp"
#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/translator.hpp"
#include "db/database.hpp"
#include "search/search_index.hpp"

namespace pmi::calls {

struct Loaded {
    Application application;
    Call call;
};
enum class Access { Read, Change };
// The application and its call, when the actor may read it (its municipality's staff, the
// program office, a reviewer assigned to it without a conflict) or, with Access::Change, change it (its municipality's staff only).
// Anything else is NotFound: an application one may not see does not exist.
Result<Loaded> load_application(db::Connection& connection, const Actor& actor, ApplicationId id, Access access);

struct ApplicationView {
    Application application;
    Call call;
    bool can_edit = false;  // the actor is one of the applying municipality's staff
    std::optional<LocalizedText> decision_message;  // once decisions are released
};

// A read-only list of calls shared by every request that reads it.
class CallList {
public:
    explicit CallList(std::shared_ptr<const std::vector<Call>> calls) : calls_(std::move(calls)) {}
    std::vector<Call>::const_iterator begin() const { return calls_->begin(); }
    std::vector<Call>::const_iterator end() const { return calls_->end(); }
    std::size_t size() const { return calls_->size(); }
    bool empty() const { return calls_->empty(); }
    const Call& front() const { return calls_->front(); }

private:
    std::shared_ptr<const std::vector<Call>> calls_;
};

class CallService {
public:
    CallService(db::Database& database, const Clock& clock, const Translator& translator, std::string public_origin,
                const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), translator_(translator), public_origin_(std::move(public_origin)), search_index_(search_index) {}

    // Every call, from a snapshot kept in memory: it is checked against the database at most
    // once a second (count and latest change of the calls), and dropped at once when this
    // process saves a call. The list is shared, not copied, and stays whole while held.
    CallList calls();
    Result<Call> call(std::string_view slug);
    Seconds now() const { return clock_.now(); }

    Status can_manage(const Actor& actor) const;
    Result<Call> call_for_editing(const Actor& actor, CallId id);
    // Creates the call (id invalid) or updates it; fails with every field problem at once.
    Result<CallId> save_call(const Actor& actor, const Call& call);
    Result<std::vector<ApplicationSummary>> applications_of_call(const Actor& actor, CallId id);

    // The municipalities the actor may apply for.
    std::vector<Membership> applicant_memberships(const Actor& actor) const;
    // The organisation's application to the call, created as a draft if it has none.
    Result<ApplicationId> start_application(const Actor& actor, std::string_view slug, OrganisationId organisation);
    Result<ApplicationView> application(const Actor& actor, ApplicationId id);
    // Saves the answers given; fails with Conflict when someone saved since `version`.
    // Returns the new version (unchanged when no answer changed).
    Result<int> save_draft(const Actor& actor, ApplicationId id, const Answers& answers, int version);
    Status submit(const Actor& actor, ApplicationId id);
    Status withdraw(const Actor& actor, ApplicationId id);
    Status reopen(const Actor& actor, ApplicationId id);
    Result<std::vector<ApplicationVersion>> history(const Actor& actor, ApplicationId id);
    std::vector<ApplicationSummary> my_applications(const Actor& actor);

private:
    Status change_status(const Actor& actor, ApplicationId id, ApplicationEvent event);
    void mail_submission(db::Connection& connection, const Actor& actor, const Loaded& loaded, Seconds now);

    db::Database& database_;
    const Clock& clock_;
    const Translator& translator_;
    std::string public_origin_;
    const search::SearchIndex* search_index_;

    struct CallSnapshot {
        std::shared_ptr<const std::vector<Call>> calls;
        std::string signature;  // count and latest updated_at of the calls table
        std::chrono::steady_clock::time_point checked;
    };
    std::mutex snapshot_mutex_;
    std::shared_ptr<const CallSnapshot> snapshot_;
};

}  // namespace pmi::calls
