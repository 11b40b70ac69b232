#include "partnerships/rules.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "core/translator.hpp"
#include "directory/directory.hpp"
#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

void read_members(const std::vector<std::string>& keys, MemberKind kind, const std::string& field, Partnership& partnership,
                  std::vector<Error>& errors)
{
    if (keys.empty()) {
        errors.push_back(invalid(field, kind == MemberKind::Team ? N_("Choose at least one Canadian municipal team.")
                                                                 : N_("Choose at least one partner local government.")));
        return;
    }
    if (keys.size() > kMostMembers) errors.push_back(invalid(field, "A partnership has at most {1} members of each kind.", {std::to_string(kMostMembers)}));
    for (const auto& key : keys) {
        if (key.empty() || key.size() > 100 || !text::valid_slug(key)) {
            errors.push_back(invalid(field, "Choose members from the partner directory."));
            return;
        }
        Member member{kind, key, {}};
        if (std::find(partnership.members.begin(), partnership.members.end(), member) == partnership.members.end())
            partnership.members.push_back(std::move(member));
    }
}

}  // namespace

std::optional<Date> read_date(const std::string& text, const std::string& field, std::vector<Error>& errors)
{
    if (text.empty()) return std::nullopt;
    auto date = parse_date(text);
    if (!date) errors.push_back(invalid(field, "Write the date as year-month-day, such as 2026-04-01."));
    return date;
}

void check_text(const std::string& value, const std::string& field, std::size_t most, std::vector<Error>& errors)
{
    if (value.size() > most) errors.push_back(invalid(field, "This text is too long; keep it under {1} characters.", {std::to_string(most)}));
    else if (!text::valid_utf8(value) || text::has_control_characters(value, true)) errors.push_back(invalid(field, "Remove the control characters from this text."));
}

Result<Partnership> read_partnership(const PartnershipInput& input)
{
    std::vector<Error> errors;
    Partnership p;
    read_members(input.teams, MemberKind::Team, "teams", p, errors);
    read_members(input.partners, MemberKind::Partner, "partners", p, errors);
    if (auto status = status_from_code(input.status)) p.status = *status;
    else errors.push_back(invalid("status", "Choose a status: proposed, active, suspended or closed."));
    p.start = read_date(input.start, "start", errors);
    p.end = read_date(input.end, "end", errors);
    if (p.start && p.end && *p.end < *p.start) errors.push_back(invalid("end", "The end date comes before the start date; correct one of them."));
    if (p.status == PartnershipStatus::Active && input.start.empty()) errors.push_back(invalid("start", "An active partnership needs a start date."));
    for (const auto& area : input.areas) {
        if (std::find(directory::kAreas.begin(), directory::kAreas.end(), area) == directory::kAreas.end()) {
            errors.push_back(invalid("areas", "Choose programming areas from the list."));
            break;
        }
        if (std::find(p.areas.begin(), p.areas.end(), area) == p.areas.end()) p.areas.push_back(area);
    }
    for (const auto& [language, summary] : input.summary) {
        check_text(summary, "summary_" + language, kMostTextBytes, errors);
        if (!text::trim(summary).empty()) p.summary.set(language, text::trim(summary));
    }
    p.contact_name = text::trim(input.contact_name);
    check_text(p.contact_name, "contact_name", 200, errors);
    p.contact_email = text::trim(input.contact_email);
    if (!p.contact_email.empty() && !text::plausible_email(p.contact_email))
        errors.push_back(invalid("contact_email", "Enter an email address such as name@example.org."));
    p.published = input.published;
    if (!errors.empty()) return combine(std::move(errors));
    return p;
}

PartnershipInput input_of(const Partnership& p)
{
    PartnershipInput in;
    for (const auto& member : p.members) (member.kind == MemberKind::Team ? in.teams : in.partners).push_back(member.key);
    in.status = std::string(status_code(p.status));
    in.start = p.start ? date_text(*p.start) : "";
    in.end = p.end ? date_text(*p.end) : "";
    in.areas = p.areas;
    for (const auto& [language, text] : p.summary.versions()) in.summary[language] = text;
    in.contact_name = p.contact_name;
    in.contact_email = p.contact_email;
    in.published = p.published;
    return in;
}

Result<BudgetLine> read_line(const LineInput& input, const Partnership& partnership)
{
    std::vector<Error> errors;
    BudgetLine line;
    line.partnership = partnership.id;
    const auto year = parse_fiscal_year(text::trim(input.fiscal_year));
    if (!year) errors.push_back(invalid("fiscal_year", "Write the fiscal year as 2026-27 (April 1, 2026 to March 31, 2027)."));
    else if (!partnership.start || !partnership.end)
        errors.push_back(invalid("fiscal_year", "Set the partnership's start and end dates before adding budget lines."));
    else if (fiscal_year_end(*year) < *partnership.start || fiscal_year_start(*year) > *partnership.end)
        errors.push_back(invalid("fiscal_year", "The fiscal year {1} falls outside the partnership, which runs from {2} to {3}; choose a year in between.",
                                 {fiscal_year_label(*year), date_text(*partnership.start), date_text(*partnership.end)}));
    if (year) line.fiscal_year = *year;
    if (auto category = category_from_code(input.category)) line.category = *category;
    else errors.push_back(invalid("category", "Choose a category: travel, professional fees, equipment, training or other costs."));
    line.description = text::trim(input.description);
    if (line.description.empty()) errors.push_back(invalid("description", "Describe what the line pays for."));
    else check_text(line.description, "description", 300, errors);
    auto amount = Money::parse(input.amount, "amount");
    if (amount.ok()) line.amount = *amount;
    else errors.push_back(amount.error());
    if (!errors.empty()) return combine(std::move(errors));
    return line;
}

BudgetTotals totals(const std::vector<BudgetLine>& lines)
{
    BudgetTotals totals;
    for (const auto& line : lines) {
        totals.by_year[line.fiscal_year] += line.amount;
        totals.by_category[line.category] += line.amount;
        totals.by_year_and_category[{line.fiscal_year, line.category}] += line.amount;
        totals.total += line.amount;
    }
    return totals;
}

}  // namespace pmi::partnerships
