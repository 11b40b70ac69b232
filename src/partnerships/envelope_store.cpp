#include "partnerships/envelope_store.hpp"

#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

std::vector<EnvelopeYear> EnvelopeStore::years()
{
    std::vector<EnvelopeYear> years;
    for (const auto& row : connection_.query("SELECT fiscal_year, cash_cents, in_kind_cents FROM program_envelope ORDER BY fiscal_year"))
        years.push_back({static_cast<int>(row.integer(0)), Money::cents(row.integer(1)), Money::cents(row.integer(2))});
    return years;
}

void EnvelopeStore::replace(const std::vector<EnvelopeYear>& years, Seconds now)
{
    connection_.execute("DELETE FROM program_envelope");
    for (const auto& year : years)
        connection_.execute("INSERT INTO program_envelope (fiscal_year, cash_cents, in_kind_cents, updated_at) VALUES (?, ?, ?, ?)",
                            {year.fiscal_year, year.cash.in_cents(), year.in_kind.in_cents(), now});
}

std::vector<std::pair<int, Money>> EnvelopeStore::budgeted_by_year()
{
    std::vector<std::pair<int, Money>> sums;
    for (const auto& row : connection_.query("SELECT b.fiscal_year, SUM(b.amount_cents) FROM budget_lines b"
                                             " JOIN partnerships p ON p.id = b.partnership_id WHERE p.status <> ?"
                                             " GROUP BY b.fiscal_year ORDER BY b.fiscal_year",
                                             {status_code(PartnershipStatus::Proposed)}))
        sums.emplace_back(static_cast<int>(row.integer(0)), Money::cents(row.integer(1)));
    return sums;
}

std::vector<CommittedYear> EnvelopeStore::committed_by_partnership()
{
    std::vector<CommittedYear> sums;
    for (const auto& row : connection_.query("SELECT b.partnership_id, b.fiscal_year, SUM(b.amount_cents) FROM budget_lines b"
                                             " JOIN partnerships p ON p.id = b.partnership_id WHERE p.status <> ?"
                                             " GROUP BY b.partnership_id, b.fiscal_year ORDER BY b.partnership_id, b.fiscal_year",
                                             {status_code(PartnershipStatus::Proposed)}))
        sums.push_back({PartnershipId{row.integer(0)}, static_cast<int>(row.integer(1)), Money::cents(row.integer(2))});
    return sums;
}

}  // namespace pmi::partnerships
