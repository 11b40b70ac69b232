#include "partnerships/demo_partnerships.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

#include "core/embedded.hpp"
#include "directory/directory_store.hpp"
#include "partnerships/budget_store.hpp"
#include "partnerships/contribution_store.hpp"
#include "partnerships/expense_store.hpp"
#include "partnerships/ledger_store.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/rate_store.hpp"
#include "partnerships/rules.hpp"

namespace pmi::partnerships {
namespace {

PartnershipInput input_of(const nlohmann::json& p)
{
    PartnershipInput in;
    in.teams = p.at("teams").get<std::vector<std::string>>();
    in.partners = p.at("partners").get<std::vector<std::string>>();
    in.status = p.at("status");
    in.start = p.at("start");
    in.end = p.at("end");
    in.areas = p.at("areas").get<std::vector<std::string>>();
    in.summary = p.at("summary").get<std::map<std::string, std::string>>();
    in.contact_name = p.value("contact_name", "");
    in.contact_email = p.value("contact_email", "");
    in.published = p.at("published");
    return in;
}

template <typename T>
T required(Result<T> result, const std::string& what)
{
    if (!result.ok()) throw std::runtime_error("demo partnership " + what + ": " + result.error().field + " " + result.error().message);
    return std::move(result).value();
}

void load_rates(db::Connection& connection, RateTable table, const nlohmann::json& rows, Seconds now)
{
    RateStore store(connection);
    if (!store.list(table).empty()) return;
    for (const auto& row : rows) {
        auto rate = required(read_rate(table, {row.at(0), row.at(1), row.at(2), row.at(3)}), "rate " + row.at(0).get<std::string>());
        rate.recorded_by = "Program office";
        rate.recorded_at = now;
        store.insert(rate);
    }
}

// Demo entries are entered by no one in particular and, when the file says so, approved by
// the program office.
void settle(db::Connection& connection, Ledger ledger, EntryId id, const std::string& status, Seconds now)
{
    if (status != "approved") return;
    LedgerStore store(connection, ledger);
    store.review(id, EntryStatus::Approved, "Program office", now, "");
    const auto entry = store.entry(id).value();
    store.count_approved(entry, entry.amount);
}

void load_ledgers(db::Connection& connection, const Partnership& partnership, const nlohmann::json& entry, const std::vector<BudgetLine>& lines,
                  Seconds now)
{
    RateStore rates(connection);
    const std::string name = partnership.members.front().key;
    for (const auto& row : entry.value("expenses", nlohmann::json::array())) {
        const std::string line = std::to_string(lines.at(row.at(0).get<std::size_t>()).id.value);
        auto expense = required(read_expense({line, row.at(1), row.at(2), row.at(3), row.at(4)}, partnership, lines), name + " expense");
        required(convert_expense(expense, rates.on(RateTable::Exchange, currency_code(expense.currency), expense.entry.date)), name + " expense rate");
        expense.entry.entered_by = "Demo data";
        expense.entry.entered_at = now;
        settle(connection, Ledger::Expenses, ExpenseStore(connection).insert(expense), row.at(5), now);
    }
    for (const auto& row : entry.value("in_kind", nlohmann::json::array())) {
        const std::string currency = row.size() > 9 ? row.at(9).get<std::string>() : "";  // after the status; CAD when absent
        auto c = required(read_contribution({row.at(0), row.at(1), row.at(2), row.at(3), row.at(4), row.at(5), row.at(6), row.at(7), currency}, partnership),
                          name + " contribution");
        required(value_contribution(c, valuation_rate(rates, c)), name + " contribution rate");
        c.entry.entered_by = "Demo data";
        c.entry.entered_at = now;
        settle(connection, Ledger::InKind, ContributionStore(connection).insert(c), row.at(8), now);
    }
}

}  // namespace

void load_demo_partnerships(db::Connection& connection, OrganisationId office, Seconds now)
{
    auto source = embedded::find(embedded::demo(), "site/demo/partnerships.json");
    if (!source) throw std::runtime_error("the demo partnerships are missing from this build");
    PartnershipStore partnerships(connection);
    BudgetStore budgets(connection);
    directory::DirectoryStore directory(connection);
    const auto existing = partnerships.all();
    const auto demo = nlohmann::json::parse(*source);
    load_rates(connection, RateTable::Exchange, demo.at("exchange_rates"), now);
    load_rates(connection, RateTable::Hourly, demo.at("hourly_rates"), now);
    for (const auto& entry : demo.at("partnerships")) {
        const auto input = input_of(entry);
        auto partnership = required(read_partnership(input), input.partners.front());
        const bool loaded = std::any_of(existing.begin(), existing.end(), [&](const Partnership& p) {
            return p.members[0].key == partnership.members[0].key && p.of_kind(MemberKind::Partner).front()->key == input.partners.front();
        });
        if (loaded) continue;
        for (auto& member : partnership.members) {
            if (member.kind == MemberKind::Team) member.name = directory.team(member.key).value().name;
            else member.name = directory.partner(member.key).value().name;
        }
        partnership.country = directory.partner(input.partners.front()).value().country;
        partnership.office = office;
        partnership.id = partnerships.insert(partnership, now);
        std::vector<BudgetLine> lines;  // in the file's order, which the demo expenses refer to
        for (const auto& line : entry.at("budget")) {
            lines.push_back(required(read_line({line.at(0), line.at(1), line.at(2), line.at(3)}, partnership), input.partners.front()));
            lines.back().id = budgets.insert_line(lines.back(), now);
        }
        load_ledgers(connection, partnership, entry, lines, now);
    }
}

}  // namespace pmi::partnerships
