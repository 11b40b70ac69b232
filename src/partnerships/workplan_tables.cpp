#include "partnerships/workplan_tables.hpp"

#include "partnerships/fiscal_year.hpp"
#include "partnerships/workplan_rules.hpp"

namespace pmi::partnerships {
namespace {

constexpr const char* kLanguages[] = {"en", "fr", "es"};

std::string joined_deliverables(const Activity& a)
{
    std::string text;
    for (const auto& d : a.deliverables) text += (text.empty() ? "" : "; ") + d.description + (d.delivered_on ? " [" + date_text(*d.delivered_on) + "]" : "");
    return text;
}

void add_title_columns(std::vector<std::string>& row, const LocalizedText& title)
{
    for (const char* language : kLanguages) row.push_back(title.get(language));
}

}  // namespace

Table activity_table(const Workplan& plan)
{
    Table table{{"id", "title_en", "title_fr", "title_es", "start", "end", "responsible", "status", "overdue", "output", "deliverables",
                 "description"},
                {}};
    for (const auto& a : plan.activities) {
        std::vector<std::string> row{std::to_string(a.id.value)};
        add_title_columns(row, a.title);
        row.insert(row.end(), {date_text(a.start), date_text(a.end), std::string(responsible_code(a.responsible)),
                               std::string(activity_status_code(a.status)), is_overdue(a, plan.today) ? "yes" : "no", a.output,
                               joined_deliverables(a), a.description});
        table.rows.push_back(std::move(row));
    }
    return table;
}

Table milestone_table(const Workplan& plan)
{
    Table table{{"id", "title_en", "title_fr", "title_es", "due", "done_on", "overdue", "activity"}, {}};
    for (const auto& m : plan.milestones) {
        std::vector<std::string> row{std::to_string(m.id.value)};
        add_title_columns(row, m.title);
        row.insert(row.end(), {date_text(m.due), m.done_on ? date_text(*m.done_on) : "", is_overdue(m, plan.today) ? "yes" : "no",
                               m.activity.valid() ? std::to_string(m.activity.value) : ""});
        table.rows.push_back(std::move(row));
    }
    return table;
}

Table overdue_table(const ProgramOverdue& overdue)
{
    Table table{{"partnership", "partnership_name", "kind", "id", "title_en", "title_fr", "title_es", "date", "status", "responsible"}, {}};
    for (const auto& work : overdue.partnerships) {
        const std::vector<std::string> partnership{std::to_string(work.partnership.id.value), partnership_name(work.partnership)};
        for (const auto& a : work.activities) {
            auto row = partnership;
            row.insert(row.end(), {"activity", std::to_string(a.id.value)});
            add_title_columns(row, a.title);
            row.insert(row.end(), {date_text(a.end), std::string(activity_status_code(a.status)), std::string(responsible_code(a.responsible))});
            table.rows.push_back(std::move(row));
        }
        for (const auto& m : work.milestones) {
            auto row = partnership;
            row.insert(row.end(), {"milestone", std::to_string(m.id.value)});
            add_title_columns(row, m.title);
            row.insert(row.end(), {date_text(m.due), "", ""});
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

}  // namespace pmi::partnerships
