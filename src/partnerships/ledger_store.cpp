#include "partnerships/ledger_store.hpp"

#include <map>

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

struct LedgerTable {
    std::string_view name;
    std::string_view copied;   // columns a reversal keeps
    std::string_view negated;  // columns a reversal turns around
};

constexpr LedgerTable kExpenses{"expenses",
                                "partnership_id, budget_line_id, entry_date, fiscal_year, description, currency, rate_units, rate_scale,"
                                " rate_date, rate_source, rounding, evidence_sha256, evidence_name, evidence_type, evidence_size",
                                "original_minor, amount_cents"};
constexpr LedgerTable kInKind{"in_kind_contributions",
                              "partnership_id, municipality_key, municipality, kind, entry_date, fiscal_year, description, person, role,"
                              " rate_units, rate_scale, rate_date, rounding, currency, rate_source, evidence_sha256, evidence_name, evidence_type,"
                              " evidence_size",
                              "hours_hundredths, original_minor, amount_cents"};

const LedgerTable& table_of(Ledger ledger) { return ledger == Ledger::Expenses ? kExpenses : kInKind; }

std::string negated_list(std::string_view columns)
{
    std::string list;
    std::size_t start = 0;
    while (start < columns.size()) {
        auto end = columns.find(',', start);
        if (end == std::string_view::npos) end = columns.size();
        auto column = columns.substr(start, end - start);
        while (!column.empty() && column.front() == ' ') column.remove_prefix(1);
        list += (list.empty() ? "-" : ", -") + std::string(column);
        start = end + 1;
    }
    return list;
}

void add_totals(db::Connection& connection, std::string_view table, std::map<std::pair<std::int64_t, int>, ApprovedTotal>& totals, bool in_kind)
{
    for (const auto& row : connection.query("SELECT partnership_id, fiscal_year, SUM(amount_cents) FROM " + std::string(table) +
                                                " WHERE status = ? GROUP BY partnership_id, fiscal_year",
                                            {entry_status_code(EntryStatus::Approved)})) {
        auto& total = totals[{row.integer(0), static_cast<int>(row.integer(1))}];
        total.partnership = PartnershipId{row.integer(0)};
        total.fiscal_year = static_cast<int>(row.integer(1));
        (in_kind ? total.in_kind : total.spent) += Money::cents(row.integer(2));
    }
}

}  // namespace

Entry read_entry(const db::Row& row)
{
    Entry e;
    e.id = EntryId{row.integer(0)};
    e.partnership = PartnershipId{row.integer(1)};
    e.date = parse_date(row.text(2)).value_or(Date{});
    e.fiscal_year = static_cast<int>(row.integer(3));
    e.description = row.text(4);
    e.amount = Money::cents(row.integer(5));
    e.status = entry_status_from_code(row.text(6)).value_or(EntryStatus::Entered);
    e.reverses = EntryId{row.optional_integer(7).value_or(0)};
    e.evidence = {row.text(8), row.text(9), row.text(10), row.integer(11)};
    e.entered_by_id = UserId{row.integer(12)};
    e.entered_by = row.text(13);
    e.entered_at = row.integer(14);
    e.decided_by = row.text(15);
    e.decided_at = row.optional_integer(16);
    e.note = row.text(17);
    return e;
}

db::Parameters entry_values(const Entry& e)
{
    return {e.partnership.value, date_text(e.date), e.fiscal_year, e.description, e.amount.in_cents(), entry_status_code(e.status),
            e.evidence.sha256, e.evidence.name, e.evidence.content_type, e.evidence.size, e.entered_by_id.value, e.entered_by, e.entered_at};
}

std::string placeholders(std::size_t count)
{
    std::string list;
    for (std::size_t i = 0; i < count; ++i) list += i == 0 ? "?" : ", ?";
    return list;
}

std::string LedgerStore::table() const { return std::string(table_of(ledger_).name); }

