#include "partnerships/contribution.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "partnerships/expense.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

struct KindInfo {
    ContributionKind kind;
    std::string_view code, label;
};
constexpr KindInfo kKindInfo[] = {{ContributionKind::StaffTime, "staff-time", N_("Staff time")},
                                  {ContributionKind::Travel, "travel", N_("Travel paid by the municipality")},
                                  {ContributionKind::GoodsAndServices, "goods-services", N_("Donated goods and services")}};

template <typename T>
void take(Result<T> result, T& into, std::vector<Error>& errors)
{
    if (result.ok()) into = std::move(result).value();
    else errors.push_back(result.take_error());
}

void read_staff_time(const ContributionInput& input, Contribution& c, std::vector<Error>& errors)
{
    c.person = text::trim(input.person);
    if (c.person.empty()) errors.push_back(invalid("person", "Give the name of the person whose time this is."));
    else if (c.person.size() > 200 || !text::valid_utf8(c.person) || text::has_control_characters(c.person, false))
        errors.push_back(invalid("person", "This text is too long; keep it under {1} characters.", {"200"}));
    c.role = staff_role_from_code(text::trim(input.role));
    if (!c.role) errors.push_back(invalid("role", "Choose the person's role from the list."));
    take(parse_hours(input.hours), c.hours, errors);
}

// Travel in the currency it was paid in (CAD when none is given); goods and services in CAD.
void read_paid_amount(const ContributionInput& input, Contribution& c, std::vector<Error>& errors)
{
    const std::string code = text::trim(input.currency);
    auto currency = code.empty() ? std::optional(Currency::CAD) : currency_from_code(code);
    if (!currency || (c.kind != ContributionKind::Travel && *currency != Currency::CAD)) {
        errors.push_back(invalid("currency", "Choose a currency among CAD, XOF, KHR, VND, NIO and BOB (goods and services are valued in CAD)."));
        return;
    }
    c.currency = *currency;
    take(parse_minor(input.amount, c.currency, "amount"), c.original, errors);
    if (c.currency == Currency::CAD) c.entry.amount = Money::cents(c.original);
}

}  // namespace

std::string_view contribution_kind_code(ContributionKind kind) { return kKindInfo[static_cast<int>(kind)].code; }
std::string_view contribution_kind_label(ContributionKind kind) { return kKindInfo[static_cast<int>(kind)].label; }

std::optional<ContributionKind> contribution_kind_from_code(std::string_view code)
{
    for (const auto& info : kKindInfo)
        if (info.code == code) return info.kind;
    return std::nullopt;
}

Result<std::int64_t> parse_hours(std::string_view text)
{
    const std::string trimmed = text::trim(text);
    if (!trimmed.empty() && trimmed.front() == '-') return invalid("hours", "Hours cannot be negative; enter the time worked.");
    auto hours = Money::parse(trimmed, "hours");  // hours read like dollars: whole units and hundredths
    if (!hours.ok() || hours->in_cents() == 0) return invalid("hours", "Write the hours as a number such as 7.25 (quarter hours are .25, .5, .75).");
    if (hours->in_cents() > kMostHours * 100) return invalid("hours", "One entry holds at most {1} hours; split the time into several entries.", {"10000"});
    return hours->in_cents();
}

std::string hours_text(std::int64_t hundredths) { return Money::cents(hundredths).plain(); }

Result<Contribution> read_contribution(const ContributionInput& input, const Partnership& partnership)
{
    std::vector<Error> errors;
    Contribution c;
    c.entry.partnership = partnership.id;
    const std::string key = text::trim(input.municipality);
    auto teams = partnership.of_kind(MemberKind::Team);
    auto team = std::find_if(teams.begin(), teams.end(), [&](const Member* m) { return m->key == key; });
    if (team == teams.end()) errors.push_back(invalid("municipality", "Choose the Canadian municipality that gives this, among the partnership's."));
    else c.municipality_key = (*team)->key, c.municipality = (*team)->name;
    auto kind = contribution_kind_from_code(text::trim(input.kind));
    if (!kind) errors.push_back(invalid("kind", "Choose what is given, staff time, travel, or goods and services."));
    else c.kind = *kind;
    take(read_entry_date(input.date, partnership, "date"), c.entry.date, errors);
    c.entry.fiscal_year = fiscal_year_of(c.entry.date);
    take(read_description(input.description), c.entry.description, errors);
    if (kind == ContributionKind::StaffTime) read_staff_time(input, c, errors);
    else if (kind) read_paid_amount(input, c, errors);
    if (!errors.empty()) return combine(std::move(errors));
    return c;
}

Status value_contribution(Contribution& c, const std::optional<RateEntry>& rate)
{
    c.rounding = std::string(kRounding);
    if (c.kind != ContributionKind::StaffTime) {
        if (c.currency == Currency::CAD) return Ok{};
        auto conversion = TRY(convert_on(c.original, c.currency, c.entry.date, rate));
        c.rate = conversion.rate;
        c.rate_date = conversion.rate_date;
        c.rate_source = std::move(conversion.rate_source);
        c.entry.amount = conversion.amount;
        return Ok{};
    }
    if (!rate)
        return invalid("date", "No hourly rate for this role is in effect on {1}; ask a program officer to add one, or check the date.",
                       {date_text(c.entry.date)});
    c.rate = rate->rate;
    c.rate_date = rate->effective_from;
    c.entry.amount = value_of_hours(c.hours, c.rate);
    return Ok{};
}

std::string audit_text(const Contribution& c)
{
    std::string text = "partnership " + std::to_string(c.entry.partnership.value) + ", " + c.municipality_key + ": " + date_text(c.entry.date) + " " +
                       std::string(contribution_kind_code(c.kind)) + " \"" + c.entry.description + "\" ";
    if (c.kind == ContributionKind::StaffTime)
        text += c.person + " (" + std::string(staff_role_code(c.role.value_or(StaffRole::TechnicalStaff))) + ") " + hours_text(c.hours) + " h at " +
                rate_text(c.rate) + " (" + (c.rate_date ? date_text(*c.rate_date) : "") + ", " + c.rounding + ") = ";
    return text + c.entry.amount.plain() + " CAD";
}

InKindTotals in_kind_totals(const std::vector<Contribution>& contributions)
{
    InKindTotals totals;
    for (const auto& c : contributions) {
        if (c.entry.status == EntryStatus::Entered) totals.waiting += c.entry.amount;
        if (c.entry.status != EntryStatus::Approved) continue;
        totals.by_year[c.entry.fiscal_year] += c.entry.amount;
        totals.by_kind[c.kind] += c.entry.amount;
        totals.total += c.entry.amount;
    }
    return totals;
}

ProgramInKind program_in_kind(const std::vector<InKindGroup>& groups)
{
    ProgramInKind totals;
    for (const auto& g : groups) {
        totals.by_municipality[g.municipality] += g.amount;
        totals.by_partnership[g.partnership.value] += g.amount;
        totals.by_year[g.fiscal_year] += g.amount;
        totals.by_country[g.country] += g.amount;
        totals.total += g.amount;
    }
    return totals;
}

}  // namespace pmi::partnerships
