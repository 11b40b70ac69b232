#include "partnerships/workplan_api.hpp"

#include "core/localized_json.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/workplan_rules.hpp"
#include "web/json.hpp"
#include "web/json_texts.hpp"

namespace pmi::partnerships {
namespace {

std::string optional_date(const std::optional<Date>& date) { return date ? date_text(*date) : ""; }

nlohmann::json activity_json(const Activity& a, Date today)
{
    nlohmann::json deliverables = nlohmann::json::array();
    for (const auto& d : a.deliverables) deliverables.push_back({{"description", d.description}, {"delivered_on", optional_date(d.delivered_on)}});
    return {{"id", a.id.value}, {"title", localized_json(a.title)}, {"description", a.description}, {"start", date_text(a.start)},
            {"end", date_text(a.end)}, {"responsible", responsible_code(a.responsible)}, {"status", activity_status_code(a.status)},
            {"output", a.output}, {"deliverables", deliverables}, {"overdue", is_overdue(a, today)}};
}

nlohmann::json milestone_json(const Milestone& m, Date today)
{
    return {{"id", m.id.value}, {"title", localized_json(m.title)}, {"due", date_text(m.due)}, {"done_on", optional_date(m.done_on)},
            {"activity", m.activity.valid() ? nlohmann::json(m.activity.value) : nlohmann::json()}, {"overdue", is_overdue(m, today)}};
}

template <typename Item>
nlohmann::json list_json(const std::vector<Item>& items, Date today, nlohmann::json (*to_json)(const Item&, Date))
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& item : items) list.push_back(to_json(item, today));
    return list;
}

Result<ActivityInput> activity_from_json(const nlohmann::json& body)
{
    ActivityInput in;
    in.title = TRY(web::json_texts(body, "title"));
    in.description = TRY(web::json_string(body, "description"));
    in.start = TRY(web::json_string(body, "start"));
    in.end = TRY(web::json_string(body, "end"));
    in.responsible = TRY(web::json_string(body, "responsible"));
    in.status = TRY(web::json_string(body, "status"));
    in.output = TRY(web::json_string(body, "output"));
    if (auto found = body.find("deliverables"); found != body.end() && !found->is_null()) {
        if (!found->is_array() || found->size() > kMostDeliverables)
            return invalid("deliverables", "The field deliverables must be a list of at most {1} objects with description and delivered_on.",
                           {std::to_string(kMostDeliverables)});
        for (const auto& item : *found) {
            if (!item.is_object())
                return invalid("deliverables", "The field deliverables must be a list of at most {1} objects with description and delivered_on.",
                               {std::to_string(kMostDeliverables)});
            in.deliverables.push_back({TRY(web::json_string(item, "description")), TRY(web::json_string(item, "delivered_on"))});
        }
    }
    return in;
}

Result<MilestoneInput> milestone_from_json(const nlohmann::json& body)
{
    MilestoneInput in;
    in.title = TRY(web::json_texts(body, "title"));
    in.due = TRY(web::json_string(body, "due"));
    in.done_on = TRY(web::json_string(body, "done_on"));
    if (auto found = body.find("activity"); found != body.end() && !found->is_null()) {
        if (!found->is_number_integer()) return invalid("activity", "Choose an activity of this partnership's workplan, or none.");
        in.activity = std::to_string(found->get<std::int64_t>());
    }
    return in;
}

std::int64_t number_in(const web::Exchange& exchange, std::string_view name)
{
    return std::atoll(std::string(exchange.request.path_parameter(name).substr(0, 18)).c_str());
}

// Reads the body with `read`, then adds (no id in the address under `name`) or changes.
template <typename Input, typename IdType>
web::Response save(const web::I18n& i18n, web::Exchange& exchange, const char* name, Result<Input> (*read)(const nlohmann::json&),
                   const std::function<Result<IdType>(const Input&)>& add, const std::function<Status(IdType, const Input&)>& change)
{
    auto body = web::json_object(exchange.request);
    if (!body.ok()) return web::json_error(i18n, exchange, body.error());
    auto input = read(*body);
    if (!input.ok()) return web::json_error(i18n, exchange, input.error());
    if (exchange.request.path_parameter(name).empty()) {
        auto added = add(*input);
        if (!added.ok()) return web::json_error(i18n, exchange, added.error());
        return web::json_response(201, {{"id", added->value}});
    }
    const IdType id{number_in(exchange, name)};
    auto changed = change(id, *input);
    if (!changed.ok()) return web::json_error(i18n, exchange, changed.error());
    return web::json_response(200, {{"id", id.value}});
}

}  // namespace