std::optional<Entry> LedgerStore::entry(EntryId id)
{
    auto row = connection_.query_one("SELECT " + std::string(kEntryColumns) + " FROM " + table() + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_entry(*row);
}

bool LedgerStore::review(EntryId id, EntryStatus status, const std::string& decided_by, Seconds at, const std::string& note)
{
    return connection_.execute("UPDATE " + table() + " SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ? AND status = ?",
                               {entry_status_code(status), decided_by, at, note, id.value, entry_status_code(EntryStatus::Entered)}) == 1;
}

bool LedgerStore::reversed(EntryId id)
{
    return connection_.query_one("SELECT id FROM " + table() + " WHERE reverses_id = ?", {id.value}).has_value();
}

EntryId LedgerStore::insert_reversal(EntryId original, const Actor& actor, Seconds now, const std::string& note)
{
    const auto& t = table_of(ledger_);
    auto row = connection_.query_one(
        "INSERT INTO " + std::string(t.name) + " (" + std::string(t.copied) + ", " + std::string(t.negated) +
            ", status, reverses_id, entered_by_id, entered_by, entered_at, decided_by, decided_at, note) SELECT " + std::string(t.copied) + ", " +
            negated_list(t.negated) + ", ?, id, ?, ?, ?, ?, ?, ? FROM " + std::string(t.name) + " WHERE id = ? RETURNING id",
        {entry_status_code(EntryStatus::Approved), actor.user_id.value, actor.name, now, actor.name, now, note, original.value});
    return EntryId{row->integer(0)};
}

void LedgerStore::attach(EntryId id, const Evidence& evidence)
{
    connection_.execute("UPDATE " + table() + " SET evidence_sha256 = ?, evidence_name = ?, evidence_type = ?, evidence_size = ? WHERE id = ?",
                        {evidence.sha256, evidence.name, evidence.content_type, evidence.size, id.value});
}

void LedgerStore::count_approved(PartnershipId partnership, int fiscal_year, Money amount)
{
    const bool in_kind = ledger_ == Ledger::InKind;
    connection_.execute(
        "INSERT INTO ledger_totals (partnership_id, fiscal_year, spent_cents, in_kind_cents) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (partnership_id, fiscal_year) DO UPDATE SET spent_cents = ledger_totals.spent_cents + excluded.spent_cents,"
        " in_kind_cents = ledger_totals.in_kind_cents + excluded.in_kind_cents",
        {partnership.value, fiscal_year, in_kind ? std::int64_t{0} : amount.in_cents(), in_kind ? amount.in_cents() : std::int64_t{0}});
}

void LedgerStore::count_approved(const Entry& entry, Money amount)
{
    count_approved(entry.partnership, entry.fiscal_year, amount);
    if (ledger_ != Ledger::InKind) return;
    connection_.execute(
        "INSERT INTO in_kind_municipality_totals (municipality_key, partnership_id, fiscal_year, municipality, in_kind_cents)"
        " SELECT municipality_key, partnership_id, fiscal_year, municipality, ? FROM in_kind_contributions WHERE id = ?"
        " ON CONFLICT (municipality_key, partnership_id, fiscal_year) DO UPDATE"
        " SET in_kind_cents = in_kind_municipality_totals.in_kind_cents + excluded.in_kind_cents",
        {amount.in_cents(), entry.id.value});
}

std::vector<ApprovedTotal> approved_totals(db::Connection& connection)
{
    std::vector<ApprovedTotal> list;
    for (const auto& row : connection.query("SELECT partnership_id, fiscal_year, spent_cents, in_kind_cents FROM ledger_totals"
                                            " ORDER BY partnership_id, fiscal_year"))
        list.push_back({PartnershipId{row.integer(0)}, static_cast<int>(row.integer(1)), Money::cents(row.integer(2)), Money::cents(row.integer(3))});
    return list;
}

void recount_approved_totals(db::Connection& connection)
{
    connection.execute("DELETE FROM ledger_totals");
    connection.execute("DELETE FROM in_kind_municipality_totals");
    connection.execute(
        "INSERT INTO in_kind_municipality_totals (municipality_key, partnership_id, fiscal_year, municipality, in_kind_cents)"
        " SELECT municipality_key, partnership_id, fiscal_year, MAX(municipality), SUM(amount_cents) FROM in_kind_contributions"
        " WHERE status = ? GROUP BY municipality_key, partnership_id, fiscal_year",
        {entry_status_code(EntryStatus::Approved)});
    for (const auto& total : recounted_totals(connection))
        connection.execute("INSERT INTO ledger_totals (partnership_id, fiscal_year, spent_cents, in_kind_cents) VALUES (?, ?, ?, ?)",
                           {total.partnership.value, total.fiscal_year, total.spent.in_cents(), total.in_kind.in_cents()});
}

std::vector<ApprovedTotal> recounted_totals(db::Connection& connection)
{
    std::map<std::pair<std::int64_t, int>, ApprovedTotal> totals;
    add_totals(connection, kExpenses.name, totals, false);
    add_totals(connection, kInKind.name, totals, true);
    std::vector<ApprovedTotal> list;
    for (auto& [key, total] : totals) list.push_back(total);
    return list;
}

}  // namespace pmi::partnerships
