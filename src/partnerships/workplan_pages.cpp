#include "partnerships/workplan_pages.hpp"

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/workplan_rules.hpp"
#include "partnerships/workplan_timeline.hpp"

namespace pmi::partnerships {
namespace {

constexpr const char* kLanguages[] = {"en", "fr", "es"};
constexpr std::size_t kBlankDeliverableRows = 2;  // for new deliverables, without JavaScript
constexpr std::size_t kLabelCodePoints = 26;      // of a title beside its bar

std::string address(PartnershipId id) { return "/partnerships/" + std::to_string(id.value) + "/workplan"; }

// The number in the address under `name`; 0 (no such row) when it is not one.
std::int64_t number_in(const web::Exchange& exchange, std::string_view name)
{
    return std::atoll(std::string(exchange.request.path_parameter(name).substr(0, 18)).c_str());
}

std::string trimmed_field(const web::Fields& form, const std::string& name, std::size_t most) { return std::string(form.get(name).substr(0, most)); }

std::map<std::string, std::string> titles(const web::Fields& form)
{
    std::map<std::string, std::string> versions;
    for (const char* language : kLanguages) versions[language] = trimmed_field(form, std::string("title_") + language, 1000);
    return versions;
}

ActivityInput activity_input(const web::Fields& form)
{
    ActivityInput in;
    in.title = titles(form);
    in.description = trimmed_field(form, "description", 8000);
    in.start = trimmed_field(form, "start", 40);
    in.end = trimmed_field(form, "end", 40);
    in.responsible = trimmed_field(form, "responsible", 40);
    in.status = trimmed_field(form, "status", 40);
    in.output = trimmed_field(form, "output", 40);
    for (std::size_t n = 1; n <= kMostDeliverables + 1 && form.has("deliverable_" + std::to_string(n)); ++n)
        in.deliverables.push_back({trimmed_field(form, "deliverable_" + std::to_string(n), 1000), trimmed_field(form, "delivered_on_" + std::to_string(n), 40)});
    return in;
}

MilestoneInput milestone_input(const web::Fields& form)
{
    return {titles(form), trimmed_field(form, "due", 40), trimmed_field(form, "done_on", 40), trimmed_field(form, "activity", 20)};
}

void add_titles(web::Fields& fields, const std::map<std::string, std::string>& title)
{
    for (const auto& [language, text] : title) fields.add("title_" + language, text);
}

web::Fields fields_of(const ActivityInput& in)
{
    web::Fields fields;
    add_titles(fields, in.title);
    for (auto [name, value] : {std::pair{"description", &in.description}, {"start", &in.start}, {"end", &in.end},
                               {"responsible", &in.responsible}, {"status", &in.status}, {"output", &in.output}})
        fields.add(name, *value);
    for (std::size_t i = 0; i < in.deliverables.size(); ++i) {
        fields.add("deliverable_" + std::to_string(i + 1), in.deliverables[i].description);
        fields.add("delivered_on_" + std::to_string(i + 1), in.deliverables[i].delivered_on);
    }
    return fields;
}

web::Fields fields_of(const MilestoneInput& in)
{
    web::Fields fields;
    add_titles(fields, in.title);
    fields.add("due", in.due);
    fields.add("done_on", in.done_on);
    fields.add("activity", in.activity);
    return fields;
}

// The first `most` characters (code points, not bytes) of `text`, with "…" when cut.
std::string shortened(const std::string& text, std::size_t most)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && count++ == most) return text.substr(0, i) + "…";
    return text;
}

// Whether an add succeeded, without the new id (the page goes back to the workplan).
template <typename T>
Status status_of(Result<T> result)
{
    if (!result.ok()) return result.take_error();
    return Ok{};
}

template <typename Item>
const Item* by_id(const std::vector<Item>& items, std::int64_t id)
{
    for (const auto& item : items)
        if (item.id.value == id) return &item;
    return nullptr;
}

