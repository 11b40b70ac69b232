#pragma once
// The program envelope: the cash the funder provides ($19.3M over five years) and the in-kind
// contribution municipalities commit ($5.1M), by fiscal year, set by program officers and
// compared with the budget lines of the partnerships that are under way and with what the
// ledgers approved: cash spent and in-kind contributions.
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/clock.hpp"
#include "core/money.hpp"
#include "core/result.hpp"
#include "db/database.hpp"
#include "partnerships/ledger_store.hpp"

namespace pmi::partnerships {

inline constexpr std::size_t kMostEnvelopeYears = 10;

struct EnvelopeYear {
    int fiscal_year = 0;
    Money cash, in_kind;
};

// One row of the form or the API, as text: "2026-27", "3200000.00", "900000.00".
struct EnvelopeYearInput {
    std::string fiscal_year, cash, in_kind;
};

// One fiscal year of the comparison: the envelope against the budget lines for that year,
// and against the approved expenses (spent, reversals included) and approved in-kind
// contributions (contributed) of every partnership.
struct EnvelopeComparison {
    int fiscal_year = 0;
    Money cash, in_kind, budgeted, spent, contributed;
    bool over() const { return budgeted > cash; }
    bool overspent() const { return spent > cash; }
    bool over_in_kind() const { return contributed > in_kind; }
    Money remaining() const { return cash - budgeted; }
};

struct EnvelopeReport {
    std::vector<EnvelopeComparison> years;  // every year with an envelope, budget lines or approved entries
    Money cash, in_kind, budgeted, spent, contributed;  // totals
};

// The rows as a five-year (or shorter or longer) profile. Rows with every field empty are
// skipped; fails naming fiscal_year_N, cash_N or in_kind_N (N counting from 1) on a year not
// written 2026-27 or given twice, an amount that is not dollars and cents or is negative,
// and on "years" when there are more than kMostEnvelopeYears.
Result<std::vector<EnvelopeYear>> read_envelope(const std::vector<EnvelopeYearInput>& rows);

// The envelope, the budgets and the approved totals (by partnership and fiscal year, as
// approved_totals() gives them) side by side, by fiscal year.
EnvelopeReport compare(const std::vector<EnvelopeYear>& envelope, const std::vector<std::pair<int, Money>>& budgeted,
                       const std::vector<ApprovedTotal>& approved);

class EnvelopeService {
public:
    EnvelopeService(db::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

    // Officers. Budget lines count when their partnership is active, suspended or closed
    // (a proposed partnership has committed nothing yet); approved expenses and in-kind
    // contributions count from the ledgers' kept totals.
    Result<EnvelopeReport> report(const Actor& actor);
    // Officers: the envelope dashboard, in a fixed number of queries (grouped sums and the
    // ledgers' kept totals), whatever the number of partnerships and entries.
    Result<struct Dashboard> dashboard(const Actor& actor);
    Result<std::vector<EnvelopeYear>> envelope(const Actor& actor);
    // Officers: replaces the whole profile; writes nothing when a row is wrong.
    Status save(const Actor& actor, const std::vector<EnvelopeYearInput>& rows);
    // Whether the actor may save the envelope (officers), asked before a request's rows are read.
    Status may_save(const Actor& actor) const;

private:
    db::Database& database_;
    const Clock& clock_;
};

}  // namespace pmi::partnerships
