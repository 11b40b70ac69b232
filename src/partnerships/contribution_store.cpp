#include "partnerships/contribution_store.hpp"

#include "partnerships/fiscal_year.hpp"
#include "partnerships/ledger_store.hpp"

namespace pmi::partnerships {
namespace {

constexpr std::string_view kContributionColumns =
    ", municipality_key, municipality, kind, person, role, hours_hundredths, rate_units, rate_scale, rate_date, rounding, currency, original_minor,"
    " rate_source";

std::string select_contributions()
{
    return "SELECT " + std::string(kEntryColumns) + std::string(kContributionColumns) + " FROM in_kind_contributions";
}

Contribution read_row(const db::Row& row)
{
    Contribution c;
    c.entry = read_entry(row);
    const std::size_t i = kEntryColumnCount;
    c.municipality_key = row.text(i);
    c.municipality = row.text(i + 1);
    c.kind = contribution_kind_from_code(row.text(i + 2)).value_or(ContributionKind::GoodsAndServices);
    c.person = row.text(i + 3);
    c.role = staff_role_from_code(row.text(i + 4));
    c.hours = row.integer(i + 5);
    c.rate = {row.integer(i + 6), static_cast<int>(row.integer(i + 7))};
    c.rate_date = parse_date(row.text(i + 8));
    c.rounding = row.text(i + 9);
    c.currency = currency_from_code(row.text(i + 10)).value_or(Currency::CAD);
    c.original = row.integer(i + 11);
    c.rate_source = row.text(i + 12);
    return c;
}

// The values of the contribution's own columns, in kContributionColumns' order.
db::Parameters own_values(const Contribution& c)
{
    return {c.municipality_key, c.municipality, contribution_kind_code(c.kind), c.person, c.role ? staff_role_code(*c.role) : std::string_view(),
            c.hours, c.rate.units, c.rate.scale, c.rate_date ? date_text(*c.rate_date) : std::string(), c.rounding,
            std::string(currency_code(c.currency)), c.original, c.rate_source};
}

}  // namespace

std::optional<RateEntry> valuation_rate(RateStore& rates, const Contribution& c)
{
    if (c.role) return rates.on(RateTable::Hourly, staff_role_code(*c.role), c.entry.date);
    if (c.kind != ContributionKind::StaffTime && c.currency != Currency::CAD) return rates.on(RateTable::Exchange, currency_code(c.currency), c.entry.date);
    return std::nullopt;
}

std::vector<Contribution> ContributionStore::of(PartnershipId partnership)
{
    std::vector<Contribution> list;
    for (const auto& row :
         connection_.query(select_contributions() + " WHERE partnership_id = ? ORDER BY entry_date, COALESCE(reverses_id, id), id", {partnership.value}))
        list.push_back(read_row(row));
    return list;
}

std::optional<Contribution> ContributionStore::find(EntryId id)
{
    auto row = connection_.query_one(select_contributions() + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return read_row(*row);
}

EntryId ContributionStore::insert(const Contribution& c)
{
    auto values = entry_values(c.entry);
    for (auto& value : own_values(c)) values.push_back(std::move(value));
    auto row = connection_.query_one("INSERT INTO in_kind_contributions (" + std::string(kEntryInsertColumns) + std::string(kContributionColumns) +
                                         ") VALUES (" + placeholders(values.size()) + ") RETURNING id",
                                     values);
    return EntryId{row->integer(0)};
}

void ContributionStore::update(const Contribution& c)
{
    auto values = db::Parameters{date_text(c.entry.date), c.entry.fiscal_year, c.entry.description, c.entry.amount.in_cents(),
                                 entry_status_code(EntryStatus::Entered)};
    for (auto& value : own_values(c)) values.push_back(std::move(value));
    values.push_back(c.entry.id.value);
    connection_.execute(
        "UPDATE in_kind_contributions SET entry_date = ?, fiscal_year = ?, description = ?, amount_cents = ?, status = ?, municipality_key = ?,"
        " municipality = ?, kind = ?, person = ?, role = ?, hours_hundredths = ?, rate_units = ?, rate_scale = ?, rate_date = ?, rounding = ?,"
        " currency = ?, original_minor = ?, rate_source = ?, decided_by = '', decided_at = NULL WHERE id = ?",
        values);
}

std::optional<Contribution> ContributionStore::of_mission_attendee(std::int64_t event, UserId attendee)
{
    auto row = connection_.query_one(select_contributions() + " WHERE event_id = ? AND attendee_id = ?", {event, attendee.value});
    if (!row) return std::nullopt;
    return read_row(*row);
}

void ContributionStore::link_to_mission(EntryId id, std::int64_t event, UserId attendee)
{
    connection_.execute("UPDATE in_kind_contributions SET event_id = ?, attendee_id = ? WHERE id = ?", {event, attendee.value, id.value});
}

void ContributionStore::entered_again(const Entry& entry)
{
    connection_.execute("UPDATE in_kind_contributions SET entered_by_id = ?, entered_by = ?, entered_at = ? WHERE id = ?",
                        {entry.entered_by_id.value, entry.entered_by, entry.entered_at, entry.id.value});
}

void ContributionStore::remove_draft(EntryId id)
{
    connection_.execute("DELETE FROM in_kind_contributions WHERE id = ? AND status <> ?", {id.value, entry_status_code(EntryStatus::Approved)});
}

std::vector<InKindGroup> ContributionStore::approved_groups()
{
    std::vector<InKindGroup> groups;
    for (const auto& row : connection_.query(
             "SELECT t.municipality, t.partnership_id, t.fiscal_year, p.country, t.in_kind_cents FROM in_kind_municipality_totals t"
             " JOIN partnerships p ON p.id = t.partnership_id ORDER BY t.municipality, t.partnership_id, t.fiscal_year"))
        groups.push_back({row.text(0), PartnershipId{row.integer(1)}, static_cast<int>(row.integer(2)), row.text(3), Money::cents(row.integer(4))});
    return groups;
}

}  // namespace pmi::partnerships