// Sets TITLE and TITLE_LANG: the title in the reader's language, else the one there is.
void set_title(ctemplate::TemplateDictionary& row, const LocalizedText& title, std::string_view language)
{
    auto choice = title.pick(language);
    row.SetValue("TITLE", choice.text);
    row.SetValue("TITLE_LANG", choice.language);
}

void draw_timeline(ctemplate::TemplateDictionary& body, const Workplan& plan, const web::Page& page, std::string_view language)
{
    const auto t = timeline(plan);
    body.SetIntValue("CHART_WIDTH", t.width);
    body.SetIntValue("CHART_HEIGHT", t.height);
    for (const auto& month : t.months) {
        auto* row = body.AddSectionDictionary("MONTH");
        row->SetIntValue("X", month.x);
        row->SetIntValue("Y2", t.height);
        if (!month.label.empty()) row->SetValueAndShowSection("LABEL", month.label, "LABELLED");
        row->SetIntValue("LABEL_X", month.x + 3);
    }
    for (const auto& bar : t.bars) {
        const auto& a = plan.activities[bar.activity];
        auto* row = body.AddSectionDictionary("BAR");
        row->SetIntValue("X", bar.x);
        row->SetIntValue("Y", bar.y + 5);
        row->SetIntValue("WIDTH", bar.width);
        row->SetIntValue("TEXT_Y", bar.y + 17);
        const auto title = a.title.pick(language);
        row->SetValue("LABEL", shortened(title.text, kLabelCodePoints));
        row->SetValue("LABEL_LANG", title.language);
        row->SetValue("CLASS", bar.overdue ? "bar bar-overdue" : "bar bar-" + std::string(activity_status_code(a.status)));
        row->SetValue("TIP", title.text + ": " + date_text(a.start) + " – " + date_text(a.end) + ", " + page.t(activity_status_label(a.status)) +
                                 (bar.overdue ? ", " + page.t("overdue") : ""));
    }
    if (t.milestone_row_y >= 0) {
        body.ShowSection("MILESTONE_ROW");
        body.SetIntValue("MILESTONE_ROW_Y", t.milestone_row_y + 17);
    }
    for (const auto& diamond : t.diamonds) {
        const auto& m = plan.milestones[diamond.milestone];
        auto* row = body.AddSectionDictionary("DIAMOND");
        const auto x = std::to_string(diamond.x), y = std::to_string(diamond.y);
        row->SetValue("POINTS", x + "," + std::to_string(diamond.y - 7) + " " + std::to_string(diamond.x + 7) + "," + y + " " + x + "," +
                                    std::to_string(diamond.y + 7) + " " + std::to_string(diamond.x - 7) + "," + y);
        row->SetValue("CLASS", diamond.overdue ? "milestone-late" : "milestone");
        row->SetValue("TIP", m.title.pick(language).text + ": " + date_text(m.due) + (diamond.overdue ? ", " + page.t("overdue") : ""));
    }
    if (t.today_x) {
        body.ShowSection("TODAY_LINE");
        body.SetIntValue("TODAY_X", *t.today_x);
        body.SetIntValue("TODAY_Y2", t.height);
    }
}

}  // namespace

