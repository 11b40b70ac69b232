#include "calls/call_service.hpp"

#include "audit/audit_log.hpp"
#include "calls/rules.hpp"
#include "outbox/outbox.hpp"
#include "search/index_updates.hpp"

namespace pmi::calls {
namespace {

std::string_view event_code(ApplicationEvent event)
{
    switch (event) {
    case ApplicationEvent::Submit: return "submit";
    case ApplicationEvent::Withdraw: return "withdraw";
    case ApplicationEvent::Reopen: return "reopen";
    }
    return "submit";
}

}  // namespace

CallList CallService::calls()
{
    const auto now = std::chrono::steady_clock::now();
    std::shared_ptr<const CallSnapshot> current;
    {
        std::lock_guard lock(snapshot_mutex_);
        current = snapshot_;
    }
    if (current && now - current->checked < std::chrono::seconds(1)) return CallList(current->calls);
    auto connection = database_.acquire();
    const std::string signature = CallStore(*connection).change_signature();
    auto fresh = std::make_shared<CallSnapshot>();
    fresh->signature = signature;
    fresh->checked = now;
    fresh->calls = current && current->signature == signature ? current->calls
                                                              : std::make_shared<const std::vector<Call>>(CallStore(*connection).list());
    std::lock_guard lock(snapshot_mutex_);
    snapshot_ = fresh;
    return CallList(fresh->calls);
}

Result<Call> CallService::call(std::string_view slug)
{
    auto connection = database_.acquire();
    auto found = CallStore(*connection).find(slug);
    if (!found) return not_found();
    return std::move(*found);
}

Status CallService::can_manage(const Actor& actor) const
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return forbidden();
    return Ok{};
}

Result<Call> CallService::call_for_editing(const Actor& actor, CallId id)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    auto found = CallStore(*connection).find(id);
    if (!found) return not_found();
    return std::move(*found);
}

Result<CallId> CallService::save_call(const Actor& actor, const Call& call)
{
    TRY(can_manage(actor));
    if (auto errors = check_call(call); !errors.empty()) return combine(std::move(errors));
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    auto saved = db::in_transaction(*connection, [&]() -> Result<CallId> {
        CallStore store(*connection);
        if (auto other = store.find(call.slug); other && other->id != call.id)
            return conflict("slug", "Another call already uses this address name; choose another.");
        if (call.id.valid() && !store.find(call.id)) return not_found();
        CallId id = store.save(call, now);
        if (auto saved = store.find(id)) search::keep_current(search_index_, *connection, *saved);
        audit::AuditLog(*connection).record(now, actor, call.id.valid() ? "call.edit" : "call.create", "call",
                                            std::to_string(id.value), call.slug);
        return id;
    });
    // After the commit, so no other request can cache what was there before.
    if (saved.ok()) {
        std::lock_guard lock(snapshot_mutex_);
        snapshot_.reset();
    }
    return saved;
}

Result<std::vector<ApplicationSummary>> CallService::applications_of_call(const Actor& actor, CallId id)
{
    TRY(can_manage(actor));
    auto connection = database_.acquire();
    return ApplicationStore(*connection).for_call(id);
}

std::vector<Membership> CallService::applicant_memberships(const Actor& actor) const
{
    std::vector<Membership> memberships;
    for (const auto& membership : actor.memberships)
        if (membership.role == Role::Applicant) memberships.push_back(membership);
    return memberships;
}

Result<ApplicationId> CallService::start_application(const Actor& actor, std::string_view slug, OrganisationId organisation)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.has_role_in(Role::Applicant, organisation))
        return forbidden("Only staff of a Canadian municipality with the applicant role can apply for it.");
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ApplicationId> {
        auto found = CallStore(*connection).find(slug);
        if (!found) return not_found();
        ApplicationStore applications(*connection);
        if (auto existing = applications.find_for(found->id, organisation)) return *existing;
        TRY(accepting_changes(*found, now));
        auto id = applications.insert(found->id, organisation, now);
        audit::AuditLog(*connection).record(now, actor, "application.create", "application", std::to_string(id.value),
                                            found->slug);
        return id;
    });
}

Result<Loaded> load_application(db::Connection& connection, const Actor& actor, ApplicationId id, Access access)
{
    if (!actor.signed_in()) return unauthenticated();
    auto application = ApplicationStore(connection).find(id);
    // An application the actor may not see does not exist, as far as the actor knows.
    if (!application) return not_found();
    bool own = actor.has_role_in(Role::Applicant, application->organisation_id);
    bool reads = actor.runs_program() || ApplicationStore(connection).assigned_reviewer(id, actor.user_id);
    if (!own && (access == Access::Change || !reads)) return not_found();
    auto call = CallStore(connection).find(application->call_id);
    if (!call) return not_found();
    return Loaded{std::move(*application), std::move(*call)};
}

Result<ApplicationView> CallService::application(const Actor& actor, ApplicationId id)
{
    auto connection = database_.acquire();
    auto loaded = TRY(load_application(*connection, actor, id, Access::Read));
    bool can_edit = actor.has_role_in(Role::Applicant, loaded.application.organisation_id);
    auto decision = ApplicationStore(*connection).released_decision(id);
    return ApplicationView{std::move(loaded.application), std::move(loaded.call), can_edit, std::move(decision)};
}

