#pragma once
// The use cases both ledgers share: a program officer approves or returns an entry (never
// one they entered), reverses an approved one, and whoever may read a partnership's ledger
// downloads an entry's document. Documents follow the program's upload rules. Every change
// is in the audit log, in the transaction that makes it.
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"
#include "partnerships/ledger.hpp"

namespace pmi::partnerships {

struct Download {
    std::string path, file_name, content_type;
};

class LedgerService {
public:
    LedgerService(db::Database& database, const Clock& clock, files::FileStore& files) : database_(database), clock_(clock), files_(files) {}

    // Officers who did not enter it; returning needs a note saying what to correct. Fails with
    // a conflict when the entry was reviewed already, or is an expense without its receipt.
    // No review (a decision neither to approve nor to return) is invalid, once the actor may review.
    Status review(const Actor& actor, Ledger ledger, PartnershipId partnership, EntryId entry, std::optional<Review> review,
                  const std::string& note);
    // Officers: a new approved entry with the opposite amount; `reason` is required. Fails
    // with a conflict when the entry is not approved, is a reversal or was reversed already.
    Result<EntryId> reverse(const Actor& actor, Ledger ledger, PartnershipId partnership, EntryId entry, const std::string& reason);
    // Staff of the partnership and officers. Not found when the entry has no document.
    Result<Download> evidence(const Actor& actor, Ledger ledger, PartnershipId partnership, EntryId entry);

private:
    db::Database& database_;
    const Clock& clock_;
    files::FileStore& files_;
};

// The ledger's name in the audit log: "expense", "in_kind".
std::string_view audit_name(Ledger ledger);
// Checks an upload against the program's rules (failing on "file") and keeps it in the file
// store; no document when there is no upload.
Result<Evidence> keep_evidence(files::FileStore& files, const std::optional<Upload>& upload);
// Checks without storing, so that a refused entry writes nothing.
Status check_evidence(const std::optional<Upload>& upload);

}  // namespace pmi::partnerships
