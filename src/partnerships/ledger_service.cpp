#include "partnerships/ledger_service.hpp"

#include "audit/audit_log.hpp"
#include "files/upload_rules.hpp"
#include "partnerships/ledger_store.hpp"

namespace pmi::partnerships {
namespace {

struct Found {
    Visible partnership;
    Entry entry;
};

Result<Found> find_entry(db::Connection& connection, const Actor& actor, Ledger ledger, PartnershipId id, EntryId entry_id)
{
    auto found = TRY(find_for_members(connection, actor, id));
    auto entry = LedgerStore(connection, ledger).entry(entry_id);
    if (!entry || entry->partnership != id) return not_found();
    return Found{std::move(found), std::move(*entry)};
}

std::string subject(const Entry& entry)
{
    return "partnership " + std::to_string(entry.partnership.value) + ": \"" + entry.description + "\" " + entry.amount.plain();
}

}  // namespace

std::string_view audit_name(Ledger ledger) { return ledger == Ledger::Expenses ? "expense" : "in_kind"; }

Status check_evidence(const std::optional<Upload>& upload)
{
    if (upload) TRY(files::accepted_document(upload->data, "file"));
    return Ok{};
}

Result<Evidence> keep_evidence(files::FileStore& files, const std::optional<Upload>& upload)
{
    if (!upload) return Evidence{};
    auto type = TRY(files::accepted_document(upload->data, "file"));
    auto stored = files.put(upload->data);
    return Evidence{stored.sha256, files::display_name(upload->file_name), type, static_cast<std::int64_t>(upload->data.size())};
}

Status LedgerService::review(const Actor& actor, Ledger ledger, PartnershipId id, EntryId entry_id, std::optional<Review> choice,
                             const std::string& note)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto found = TRY(find_entry(*connection, actor, ledger, id, entry_id));
        TRY(may_review(actor, found.partnership.access, found.entry, ledger == Ledger::Expenses && choice == Review::Approve));
        if (!choice) return invalid("decision", "Choose to approve or return the entry.");
        const Review review = *choice;
        auto text = TRY(read_note(note, review == Review::Return));
        const Seconds now = clock_.now();
        const auto status = review == Review::Approve ? EntryStatus::Approved : EntryStatus::Returned;
        LedgerStore store(*connection, ledger);
        if (!store.review(entry_id, status, actor.name, now, text)) return conflict("status", "This entry was reviewed already.");
        if (status == EntryStatus::Approved) store.count_approved(found.entry, found.entry.amount);
        audit::AuditLog(*connection).record(now, actor, std::string(audit_name(ledger)) + (review == Review::Approve ? ".approve" : ".return"),
                                            std::string(audit_name(ledger)), std::to_string(entry_id.value),
                                            subject(found.entry) + (text.empty() ? "" : " — " + text));
        return Ok{};
    });
}

Result<EntryId> LedgerService::reverse(const Actor& actor, Ledger ledger, PartnershipId id, EntryId entry_id, const std::string& reason)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<EntryId> {
        auto found = TRY(find_entry(*connection, actor, ledger, id, entry_id));
        LedgerStore store(*connection, ledger);
        TRY(may_reverse(found.partnership.access, found.entry, store.reversed(entry_id)));
        auto text = TRY(read_note(reason, true));
        const Seconds now = clock_.now();
        EntryId reversal;
        try {
            reversal = store.insert_reversal(entry_id, actor, now, text);
        } catch (const db::UniqueViolation&) {
            return conflict("status", "This entry was reversed already.");  // by another officer at the same moment
        }
        store.count_approved(found.entry, Money{} - found.entry.amount);
        audit::AuditLog(*connection).record(now, actor, std::string(audit_name(ledger)) + ".reverse", std::string(audit_name(ledger)),
                                            std::to_string(reversal.value),
                                            "reverses " + std::to_string(entry_id.value) + ", " + subject(found.entry) + " — " + text);
        return reversal;
    });
}

Result<Download> LedgerService::evidence(const Actor& actor, Ledger ledger, PartnershipId id, EntryId entry_id)
{
    auto connection = database_.acquire();
    auto found = TRY(find_entry(*connection, actor, ledger, id, entry_id));
    if (!found.entry.evidence.attached()) return not_found();
    auto path = files_.path_of(found.entry.evidence.sha256);
    if (!path) return not_found("This file is missing from the server's storage; tell the program office.");
    return Download{*path, found.entry.evidence.name, found.entry.evidence.content_type};
}

}  // namespace pmi::partnerships
