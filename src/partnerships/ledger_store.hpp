#pragma once
// SQL shared by the two ledgers (expenses, in-kind contributions): the columns every entry
// has, reviews, reversals, and the approved totals by partnership and fiscal year.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"
#include "partnerships/ledger.hpp"

namespace pmi::partnerships {

// The columns of an entry, first in every SELECT of a ledger (read_entry reads them).
inline constexpr std::string_view kEntryColumns =
    "id, partnership_id, entry_date, fiscal_year, description, amount_cents, status, reverses_id, evidence_sha256, evidence_name,"
    " evidence_type, evidence_size, entered_by_id, entered_by, entered_at, decided_by, decided_at, note";
inline constexpr std::size_t kEntryColumnCount = 18;
Entry read_entry(const db::Row& row);

// The columns an INSERT of a new entry sets, and their values, in that order.
inline constexpr std::string_view kEntryInsertColumns =
    "partnership_id, entry_date, fiscal_year, description, amount_cents, status, evidence_sha256, evidence_name, evidence_type,"
    " evidence_size, entered_by_id, entered_by, entered_at";
db::Parameters entry_values(const Entry& entry);
// "?, ?, ..." for `count` parameters.
std::string placeholders(std::size_t count);

struct ApprovedTotal {
    PartnershipId partnership;
    int fiscal_year = 0;
    Money spent, in_kind;
    friend bool operator==(const ApprovedTotal&, const ApprovedTotal&) = default;
};

class LedgerStore {
public:
    LedgerStore(db::Connection& connection, Ledger ledger) : connection_(connection), ledger_(ledger) {}

    std::optional<Entry> entry(EntryId id);
    // Records the review of an entry still waiting for one; true when recorded.
    bool review(EntryId id, EntryStatus status, const std::string& decided_by, Seconds at, const std::string& note);
    bool reversed(EntryId id);
    // A copy of the entry with opposite amounts (and hours), approved at once by the actor.
    EntryId insert_reversal(EntryId original, const Actor& actor, Seconds now, const std::string& note);
    // Replaces the entry's document.
    void attach(EntryId id, const Evidence& evidence);
    // Adds an approved amount (negative for a reversal) to the partnership's totals of the
    // year, in the transaction of the approval.
    void count_approved(PartnershipId partnership, int fiscal_year, Money amount);
    // The same for an approved `entry` (or, with the opposite amount, its reversal); an
    // in-kind contribution also counts in its municipality's totals.
    void count_approved(const Entry& entry, Money amount);

private:
    std::string table() const;
    db::Connection& connection_;
    Ledger ledger_;
};

// Approved expenses and contributions by partnership and fiscal year, as the approvals and
// reversals counted them (a few rows, however many entries).
std::vector<ApprovedTotal> approved_totals(db::Connection& connection);
// The same totals summed from the entries themselves, through the ledgers' covering indexes:
// to check the counted totals, or to count them again.
std::vector<ApprovedTotal> recounted_totals(db::Connection& connection);
// Replaces the counted totals (and the municipalities' in-kind totals) by the recounted ones.
void recount_approved_totals(db::Connection& connection);

}  // namespace pmi::partnerships
