#pragma once
// Evidence files of a measurement (attendance sheets, photos, reports): the partnership's
// staff and officers add them while the values are open (not yet approved, in an unlocked
// period) and download them; checked by content, at most calls::kMaxFileBytes each.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"
#include "results/results.hpp"

namespace pmi::results {

using EvidenceId = Id<struct EvidenceTag>;

struct Evidence {
    EvidenceId id;
    MeasurementId measurement;
    std::string sha256, file_name, content_type;
    std::int64_t size = 0;
    std::string uploaded_by;
    Seconds uploaded_at = 0;
};

class EvidenceStore {
public:
    explicit EvidenceStore(db::Connection& connection) : connection_(connection) {}
    // The evidence of every measurement of the partnership, oldest first: one query.
    std::vector<Evidence> of_partnership(PartnershipId partnership);
    std::optional<Evidence> find(EvidenceId id);
    EvidenceId insert(const Evidence& evidence);

private:
    db::Connection& connection_;
};

struct EvidenceDownload {
    Evidence evidence;
    std::string path;
};

class EvidenceService {
public:
    EvidenceService(db::Database& database, const Clock& clock, files::FileStore& files) : database_(database), clock_(clock), files_(files) {}

    // The partnership's staff and officers.
    Result<std::vector<Evidence>> of_partnership(const Actor& actor, PartnershipId partnership);
    // Staff and officers. Fails on "file" when it is empty, too large or of a refused type,
    // not found for a measurement of another partnership, and with a conflict once the
    // values are approved or their period is locked.
    // Who may attach is decided before the file is read.
    Result<EvidenceId> attach(const Actor& actor, PartnershipId partnership, MeasurementId measurement, const std::string& file_name,
                              std::string_view data);
    // Whether the actor may attach evidence to the measurement (staff and officers, not found
    // for another partnership's), before any file is read: a request without a usable file is
    // refused as such only to those who may send one.
    Status may_attach(const Actor& actor, PartnershipId partnership, MeasurementId measurement);
    // Staff and officers; not found for evidence of another partnership.
    Result<EvidenceDownload> download(const Actor& actor, PartnershipId partnership, EvidenceId id);

private:
    db::Database& database_;
    const Clock& clock_;
    files::FileStore& files_;
};

}  // namespace pmi::results