web::Response WorkplanApi::workplan(web::Exchange& exchange)
{
    auto found = workplans_.workplan(exchange.actor, partnership_in(exchange));
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    return web::json_response(200, {{"partnership", found->partnership.id.value},
                                    {"today", date_text(found->today)},
                                    {"activities", list_json(found->activities, found->today, activity_json)},
                                    {"milestones", list_json(found->milestones, found->today, milestone_json)}});
}

web::Response WorkplanApi::save_activity(web::Exchange& exchange)
{
    const auto id = partnership_in(exchange);
    return save<ActivityInput, ActivityId>(
        i18n_, exchange, "activity", activity_from_json, [&](const ActivityInput& in) { return workplans_.add_activity(exchange.actor, id, in); },
        [&](ActivityId activity, const ActivityInput& in) { return workplans_.update_activity(exchange.actor, id, activity, in); });
}

web::Response WorkplanApi::save_milestone(web::Exchange& exchange)
{
    const auto id = partnership_in(exchange);
    return save<MilestoneInput, MilestoneId>(
        i18n_, exchange, "milestone", milestone_from_json, [&](const MilestoneInput& in) { return workplans_.add_milestone(exchange.actor, id, in); },
        [&](MilestoneId milestone, const MilestoneInput& in) { return workplans_.update_milestone(exchange.actor, id, milestone, in); });
}

web::Response WorkplanApi::overdue(web::Exchange& exchange)
{
    auto found = workplans_.overdue(exchange.actor);
    if (!found.ok()) return web::json_error(i18n_, exchange, found.error());
    nlohmann::json partnerships = nlohmann::json::array();
    for (const auto& work : found->partnerships)
        partnerships.push_back({{"partnership", work.partnership.id.value},
                                {"activities", list_json(work.activities, found->today, activity_json)},
                                {"milestones", list_json(work.milestones, found->today, milestone_json)}});
    return web::json_response(200, {{"today", date_text(found->today)}, {"partnerships", partnerships}});
}

std::vector<web::ApiOperation> WorkplanApi::operations()
{
    using web::Method;
    const std::vector<web::ApiField> activity_body = {
        {"title", "object", "The title by language code; at least one"},
        {"description", "string", "Working notes (not public)", false},
        {"start", "string", "YYYY-MM-DD, inside the partnership's dates"},
        {"end", "string", "YYYY-MM-DD, not before start, inside the partnership's dates"},
        {"responsible", "string", "canadian-municipality, partner-local-government, both or program-office"},
        {"status", "string", "planned, in-progress, done or cancelled; done needs every deliverable delivered"},
        {"output", "string", "The code of the logic-model output it serves, such as 1111", false},
        {"deliverables", "array", "At most 20 objects {description, delivered_on (YYYY-MM-DD or empty)}", false}};
    const std::vector<web::ApiField> milestone_body = {{"title", "object", "The title by language code; at least one"},
                                                       {"due", "string", "YYYY-MM-DD, inside the partnership's dates"},
                                                       {"done_on", "string", "YYYY-MM-DD, not after today; empty until done", false},
                                                       {"activity", "integer", "An activity of the same partnership", false}};
    return {
        {Method::Get, "/api/v1/partnerships/:id/workplan",
         "Activities and milestones with what is overdue; the public gets a published partnership's titles, dates, sides and statuses", {}, {},
         {{200, "{partnership, today, activities, milestones}"}, {404, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/workplan/activities", "Staff and officers: add an activity", activity_body, {},
         {{201, "{id}"}, {401, ""}, {403, ""}, {404, ""}, {422, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/workplan/activities/:activity", "Staff and officers: change an activity", activity_body, {},
         {{200, "{id}"}, {401, ""}, {403, ""}, {404, ""}, {422, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/workplan/milestones", "Staff and officers: add a milestone", milestone_body, {},
         {{201, "{id}"}, {401, ""}, {403, ""}, {404, ""}, {422, ""}}},
        {Method::Post, "/api/v1/partnerships/:id/workplan/milestones/:milestone", "Staff and officers: change a milestone", milestone_body, {},
         {{200, "{id}"}, {401, ""}, {403, ""}, {404, ""}, {422, ""}}},
        {Method::Get, "/api/v1/workplans/overdue", "Officers: overdue activities and milestones of every partnership", {}, {},
         {{200, "{today, partnerships: [{partnership, activities, milestones}]}"}, {401, ""}, {403, ""}}},
    };
}

}  // namespace pmi::partnerships
