#include "events/rules.hpp"

#include <algorithm>
#include <array>

#include "core/code_table.hpp"
#include "core/text.hpp"
#include "core/translator.hpp"

namespace pmi::events {
namespace {

constexpr std::array<CodeName<EventKind>, 4> kKinds{{
    {EventKind::Webinar, "webinar", N_("Webinar")},
    {EventKind::Workshop, "workshop", N_("Workshop")},
    {EventKind::StudyTour, "study_tour", N_("Study tour")},
    {EventKind::TechnicalMission, "technical_mission", N_("Technical mission")},
}};

bool web_address(std::string_view url)
{
    return (url.starts_with("https://") || url.starts_with("http://")) && url.size() > 10 &&
           std::none_of(url.begin(), url.end(), [](char c) { return c == ' ' || c == '"' || c == '<' || c == '>' || c < 0x20; });
}

}  // namespace

std::string_view kind_code(EventKind kind)
{
    return code_of(kKinds, kind);
}

std::optional<EventKind> kind_from_code(std::string_view code)
{
    return value_of(kKinds, code);
}

std::string_view kind_label(EventKind kind)
{
    return label_of(kKinds, kind);
}

const std::vector<EventKind>& all_kinds()
{
    static const std::vector<EventKind> kinds = values_of(kKinds);
    return kinds;
}

std::string_view registration_status_code(RegistrationStatus status)
{
    switch (status) {
        case RegistrationStatus::Registered: return "registered";
        case RegistrationStatus::Waiting: return "waiting";
        case RegistrationStatus::Cancelled: return "cancelled";
    }
    return "cancelled";
}

std::optional<RegistrationStatus> registration_status_from_code(std::string_view code)
{
    for (auto status : {RegistrationStatus::Registered, RegistrationStatus::Waiting, RegistrationStatus::Cancelled})
        if (registration_status_code(status) == code) return status;
    return std::nullopt;
}

std::vector<Error> check_event_edit(const EventEdit& edit)
{
    std::vector<Error> errors;
    if (edit.title.get("en").empty() && edit.title.get("fr").empty() && edit.title.get("es").empty())
        errors.push_back(invalid("title_en", "Give the event a title in at least one language."));
    for (const auto& [language, text] : edit.title.versions())
        if (text.size() > kMaxTitleBytes || text::has_control_characters(text, false))
            errors.push_back(invalid("title_" + language, "A title has at most {1} characters and no line breaks.", {std::to_string(kMaxTitleBytes)}));
    for (const auto& [language, text] : edit.description.versions())
        if (text.size() > kMaxDescriptionBytes)
            errors.push_back(invalid("description_" + language, "A description has at most {1} characters; shorten it.", {std::to_string(kMaxDescriptionBytes)}));
    if (edit.place.empty() && edit.online_url.empty())
        errors.push_back(invalid("place", "Give a place, an online link, or both."));
    if (edit.place.size() > kMaxPlaceBytes || text::has_control_characters(edit.place, false))
        errors.push_back(invalid("place", "A place has at most {1} characters and no line breaks.", {std::to_string(kMaxPlaceBytes)}));
    if (!edit.online_url.empty() && (edit.online_url.size() > kMaxUrlBytes || !web_address(edit.online_url)))
        errors.push_back(invalid("online_url", "The online link must be a web address (https), at most 500 characters."));
    if (edit.capacity < 1 || edit.capacity > kMaxCapacity)
        errors.push_back(invalid("capacity", "The number of places must be a whole number from 1 to {1}.", {std::to_string(kMaxCapacity)}));
    return errors;
}

std::vector<Error> check_moments(Seconds starts_at, Seconds ends_at)
{
    std::vector<Error> errors;
    if (ends_at <= starts_at) errors.push_back(invalid("ends_at", "The end must come after the start; change one of them."));
    else if (ends_at - starts_at > 60 * 86400) errors.push_back(invalid("ends_at", "An event lasts at most 60 days; check the end date."));
    return errors;
}

RegistrationStatus admission(int registered, int capacity)
{
    return registered < capacity ? RegistrationStatus::Registered : RegistrationStatus::Waiting;
}

int promotions(int registered, int capacity, int waiting)
{
    return std::clamp(capacity - registered, 0, waiting);
}

Result<int> attendance_hours(const AttendanceLine& line)
{
    const auto id = std::to_string(line.registration.value);
    if (line.days < 0 || line.days > kMaxDays)
        return invalid("days_" + id, "Days must be a whole number from 0 to {1}; leave 0 to enter the hours in all.", {std::to_string(kMaxDays)});
    if (line.days > 0 && (line.in_kind_hours < 0 || line.in_kind_hours > 24))
        return invalid("hours_" + id, "With days, hours are per day; enter a whole number from 0 to 24.");
    const int hours = line.days > 0 ? line.days * line.in_kind_hours : line.in_kind_hours;
    if (hours < 0 || hours > kMaxHours) return invalid("hours_" + id, "Hours must be a whole number from 0 to {1}.", {std::to_string(kMaxHours)});
    return hours;
}

}  // namespace pmi::events