Result<int> CallService::save_draft(const Actor& actor, ApplicationId id, const Answers& answers, int version)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<int> {
        auto loaded = TRY(load_application(*connection, actor, id, Access::Change));
        TRY(accepting_changes(loaded.call, now));
        if (!editable(loaded.application.status))
            return conflict("status", "This application was submitted: reopen it to change an answer.");
        if (auto errors = check_answers(loaded.call, answers); !errors.empty()) return combine(std::move(errors));
        std::vector<std::string> changed;
        Answers merged = loaded.application.answers;
        for (const auto& [code, value] : answers) {
            auto before = merged.find(code);
            if (before == merged.end() ? !value.empty() : before->second != value) changed.push_back(code);
            merged[code] = value;
        }
        if (changed.empty()) return loaded.application.version;
        if (loaded.application.version != version)
            return conflict("version", "Someone else saved this application since you opened it. Your text is below: copy what you need, then reload the page.");
        ApplicationStore store(*connection);
        if (!store.save_answers(id, answers, version, now))
            return conflict("version", "Someone else saved this application since you opened it. Your text is below: copy what you need, then reload the page.");
        store.add_version(id, version + 1, actor, now, "save", changed, merged);
        return version + 1;
    });
}

Status CallService::change_status(const Actor& actor, ApplicationId id, ApplicationEvent event)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto loaded = TRY(load_application(*connection, actor, id, Access::Change));
        TRY(accepting_changes(loaded.call, now));
        auto next = TRY(transition(loaded.application.status, event));
        if (event == ApplicationEvent::Submit) {
            auto errors = check_answers(loaded.call, loaded.application.answers);
            auto missing = missing_answers(loaded.call, loaded.application.answers);
            errors.insert(errors.end(), missing.begin(), missing.end());
            if (!errors.empty()) return combine(std::move(errors));
        }
        const int version = loaded.application.version;
        std::optional<Seconds> submitted = next == ApplicationStatus::Submitted ? std::optional<Seconds>(now) : std::nullopt;
        ApplicationStore store(*connection);
        if (!store.set_status(id, next, version, now, submitted))
            return conflict("version", "Someone else changed this application at the same moment; reload the page.");
        store.add_version(id, version + 1, actor, now, event_code(event), {}, loaded.application.answers);
        audit::AuditLog(*connection).record(now, actor, "application." + std::string(event_code(event)), "application",
                                            std::to_string(id.value),
                                            std::string(application_status_code(loaded.application.status)) + " → " +
                                                std::string(application_status_code(next)));
        if (event == ApplicationEvent::Submit) mail_submission(*connection, actor, loaded, now);
        return Ok{};
    });
}

void CallService::mail_submission(db::Connection& connection, const Actor& actor, const Loaded& loaded, Seconds now)
{
    const auto& language = actor.language.empty() ? std::string("en") : actor.language;
    std::string copy;
    for (const auto& question : loaded.call.questions) {
        auto answer = loaded.application.answers.find(question.code);
        copy += question.label.pick(language).text + "\n" +
                (answer == loaded.application.answers.end() || answer->second.empty() ? "—" : answer->second) + "\n\n";
    }
    const std::string title = loaded.call.title.pick(language).text;
    outbox::Outbox(connection).add(
        now, actor.email, translator_.format(language, "Application submitted: {1}", {title}),
        translator_.format(language,
                           "Hello {1},\n\nThe application of {2} to the call \"{3}\" was submitted. You can read it at {4}.\n"
                           "Until the deadline you may withdraw it or reopen it to make changes.\n\nA copy of the answers:\n\n{5}",
                           {actor.name, loaded.application.organisation_name, title,
                            public_origin_ + "/applications/" + std::to_string(loaded.application.id.value), copy}),
        "application_submitted");
}

Status CallService::submit(const Actor& actor, ApplicationId id)
{
    return change_status(actor, id, ApplicationEvent::Submit);
}

Status CallService::withdraw(const Actor& actor, ApplicationId id)
{
    return change_status(actor, id, ApplicationEvent::Withdraw);
}

Status CallService::reopen(const Actor& actor, ApplicationId id)
{
    return change_status(actor, id, ApplicationEvent::Reopen);
}

Result<std::vector<ApplicationVersion>> CallService::history(const Actor& actor, ApplicationId id)
{
    auto connection = database_.acquire();
    TRY(load_application(*connection, actor, id, Access::Read));
    return ApplicationStore(*connection).versions(id);
}

std::vector<ApplicationSummary> CallService::my_applications(const Actor& actor)
{
    std::vector<OrganisationId> organisations;
    for (const auto& membership : applicant_memberships(actor)) organisations.push_back(membership.organisation_id);
    if (organisations.empty()) return {};
    auto connection = database_.acquire();
    return ApplicationStore(*connection).for_organisations(organisations);
}

}  // namespace pmi::calls
