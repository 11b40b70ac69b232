#include "partnerships/ledger.hpp"

#include "core/text.hpp"
#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

struct StatusInfo {
    EntryStatus status;
    std::string_view code, label;
};
constexpr StatusInfo kStatusInfo[] = {{EntryStatus::Entered, "entered", N_("Waiting for review")},
                                      {EntryStatus::Approved, "approved", N_("Approved")},
                                      {EntryStatus::Returned, "returned", N_("Returned for correction")}};

Result<std::string> read_text(const std::string& text, const std::string& field, std::size_t most)
{
    std::string trimmed = text::trim(text);
    if (trimmed.size() > most) return invalid(field, "This text is too long; keep it under {1} characters.", {std::to_string(most)});
    if (!text::valid_utf8(trimmed) || text::has_control_characters(trimmed, true)) return invalid(field, "Remove the control characters from this text.");
    return trimmed;
}

}  // namespace

std::string_view entry_status_code(EntryStatus status) { return kStatusInfo[static_cast<int>(status)].code; }
std::string_view entry_status_label(EntryStatus status) { return kStatusInfo[static_cast<int>(status)].label; }

std::optional<EntryStatus> entry_status_from_code(std::string_view code)
{
    for (const auto& info : kStatusInfo)
        if (info.code == code) return info.status;
    return std::nullopt;
}

void mark_entered(Entry& entry, const Actor& actor, Seconds now)
{
    entry.entered_by_id = actor.user_id;
    entry.entered_by = actor.name;
    entry.entered_at = now;
}

Status may_change(Access access, const Entry& entry)
{
    if (access == Access::Public) return forbidden();
    if (entry.reverses.valid()) return conflict("status", "A reversal cannot be changed.");
    if (entry.status == EntryStatus::Approved) return conflict("status", "This entry was approved and cannot change; ask a program officer to reverse it.");
    return Ok{};
}

Status may_review(const Actor& actor, Access access, const Entry& entry, bool needs_evidence)
{
    if (access != Access::Officer) return forbidden("Only program officers approve or return entries.");
    if (entry.entered_by_id == actor.user_id) return forbidden("You entered this yourself; another program officer must review it.");
    if (entry.status != EntryStatus::Entered) return conflict("status", "This entry was reviewed already.");
    if (needs_evidence && !entry.evidence.attached()) return conflict("file", "Attach the receipt before the entry is approved.");
    return Ok{};
}

Status may_reverse(Access access, const Entry& entry, bool reversed_already)
{
    if (access != Access::Officer) return forbidden("Only program officers reverse approved entries.");
    if (entry.reverses.valid()) return conflict("status", "A reversal cannot be reversed; enter the amount again instead.");
    if (entry.status != EntryStatus::Approved) return conflict("status", "Only approved entries are reversed; change or return this one instead.");
    if (reversed_already) return conflict("status", "This entry was reversed already.");
    return Ok{};
}

Result<Date> read_entry_date(const std::string& text, const Partnership& partnership, const std::string& field)
{
    auto date = parse_date(text::trim(text));
    if (!date) return invalid(field, "Write the date as year-month-day, such as 2026-04-01.");
    if (!partnership.start || !partnership.end) return invalid(field, "Set the partnership's start and end dates before entering amounts.");
    if (*date < *partnership.start || *date > *partnership.end)
        return invalid(field, "The date {1} falls outside the partnership, which runs from {2} to {3}; choose a date in between.",
                       {date_text(*date), date_text(*partnership.start), date_text(*partnership.end)});
    return *date;
}

Result<std::string> read_note(const std::string& text, bool required)
{
    auto note = TRY(read_text(text, "note", kMostNoteBytes));
    if (required && note.empty()) return invalid("note", "Say why, so that the partnership's staff know what to do.");
    return note;
}

Result<std::string> read_description(const std::string& text)
{
    auto description = TRY(read_text(text, "description", 300));
    if (description.empty()) return invalid("description", "Describe what was paid or given.");
    return description;
}

}  // namespace pmi::partnerships
