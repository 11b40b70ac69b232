#pragma once
// Directory use cases. Anyone reads partner profiles; program officers keep the whole
// directory and import or export it; a partner local government's staff keep their own
// profile, and a municipality's applicant staff their team's (never the key, the country or
// province, or the account link, which officers set).
#include <vector>

#include "accounts/account.hpp"
#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/csv.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "directory/directory.hpp"
#include "directory/table_rows.hpp"
#include "search/search_index.hpp"

namespace pmi::directory {

enum class ImportMode { AddNewOnly, UpdateExisting };
// With problems in the file: write nothing, or write the valid rows (the user's choice).
enum class WhenProblems { WriteNothing, WriteValidRows };

struct ImportReport {
    std::size_t rows = 0;
    std::size_t added = 0, updated = 0, skipped = 0;  // skipped: already there, in "add new only"
    std::size_t invalid_rows = 0;
    std::vector<RowProblem> problems;
    bool written = false;
};

class DirectoryService {
public:
    DirectoryService(db::Database& database, const Clock& clock, const search::SearchIndex* search_index = nullptr)
        : database_(database), clock_(clock), search_index_(search_index) {}

    PartnerPage partners(const PartnerFilter& filter);
    Result<PartnerGovernment> partner(std::string_view key);
    Result<PartnerId> save_partner(const Actor& actor, PartnerGovernment partner);
    Status remove_partner(const Actor& actor, std::string_view key);
    // The profile the actor's organisation keeps, if any.
    std::optional<PartnerGovernment> my_partner(const Actor& actor);
    bool may_edit(const Actor& actor, const PartnerGovernment& partner) const;

    Result<std::vector<MunicipalTeam>> teams(const Actor& actor);
    Result<MunicipalTeam> team(const Actor& actor, std::string_view key);
    Result<TeamId> save_team(const Actor& actor, MunicipalTeam team);
    Status remove_team(const Actor& actor, std::string_view key);
    std::optional<MunicipalTeam> my_team(const Actor& actor);
    bool may_edit(const Actor& actor, const MunicipalTeam& team) const;

    // The account organisations of `kind` a profile may be linked to (officers; none for others).
    std::vector<accounts::Organisation> organisations(const Actor& actor, accounts::OrganisationKind kind);

    // Officers. Fails (writing nothing) when a required column is missing.
    Result<ImportReport> import_partners(const Actor& actor, const csv::Table& table, ImportMode mode, WhenProblems when);
    Result<ImportReport> import_teams(const Actor& actor, const csv::Table& table, ImportMode mode, WhenProblems when);
    Result<std::vector<PartnerGovernment>> export_partners(const Actor& actor);
    Result<std::vector<MunicipalTeam>> export_teams(const Actor& actor);

private:
    db::Database& database_;
    const Clock& clock_;
    const search::SearchIndex* search_index_;
};

}  // namespace pmi::directory
