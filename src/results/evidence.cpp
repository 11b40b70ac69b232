#include "results/evidence.hpp"

#include "audit/audit_log.hpp"
#include "files/upload_rules.hpp"
#include "results/measurement_store.hpp"
#include "results/partnership_access.hpp"
#include "results/results_store.hpp"

namespace pmi::results {
namespace {

constexpr std::string_view kColumns =
    "SELECT e.id, e.measurement_id, e.sha256, e.file_name, e.content_type, e.size_bytes, e.uploaded_by, e.uploaded_at FROM measurement_evidence e";

Evidence read_row(const db::Row& row)
{
    return {EvidenceId{row.integer(0)}, MeasurementId{row.integer(1)}, row.text(2), row.text(3), row.text(4), row.integer(5), row.text(6), row.integer(7)};
}

}  // namespace

std::vector<Evidence> EvidenceStore::of_partnership(PartnershipId partnership)
{
    std::vector<Evidence> list;
    for (const auto& row : connection_.query(std::string(kColumns) + " JOIN measurements m ON m.id = e.measurement_id WHERE m.partnership_id = ? ORDER BY e.id",
                                             {partnership.value}))
        list.push_back(read_row(row));
    return list;
}

std::optional<Evidence> EvidenceStore::find(EvidenceId id)
{
    auto row = connection_.query_one(std::string(kColumns) + " WHERE e.id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_row(*row);
}

EvidenceId EvidenceStore::insert(const Evidence& e)
{
    auto row = connection_.query_one("INSERT INTO measurement_evidence (measurement_id, sha256, file_name, content_type, size_bytes, uploaded_by, uploaded_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                     {e.measurement.value, e.sha256, e.file_name, e.content_type, e.size, e.uploaded_by, e.uploaded_at});
    return EvidenceId{row->integer(0)};
}

Result<std::vector<Evidence>> EvidenceService::of_partnership(const Actor& actor, PartnershipId partnership)
{
    auto connection = database_.acquire();
    TRY(staff_or_officer(*connection, actor, partnership));
    return EvidenceStore(*connection).of_partnership(partnership);
}

Result<EvidenceId> EvidenceService::attach(const Actor& actor, PartnershipId partnership, MeasurementId measurement, const std::string& file_name,
                                          std::string_view data)
{
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<EvidenceId> {
        TRY(staff_or_officer(*connection, actor, partnership));
        auto m = MeasurementStore(*connection).find(measurement);
        if (!m || m->partnership != partnership) return not_found();
        const auto content_type = TRY(files::accepted_document(data, "file"));
        if (m->status == MeasurementStatus::Approved) return conflict("file", "These values are approved; add evidence to a new revision.");
        if (ResultsStore(*connection).period(m->period)->locked) return conflict("file", "The period is locked; ask a program officer to unlock it.");
        const auto stored = files_.put(data);
        Evidence evidence{EvidenceId{}, measurement, stored.sha256, files::display_name(file_name), content_type,
                          static_cast<std::int64_t>(stored.size), actor.name, clock_.now()};
        evidence.id = EvidenceStore(*connection).insert(evidence);
        audit::AuditLog(*connection).record(evidence.uploaded_at, actor, "results.evidence.add", "measurement_evidence", std::to_string(evidence.id.value),
                                            "measurement " + std::to_string(measurement.value) + ": " + evidence.file_name + " " + evidence.sha256);
        return evidence.id;
    });
}

Status EvidenceService::may_attach(const Actor& actor, PartnershipId partnership, MeasurementId measurement)
{
    auto connection = database_.acquire();
    TRY(staff_or_officer(*connection, actor, partnership));
    auto m = MeasurementStore(*connection).find(measurement);
    if (!m || m->partnership != partnership) return not_found();
    return Ok{};
}

Result<EvidenceDownload> EvidenceService::download(const Actor& actor, PartnershipId partnership, EvidenceId id)
{
    auto connection = database_.acquire();
    TRY(staff_or_officer(*connection, actor, partnership));
    auto evidence = EvidenceStore(*connection).find(id);
    if (!evidence) return not_found();
    auto m = MeasurementStore(*connection).find(evidence->measurement);
    if (!m || m->partnership != partnership) return not_found();
    auto path = files_.path_of(evidence->sha256);
    if (!path) return not_found();
    return EvidenceDownload{std::move(*evidence), std::move(*path)};
}

}  // namespace pmi::results
