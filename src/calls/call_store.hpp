#pragma once
// Calls, their rubric and form, applications, answers and versions, in SQL.
#include <optional>
#include <vector>

#include "calls/call.hpp"
#include "core/actor.hpp"
#include "db/database.hpp"

namespace pmi::calls {

class CallStore {
public:
    explicit CallStore(db::Connection& connection) : connection_(connection) {}
    std::vector<Call> list();  // with rubric and form, deadline order
    // Changes whenever a call is added or edited in a later second: "count:latest change".
    std::string change_signature();
    std::optional<Call> find(std::string_view slug);
    std::optional<Call> find(CallId id);
    // Inserts (id invalid) or updates the call, replacing its criteria and questions.
    // Throws db::UniqueViolation when another call has the slug.
    CallId save(const Call& call, Seconds now);

private:
    void load_details(Call& call);
    db::Connection& connection_;
};

struct ApplicationSummary {
    ApplicationId id;
    CallId call_id;
    std::string call_slug;
    LocalizedText call_title;
    std::string organisation_name;
    ApplicationStatus status;
    Seconds updated_at;
    std::optional<Seconds> submitted_at;
};

class ApplicationStore {
public:
    explicit ApplicationStore(db::Connection& connection) : connection_(connection) {}
    std::optional<Application> find(ApplicationId id);
    std::optional<ApplicationId> find_for(CallId call, OrganisationId organisation);
    // Throws db::UniqueViolation when the organisation already applied to the call.
    ApplicationId insert(CallId call, OrganisationId organisation, Seconds now);
    // Writes the answers given (others stay) and moves to the next version, only if the
    // application is still at `expected_version`; false when someone saved in between.
    bool save_answers(ApplicationId id, const Answers& answers, int expected_version, Seconds now);
    bool set_status(ApplicationId id, ApplicationStatus status, int expected_version, Seconds now,
                    std::optional<Seconds> submitted_at);
    void add_version(ApplicationId id, int version, const Actor& actor, Seconds at, std::string_view event,
                     const std::vector<std::string>& changed, const Answers& answers);
    std::vector<ApplicationVersion> versions(ApplicationId id);
    std::vector<ApplicationSummary> for_organisations(const std::vector<OrganisationId>& organisations);
    std::vector<ApplicationSummary> for_call(CallId call);
    // The message that came with the decision, once decisions are released.
    std::optional<LocalizedText> released_decision(ApplicationId id);
    // True when the user is assigned to review the application and declared no conflict.
    bool assigned_reviewer(ApplicationId id, UserId user);

private:
    db::Connection& connection_;
};

class AttachmentStore {
public:
    explicit AttachmentStore(db::Connection& connection) : connection_(connection) {}
    std::vector<Attachment> of(ApplicationId application);
    FileId insert(ApplicationId application, const Attachment& file, UserId by);
    void remove(ApplicationId application, FileId file);

private:
    db::Connection& connection_;
};

}  // namespace pmi::calls
