#include "partnerships/ledger_forms.hpp"

#include "partnerships/fiscal_year.hpp"

namespace pmi::partnerships {
namespace {

std::string field(const web::Fields& form, std::string_view name, std::size_t most) { return std::string(form.get(name).substr(0, most)); }

}  // namespace

ExpenseInput expense_input(const web::Fields& form)
{
    return {field(form, "line", 20), field(form, "date", 20), field(form, "description", 1000), field(form, "currency", 10), field(form, "amount", 40)};
}

ContributionInput contribution_input(const web::Fields& form)
{
    return {field(form, "municipality", 100), field(form, "kind", 40), field(form, "date", 20), field(form, "description", 1000),
            field(form, "person", 400),       field(form, "role", 40), field(form, "hours", 20), field(form, "amount", 40),
            field(form, "currency", 10)};
}

DisbursementInput disbursement_input(const web::Fields& form)
{
    return {field(form, "paid_on", 20), field(form, "paid_amount", 40), field(form, "reference", 400)};
}

RateInput rate_input(const web::Fields& form)
{
    return {field(form, "key", 40), field(form, "effective_from", 20), field(form, "rate", 40), field(form, "source", 400)};
}

web::Fields fields_of(const Expense& e)
{
    web::Fields fields;
    fields.add("line", e.line.valid() ? std::to_string(e.line.value) : "");
    fields.add("date", date_text(e.entry.date));
    fields.add("description", e.entry.description);
    fields.add("currency", std::string(currency_code(e.currency)));
    fields.add("amount", minor_text(e.original, e.currency));
    return fields;
}

web::Fields fields_of(const Contribution& c)
{
    web::Fields fields;
    fields.add("municipality", c.municipality_key);
    fields.add("kind", std::string(contribution_kind_code(c.kind)));
    fields.add("date", date_text(c.entry.date));
    fields.add("description", c.entry.description);
    fields.add("person", c.person);
    fields.add("role", c.role ? std::string(staff_role_code(*c.role)) : "");
    fields.add("hours", c.kind == ContributionKind::StaffTime ? hours_text(c.hours) : "");
    fields.add("amount", c.kind == ContributionKind::StaffTime ? "" : c.entry.amount.plain());
    return fields;
}

}  // namespace pmi::partnerships
