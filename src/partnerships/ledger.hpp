#pragma once
// What expenses and in-kind contributions share: each is an entry of a partnership's ledger,
// dated, valued in Canadian cents, with a document attached, entered by the partnership's
// staff (or an officer) and reviewed by a program officer who did not enter it. An approved
// entry never changes: a mistake is undone by a reversal, a new approved entry with the
// opposite amount that names the entry it reverses.
#include <optional>
#include <string>
#include <string_view>

#include "core/actor.hpp"
#include "core/result.hpp"
#include "partnerships/access.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

using EntryId = Id<struct LedgerEntryTag>;

enum class Ledger { Expenses, InKind };
enum class EntryStatus { Entered, Approved, Returned };
enum class Review { Approve, Return };

std::string_view entry_status_code(EntryStatus status);  // "entered", "approved", "returned"
std::optional<EntryStatus> entry_status_from_code(std::string_view code);
std::string_view entry_status_label(EntryStatus status);  // an English message id

// A document kept in the file store: a receipt, a timesheet, a boarding pass.
struct Evidence {
    std::string sha256, name, content_type;
    std::int64_t size = 0;
    bool attached() const { return !sha256.empty(); }
};

// A file as a form or the API sends it, before it is checked and stored.
struct Upload {
    std::string file_name;
    std::string_view data;
};

struct Entry {
    EntryId id;
    PartnershipId partnership;
    Date date{};
    int fiscal_year = 0;
    std::string description;
    Money amount;  // in Canadian cents; negative for a reversal
    EntryStatus status = EntryStatus::Entered;
    EntryId reverses;  // valid for a reversal
    Evidence evidence;
    UserId entered_by_id;
    std::string entered_by, decided_by;
    Seconds entered_at = 0;
    std::optional<Seconds> decided_at;
    std::string note;  // why it was returned or reversed
};

inline constexpr std::size_t kMostNoteBytes = 1000;

// The partnership's staff and officers change an entry while it waits for review or after it
// was returned; never once approved (Conflict), never a reversal.
// Records who entered the entry and when: the one who may then never review it.
void mark_entered(Entry& entry, const Actor& actor, Seconds now);

Status may_change(Access access, const Entry& entry);
// Officers review an entry waiting for review; never one they entered themselves, and an
// entry whose ledger asks for evidence only with its document attached.
Status may_review(const Actor& actor, Access access, const Entry& entry, bool needs_evidence);
// Officers reverse an approved entry, once, and never a reversal.
Status may_reverse(Access access, const Entry& entry, bool reversed_already);

// The date of an entry ("2026-04-01") within the partnership's dates; fails on `field`.
Result<Date> read_entry_date(const std::string& text, const Partnership& partnership, const std::string& field);
// A note (why an entry is returned or reversed); fails on "note" when `required` and empty.
Result<std::string> read_note(const std::string& text, bool required);
// A one-line description; fails on "description" when empty or too long.
Result<std::string> read_description(const std::string& text);

}  // namespace pmi::partnerships