web::Response WorkplanPages::workplan(web::Exchange& exchange)
{
    auto found = workplans_.workplan(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& plan = *found;
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "partnerships/views/workplan.tpl");
    page.title(page.t("Workplan") + " – " + partnership_name(plan.partnership));
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(plan.partnership.id.value));
    body.SetValue("NAME", partnership_name(plan.partnership));
    body.SetValue("TODAY", date_text(plan.today));
    const bool planner = plan.access != Access::Public;
    if (planner) body.ShowSection("PLANNER");
    draw_timeline(body, plan, page, language);

    std::size_t overdue_count = 0;
    for (const auto& a : plan.activities) {
        auto* row = body.AddSectionDictionary("ACTIVITY");
        row->SetIntValue("ID", static_cast<long>(plan.partnership.id.value));
        row->SetIntValue("ACTIVITY_ID", static_cast<long>(a.id.value));
        set_title(*row, a.title, language);
        row->SetValue("START", date_text(a.start));
        row->SetValue("END", date_text(a.end));
        row->SetValue("SIDE", page.t(responsible_label(a.responsible)));
        row->SetValue("STATUS", page.t(activity_status_label(a.status)));
        row->SetValue("OUTPUT", a.output);
        if (is_overdue(a, plan.today)) {
            row->ShowSection("OVERDUE");
            auto* item = body.AddSectionDictionary("OVERDUE_ACTIVITY");
            set_title(*item, a.title, language);
            item->SetValue("END", date_text(a.end));
            ++overdue_count;
        }
        if (planner) {
            std::size_t delivered = 0;
            for (const auto& d : a.deliverables) delivered += d.delivered_on ? 1 : 0;
            row->ShowSection("PLANNER");
            row->SetValue("DELIVERED", views_.i18n.format(language, N_("{1} of {2}"), {std::to_string(delivered), std::to_string(a.deliverables.size())}));
        }
    }
    if (plan.activities.empty()) body.ShowSection("NO_ACTIVITIES");
    for (const auto& m : plan.milestones) {
        auto* row = body.AddSectionDictionary("MILESTONE");
        row->SetIntValue("ID", static_cast<long>(plan.partnership.id.value));
        row->SetIntValue("MILESTONE_ID", static_cast<long>(m.id.value));
        set_title(*row, m.title, language);
        row->SetValue("DUE", date_text(m.due));
        row->SetValue("DONE", m.done_on ? date_text(*m.done_on) : "");
        if (const auto* activity = by_id(plan.activities, m.activity.value)) row->SetValue("ACTIVITY", activity->title.pick(language).text);
        if (is_overdue(m, plan.today)) {
            row->ShowSection("OVERDUE");
            auto* item = body.AddSectionDictionary("OVERDUE_MILESTONE");
            set_title(*item, m.title, language);
            item->SetValue("DUE", date_text(m.due));
            ++overdue_count;
        }
        if (planner) row->ShowSection("PLANNER");
    }
    if (plan.milestones.empty()) body.ShowSection("NO_MILESTONES");
    if (overdue_count == 0) body.ShowSection("NOTHING_OVERDUE");
    return page.render();
}

