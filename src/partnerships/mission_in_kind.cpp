#include "partnerships/mission_in_kind.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "partnerships/contribution_store.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/rate_store.hpp"
#include "partnerships/view_helpers.hpp"

namespace pmi::partnerships {
namespace {

// The partnership's Canadian team the attendee is staff of; none for anyone else (partner
// local governments' staff, officers, guests), whose time is not the municipalities' in kind.
std::optional<std::string> team_of(PartnershipStore& store, const events::MissionAttendee& attendee, const Partnership& partnership)
{
    const auto teams = store.teams_of(attendee.attendee);
    for (const auto* member : partnership.of_kind(MemberKind::Team))
        if (std::find(teams.begin(), teams.end(), member->key) != teams.end()) return member->key;
    return std::nullopt;
}

// The attendee's time as a staff-time contribution, read and valued by the rules of any
// contribution; errors name the attendance form's fields of the attendee.
Result<Contribution> valued(RateStore& rates, const events::MissionAttendee& attendee, const events::Mission& mission,
                            const Partnership& partnership, const std::string& team)
{
    const ContributionInput input{team, "staff-time", mission.date, mission.title + " (mission)", attendee.name, attendee.role,
                                  std::to_string(attendee.hours), "", ""};
    auto contribution = read_contribution(input, partnership);
    if (contribution.ok()) {
        auto value = value_contribution(*contribution, valuation_rate(rates, *contribution));
        if (value.ok()) return contribution;
        contribution = value.take_error();
    }
    std::vector<Error> errors;
    const auto id = std::to_string(attendee.registration.value);
    for (auto error : flatten(contribution.error())) {
        error.field = (error.field == "role" || error.field == "date" ? "role_" : "hours_") + id;
        errors.push_back(std::move(error));
    }
    return combine(std::move(errors));
}

}  // namespace

std::vector<std::pair<std::int64_t, std::string>> MissionInKind::partnerships(db::Connection& connection) const
{
    std::vector<std::pair<std::int64_t, std::string>> choices;
    for (const auto& partnership : PartnershipStore(connection).all()) choices.emplace_back(partnership.id.value, partnership_name(partnership));
    std::sort(choices.begin(), choices.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return choices;
}

std::vector<std::pair<std::string, std::string>> MissionInKind::roles() const
{
    std::vector<std::pair<std::string, std::string>> roles;
    for (auto role : kStaffRoles) roles.emplace_back(staff_role_code(role), staff_role_label(role));
    return roles;
}

Status MissionInKind::record(db::Connection& connection, const Actor& actor, const events::Mission& mission,
                             const std::vector<events::MissionAttendee>& attendees, Seconds now) const
{
    PartnershipStore partnerships(connection);
    const auto partnership = partnerships.find(PartnershipId{mission.partnership});
    if (!partnership) return Ok{};
    ContributionStore contributions(connection);
    RateStore rates(connection);
    audit::AuditLog audit(connection);
    std::vector<Error> errors;
    for (const auto& attendee : attendees) {
        const auto existing = contributions.of_mission_attendee(mission.event.value, attendee.attendee);
        // Approved, it is counted and never changes: an officer reverses it if it is wrong.
        if (existing && existing->entry.status == EntryStatus::Approved) continue;
        const auto team = team_of(partnerships, attendee, *partnership);
        if (!attendee.attended || attendee.hours == 0 || !team) {
            if (!existing) continue;
            contributions.remove_draft(existing->entry.id);
            audit.record(now, actor, "in_kind.withdraw", "in_kind", std::to_string(existing->entry.id.value), audit_text(*existing));
            continue;
        }
        auto contribution = valued(rates, attendee, mission, *partnership, *team);
        if (!contribution.ok()) {
            for (auto& error : flatten(contribution.error())) errors.push_back(std::move(error));
            continue;
        }
        const std::string from = " from the attendance of mission " + std::to_string(mission.event.value);
        if (existing && existing->entry.status == EntryStatus::Entered && audit_text(*existing) == audit_text(*contribution)) continue;
        if (existing) {
            // Whoever changes it enters it anew, and so may not approve it.
            contribution->entry.id = existing->entry.id;
            mark_entered(contribution->entry, actor, now);
            contributions.update(*contribution);
            contributions.entered_again(contribution->entry);
            audit.record(now, actor, "in_kind.change", "in_kind", std::to_string(existing->entry.id.value),
                         audit_text(*existing) + " → " + audit_text(*contribution) + from);
        } else {
            mark_entered(contribution->entry, actor, now);
            const auto id = contributions.insert(*contribution);
            contributions.link_to_mission(id, mission.event.value, attendee.attendee);
            audit.record(now, actor, "in_kind.enter", "in_kind", std::to_string(id.value), audit_text(*contribution) + from);
        }
    }
    if (!errors.empty()) return combine(std::move(errors));
    return Ok{};
}

}  // namespace pmi::partnerships
