#include "partnerships/budget_store.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kLineColumns =
    "SELECT id, partnership_id, fiscal_year, category, description, amount_cents, updated_at FROM budget_lines";
constexpr std::string_view kAmendmentColumns =
    "SELECT id, partnership_id, budget_line_id, fiscal_year, category, description, amount_cents, previous_cents, reason, status,"
    " proposed_by, proposed_at, decided_by, decided_at FROM budget_amendments";

BudgetLine read_line(const db::Row& row)
{
    BudgetLine line;
    line.id = BudgetLineId{row.integer(0)};
    line.partnership = PartnershipId{row.integer(1)};
    line.fiscal_year = static_cast<int>(row.integer(2));
    line.category = category_from_code(row.text(3)).value_or(Category::Other);
    line.description = row.text(4);
    line.amount = Money::cents(row.integer(5));
    line.updated_at = row.integer(6);
    return line;
}

Amendment read_amendment(const db::Row& row)
{
    Amendment a;
    a.id = AmendmentId{row.integer(0)};
    a.partnership = PartnershipId{row.integer(1)};
    a.line = BudgetLineId{row.optional_integer(2).value_or(0)};
    a.fiscal_year = static_cast<int>(row.integer(3));
    a.category = category_from_code(row.text(4)).value_or(Category::Other);
    a.description = row.text(5);
    a.amount = Money::cents(row.integer(6));
    a.previous = Money::cents(row.integer(7));
    a.reason = row.text(8);
    a.status = amendment_status_from_code(row.text(9)).value_or(AmendmentStatus::Proposed);
    a.proposed_by = row.text(10);
    a.proposed_at = row.integer(11);
    a.decided_by = row.text(12);
    a.decided_at = row.optional_integer(13);
    return a;
}

}  // namespace

std::vector<BudgetLine> BudgetStore::lines(PartnershipId partnership)
{
    std::vector<BudgetLine> list;
    for (const auto& row : connection_.query(std::string(kLineColumns) + " WHERE partnership_id = ? ORDER BY fiscal_year, category, description, id",
                                             {partnership.value}))
        list.push_back(read_line(row));
    return list;
}

std::optional<BudgetLine> BudgetStore::line(BudgetLineId id)
{
    auto row = connection_.query_one(std::string(kLineColumns) + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_line(*row);
}

BudgetLineId BudgetStore::insert_line(const BudgetLine& line, Seconds now)
{
    auto row = connection_.query_one(
        "INSERT INTO budget_lines (partnership_id, fiscal_year, category, description, amount_cents, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        {line.partnership.value, line.fiscal_year, category_code(line.category), line.description, line.amount.in_cents(), now});
    return BudgetLineId{row->integer(0)};
}

void BudgetStore::update_line(const BudgetLine& line, Seconds now)
{
    connection_.execute("UPDATE budget_lines SET fiscal_year = ?, category = ?, description = ?, amount_cents = ?, updated_at = ? WHERE id = ?",
                        {line.fiscal_year, category_code(line.category), line.description, line.amount.in_cents(), now, line.id.value});
}

std::vector<Amendment> BudgetStore::amendments(PartnershipId partnership)
{
    std::vector<Amendment> list;
    for (const auto& row : connection_.query(std::string(kAmendmentColumns) + " WHERE partnership_id = ? ORDER BY proposed_at DESC, id DESC",
                                             {partnership.value}))
        list.push_back(read_amendment(row));
    return list;
}

std::optional<Amendment> BudgetStore::amendment(AmendmentId id)
{
    auto row = connection_.query_one(std::string(kAmendmentColumns) + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_amendment(*row);
}

AmendmentId BudgetStore::insert_amendment(const Amendment& a)
{
    auto row = connection_.query_one(
        "INSERT INTO budget_amendments (partnership_id, budget_line_id, fiscal_year, category, description, amount_cents, previous_cents,"
        " reason, status, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {a.partnership.value, a.line.valid() ? db::Value(a.line.value) : db::Value(), a.fiscal_year, category_code(a.category), a.description,
         a.amount.in_cents(), a.previous.in_cents(), a.reason, amendment_status_code(a.status), a.proposed_by, a.proposed_at});
    return AmendmentId{row->integer(0)};
}

bool BudgetStore::decide(const Amendment& a)
{
    return connection_.execute("UPDATE budget_amendments SET status = ?, decided_by = ?, decided_at = ?, budget_line_id = ? WHERE id = ? AND status = ?",
                               {amendment_status_code(a.status), a.decided_by, a.decided_at,
                                a.line.valid() ? db::Value(a.line.value) : db::Value(), a.id.value,
                                amendment_status_code(AmendmentStatus::Proposed)}) == 1;
}

}  // namespace pmi::partnerships