namespace {

template <typename Enum, std::size_t N>
void options(ctemplate::TemplateDictionary& body, const char* section, const Enum (&values)[N], std::string_view (*code)(Enum),
             std::string_view (*label)(Enum), const web::Page& page, std::string_view selected)
{
    for (auto value : values) {
        auto* option = body.AddSectionDictionary(section);
        option->SetValue("CODE", std::string(code(value)));
        option->SetValue("NAME", page.t(label(value)));
        if (selected == code(value)) option->ShowSection("SELECTED");
    }
}

// Shows the message of the error on `field`, if any, in `row` as INVALID_<name>/ERROR_<name>:
// the layout sets these only at the top of the page, not inside repeated rows.
void row_error(ctemplate::TemplateDictionary& row, const std::string& name, const std::string& field, const std::vector<Error>& errors,
               const web::I18n& i18n, std::string_view language)
{
    for (const auto& error : errors)
        if (error.field == field) row.SetValueAndShowSection("ERROR_" + name, i18n.error_text(language, error), "INVALID_" + name);
}

// The form's page for an activity or milestone, new or the one in the address.
web::Response planning_form(const web::Views& views, web::Exchange& exchange, const Workplan& plan, const char* kind, const web::Fields& fields,
                            const Error* error, const std::function<void(ctemplate::TemplateDictionary&, const web::Page&)>& fill)
{
    const auto id = number_in(exchange, kind);
    const bool editing = id > 0;
    const std::string kind_text(kind);
    web::Page page(views, exchange, "partnerships/views/" + kind_text + ".tpl");
    const std::string_view title = kind_text == "activity" ? (editing ? N_("Change the activity") : N_("Add an activity"))
                                                           : (editing ? N_("Change the milestone") : N_("Add a milestone"));
    page.title(page.t(title) + " – " + partnership_name(plan.partnership));
    auto& body = page.body();
    web::refill(body, fields);
    body.SetValue("HEADING", page.t(title));
    body.SetIntValue("ID", static_cast<long>(plan.partnership.id.value));
    body.SetValue("NAME", partnership_name(plan.partnership));
    body.SetValue("ACTION", address(plan.partnership.id) + (kind_text == "activity" ? "/activities" : "/milestones") +
                                (editing ? "/" + std::to_string(id) : ""));
    fill(body, page);
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

}  // namespace

web::Response WorkplanPages::activity_page(web::Exchange& exchange, const Workplan& plan, const web::Fields& fields, const Error* error)
{
    return planning_form(views_, exchange, plan, "activity", fields, error, [&](ctemplate::TemplateDictionary& body, const web::Page& page) {
        options(body, "SIDE_OPTION", kResponsibleSides, responsible_code, responsible_label, page, fields.get("responsible"));
        options(body, "STATUS_OPTION", kActivityStatuses, activity_status_code, activity_status_label, page,
                fields.has("status") ? fields.get("status") : "planned");
        std::size_t filled = 0;
        while (fields.has("deliverable_" + std::to_string(filled + 1))) ++filled;
        const auto errors = error ? flatten(*error) : std::vector<Error>{};
        for (std::size_t n = 1; n <= std::min(filled + kBlankDeliverableRows, kMostDeliverables); ++n) {
            const auto number = std::to_string(n);
            auto* row = body.AddSectionDictionary("DELIVERABLE");
            row->SetValue("N", number);
            row->SetValue("TEXT", std::string(fields.get("deliverable_" + number)));
            row->SetValue("DELIVERED_ON", std::string(fields.get("delivered_on_" + number)));
            row_error(*row, "TEXT", "deliverable_" + number, errors, views_.i18n, exchange.language);
            row_error(*row, "DELIVERED_ON", "delivered_on_" + number, errors, views_.i18n, exchange.language);
        }
    });
}

web::Response WorkplanPages::milestone_page(web::Exchange& exchange, const Workplan& plan, const web::Fields& fields, const Error* error)
{
    return planning_form(views_, exchange, plan, "milestone", fields, error, [&](ctemplate::TemplateDictionary& body, const web::Page&) {
        for (const auto& a : plan.activities) {
            auto* option = body.AddSectionDictionary("ACTIVITY_OPTION");
            option->SetIntValue("ACTIVITY_ID", static_cast<long>(a.id.value));
            option->SetValue("TITLE", date_text(a.start) + " · " + a.title.pick(exchange.language).text);
            if (fields.get("activity") == std::to_string(a.id.value)) option->ShowSection("SELECTED");
        }
    });
}

web::Response WorkplanPages::activity_form(web::Exchange& exchange)
{
    auto found = workplans_.workplan(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    if (found->access == Access::Public) return web::refusal(views_, exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    web::Fields fields;
    if (const auto id = number_in(exchange, "activity"); id != 0 || !exchange.request.path_parameter("activity").empty()) {
        const auto* activity = by_id(found->activities, id);
        if (!activity) return web::refusal(views_, exchange, not_found());
        fields = fields_of(input_of(*activity));
    }
    return activity_page(exchange, *found, fields, nullptr);
}

web::Response WorkplanPages::milestone_form(web::Exchange& exchange)
{
    auto found = workplans_.workplan(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    if (found->access == Access::Public) return web::refusal(views_, exchange, exchange.actor.signed_in() ? forbidden() : unauthenticated());
    web::Fields fields;
    if (const auto id = number_in(exchange, "milestone"); id != 0 || !exchange.request.path_parameter("milestone").empty()) {
        const auto* milestone = by_id(found->milestones, id);
        if (!milestone) return web::refusal(views_, exchange, not_found());
        fields = fields_of(input_of(*milestone));
    }
    return milestone_page(exchange, *found, fields, nullptr);
}

web::Response WorkplanPages::save_activity(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    const ActivityId activity{number_in(exchange, "activity")};
    const auto input = activity_input(form);
    const Status saved = exchange.request.path_parameter("activity").empty() ? status_of(workplans_.add_activity(exchange.actor, id, input))
                                                                              : workplans_.update_activity(exchange.actor, id, activity, input);
    if (saved.ok()) return web::Response::redirect(address(id) + "?notice=saved");
    if (saved.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, saved.error());
    auto found = workplans_.workplan(exchange.actor, id);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    return activity_page(exchange, *found, form, &saved.error());
}

web::Response WorkplanPages::save_milestone(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto id = partnership_in(exchange);
    const MilestoneId milestone{number_in(exchange, "milestone")};
    const auto input = milestone_input(form);
    const Status saved = exchange.request.path_parameter("milestone").empty() ? status_of(workplans_.add_milestone(exchange.actor, id, input))
                                                                               : workplans_.update_milestone(exchange.actor, id, milestone, input);
    if (saved.ok()) return web::Response::redirect(address(id) + "?notice=saved");
    if (saved.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, saved.error());
    auto found = workplans_.workplan(exchange.actor, id);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    return milestone_page(exchange, *found, form, &saved.error());
}

web::Response WorkplanPages::export_table(web::Exchange& exchange, const std::string& kind, Table (*table_of)(const Workplan&), const std::string& name)
{
    auto found = workplans_.workplan(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = table_of(*found);
    return spreadsheet(kind, name + "-" + std::to_string(found->partnership.id.value), table.header, table.rows);
}

web::Response WorkplanPages::activities_csv(web::Exchange& exchange) { return export_table(exchange, "csv", activity_table, "activities"); }
web::Response WorkplanPages::activities_xlsx(web::Exchange& exchange) { return export_table(exchange, "xlsx", activity_table, "activities"); }
web::Response WorkplanPages::milestones_csv(web::Exchange& exchange) { return export_table(exchange, "csv", milestone_table, "milestones"); }
web::Response WorkplanPages::milestones_xlsx(web::Exchange& exchange) { return export_table(exchange, "xlsx", milestone_table, "milestones"); }

web::Response WorkplanPages::export_overdue(web::Exchange& exchange, const std::string& kind)
{
    auto found = workplans_.overdue(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    auto table = overdue_table(*found);
    return spreadsheet(kind, "overdue-work-" + date_text(found->today), table.header, table.rows);
}

web::Response WorkplanPages::overdue_csv(web::Exchange& exchange) { return export_overdue(exchange, "csv"); }
web::Response WorkplanPages::overdue_xlsx(web::Exchange& exchange) { return export_overdue(exchange, "xlsx"); }

web::Response WorkplanPages::overdue(web::Exchange& exchange)
{
    auto found = workplans_.overdue(exchange.actor);
    if (!found.ok()) return web::refusal(views_, exchange, found.error());
    const auto& language = exchange.language;
    web::Page page(views_, exchange, "partnerships/views/overdue.tpl");
    page.title(page.t("Overdue work"));
    auto& body = page.body();
    body.SetValue("TODAY", date_text(found->today));
    for (const auto& work : found->partnerships) {
        auto* section = body.AddSectionDictionary("PARTNERSHIP");
        section->SetIntValue("ID", static_cast<long>(work.partnership.id.value));
        section->SetValue("NAME", partnership_name(work.partnership));
        for (const auto& a : work.activities) {
            auto* row = section->AddSectionDictionary("ACTIVITY");
            set_title(*row, a.title, language);
            row->SetValue("END", date_text(a.end));
            row->SetValue("SIDE", page.t(responsible_label(a.responsible)));
            row->SetValue("STATUS", page.t(activity_status_label(a.status)));
        }
        for (const auto& m : work.milestones) {
            auto* row = section->AddSectionDictionary("MILESTONE");
            set_title(*row, m.title, language);
            row->SetValue("DUE", date_text(m.due));
        }
    }
    if (found->partnerships.empty()) body.ShowSection("NOTHING_OVERDUE");
    return page.render();
}

}  // namespace pmi::partnerships
