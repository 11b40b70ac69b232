#include "calls/manage_pages.hpp"

#include <algorithm>

#include "calls/rules.hpp"
#include "calls/time_zone.hpp"
#include "calls/view_helpers.hpp"
#include "core/translator.hpp"
#include "site/view_helpers.hpp"

namespace pmi::calls {
namespace {

constexpr int kBlankCriteria = 3;
constexpr int kBlankQuestions = 4;

std::string choices_text(const std::vector<Choice>& choices)
{
    std::string text;
    for (const auto& choice : choices)
        text += choice.code + " = " + choice.label.get("en") + " | " + choice.label.get("fr") + " | " + choice.label.get("es") + "\n";
    return text;
}

void row_errors(ctemplate::TemplateDictionary& row, const std::string& prefix, const std::vector<Error>& errors,
                const web::I18n& i18n, const web::Exchange& exchange)
{
    for (const auto& error : errors)
        if (error.field.rfind(prefix, 0) == 0) row.SetValueAndShowSection("MESSAGE", i18n.error_text(exchange.language, error), "ROW_ERROR");
}

}  // namespace

web::Response CallManagePages::refuse(web::Exchange& exchange, const Error& error)
{
    return web::refusal(views_, exchange, error);
}

web::Response CallManagePages::index(web::Exchange& exchange)
{
    if (auto allowed = calls_.can_manage(exchange.actor); !allowed.ok()) return refuse(exchange, allowed.error());
    const Seconds now = calls_.now();
    web::Page page(views_, exchange, "calls/views/manage_calls.tpl");
    page.title(page.t("Calls"));
    for (const auto& call : calls_.calls()) {
        auto* row = page.body().AddSectionDictionary("CALL");
        row->SetIntValue("ID", static_cast<long>(call.id.value));
        row->SetValue("SLUG", call.slug);
        site::set_localized(*row, "TITLE", call.title, exchange, views_.i18n);
        row->SetValue("DEADLINE", deadline_text(views_.i18n, exchange, call));
        auto current = phase(call, now);
        row->SetValue("PHASE", page.t(current == CallPhase::Open ? "Open" : current == CallPhase::Closed ? "Closed" : "Opening soon"));
    }
    return page.render();
}

web::Response CallManagePages::editor(web::Exchange& exchange, const Call& call, const web::Fields& dates, const Error* error)
{
    const auto& i18n = views_.i18n;
    std::vector<Error> errors = error ? flatten(*error) : std::vector<Error>{};
    web::Fields fields = dates;
    fields.add("slug", call.slug);
    fields.add("reviews_per_application", std::to_string(call.reviews_per_application));
    const std::string action = call.id.valid() ? "/manage/calls/" + std::to_string(call.id.value) + "/edit" : "/manage/calls";
    return web::form_page(views_, exchange, "calls/views/call_edit.tpl", call.id.valid() ? "Edit a call" : "New call", fields, error,
                          [&](auto& body) {
        body.SetValue("ACTION", action);
        body.SetValue("HEADING", i18n.translate(exchange.language, call.id.valid() ? N_("Edit a call") : N_("New call")));
        for (const auto& language : i18n.languages()) {
            auto* section = body.AddSectionDictionary("LANGUAGE");
            section->SetValue("CODE", language.code);
            section->SetValue("NAME", language.name);
            section->SetValue("TITLE", call.title.get(language.code));
            section->SetValue("DESCRIPTION", call.description.get(language.code));
            for (const auto& item : errors)
                if (item.field == "title_" + language.code) section->SetValueAndShowSection("TITLE_ERROR", i18n.error_text(exchange.language, item), "TITLE_INVALID");
        }
        for (const auto& country : site_.countries().countries) {
            auto* box = body.AddSectionDictionary("COUNTRY");
            box->SetValue("CODE", country.code);
            box->SetValue("NAME", country.name.pick(exchange.language).text);
            if (std::count(call.countries.begin(), call.countries.end(), country.code)) box->ShowSection("CHECKED");
        }
        for (const auto& area : site_.areas()) {
            auto* box = body.AddSectionDictionary("AREA");
            box->SetValue("CODE", area.code);
            box->SetValue("NAME", area.name.pick(exchange.language).text);
            if (std::count(call.areas.begin(), call.areas.end(), area.code)) box->ShowSection("CHECKED");
        }
        for (auto zone : program_time_zones()) {
            auto* option = body.AddSectionDictionary("ZONE");
            option->SetValue("NAME", std::string(zone));
            if (zone == call.time_zone) option->ShowSection("SELECTED");
        }
        const int criteria = static_cast<int>(std::min<std::size_t>(kMaxCriteria, call.criteria.size() + kBlankCriteria));
        for (int n = 1; n <= criteria; ++n) {
            Criterion blank{{}, {}, 1, 5};
            const Criterion& criterion = n <= static_cast<int>(call.criteria.size()) ? call.criteria[n - 1] : blank;
            auto* row = body.AddSectionDictionary("CRITERION");
            row->SetIntValue("N", n);
            row->SetIntValue("WEIGHT", criterion.weight);
            row->SetIntValue("SCALE", criterion.scale_max);
            for (const auto& language : i18n.languages()) {
                auto* texts = row->AddSectionDictionary("TEXTS");
                texts->SetValue("CODE", language.code);
                texts->SetValue("LANGUAGE_NAME", language.name);
                texts->SetValue("NAME", criterion.name.get(language.code));
                texts->SetValue("GUIDANCE", criterion.guidance.get(language.code));
            }
            row_errors(*row, "criterion_" + std::to_string(n) + "_", errors, i18n, exchange);
        }
        const int questions = static_cast<int>(std::min<std::size_t>(kMaxQuestions, call.questions.size() + kBlankQuestions));
        for (int n = 1; n <= questions; ++n) {
            Question blank;
            const Question& question = n <= static_cast<int>(call.questions.size()) ? call.questions[n - 1] : blank;
            auto* row = body.AddSectionDictionary("QUESTION");
            row->SetIntValue("N", n);
            row->SetValue("CODE", question.code);
            if (question.word_limit) row->SetIntValue("WORD_LIMIT", *question.word_limit);
            row->SetValue("CHOICES", choices_text(question.choices));
            if (question.required) row->ShowSection("IS_REQUIRED");
            for (auto [kind, label] : {std::pair{QuestionKind::Text, N_("Text")}, {QuestionKind::Choice, N_("Choice")}, {QuestionKind::Number, N_("Number")}, {QuestionKind::File, N_("File")}}) {
                auto* option = row->AddSectionDictionary("KIND");
                option->SetValue("VALUE", std::string(question_kind_code(kind)));
                option->SetValue("LABEL", i18n.translate(exchange.language, label));
                if (kind == question.kind) option->ShowSection("SELECTED");
            }
            for (const auto& language : i18n.languages()) {
                auto* texts = row->AddSectionDictionary("TEXTS");
                texts->SetValue("CODE", language.code);
                texts->SetValue("LANGUAGE_NAME", language.name);
                texts->SetValue("LABEL", question.label.get(language.code));
                texts->SetValue("HELP", question.help.get(language.code));
            }
            row_errors(*row, "question_" + std::to_string(n) + "_", errors, i18n, exchange);
        }
    });
}

web::Response CallManagePages::new_form(web::Exchange& exchange)
{
    if (auto allowed = calls_.can_manage(exchange.actor); !allowed.ok()) return refuse(exchange, allowed.error());
    Call call;
    call.time_zone = "America/Toronto";
    return editor(exchange, call, {}, nullptr);
}

web::Response CallManagePages::edit_form(web::Exchange& exchange)
{
    CallId id{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())};
    auto call = calls_.call_for_editing(exchange.actor, id);
    if (!call.ok()) return refuse(exchange, call.error());
    web::Fields dates;
    dates.add("opens", utc_to_local(call->opens_at, call->time_zone));
    dates.add("deadline", utc_to_local(call->deadline_at, call->time_zone));
    dates.add("review_due", utc_to_local(call->review_due_at, call->time_zone));
    return editor(exchange, *call, dates, nullptr);
}

web::Response CallManagePages::save(web::Exchange& exchange, CallId id)
{
    if (auto allowed = calls_.can_manage(exchange.actor); !allowed.ok()) return refuse(exchange, allowed.error());
    const auto form = exchange.request.form();
    std::vector<Error> date_errors;
    Call call = call_from_form(form, views_.i18n, id, date_errors);
    web::Fields dates;
    for (const char* field : {"opens", "deadline", "review_due"}) dates.add(field, std::string(form.get(field)));
    auto saved = date_errors.empty() ? calls_.save_call(exchange.actor, call) : Result<CallId>(combine(std::move(date_errors)));
    if (saved.ok()) return web::Response::redirect("/calls/" + web::percent_encode(call.slug) + "?notice=saved");
    if (saved.error().code == ErrorCode::Forbidden || saved.error().code == ErrorCode::NotFound) return refuse(exchange, saved.error());
    return editor(exchange, call, dates, &saved.error());
}

web::Response CallManagePages::create(web::Exchange& exchange)
{
    return save(exchange, CallId{});
}

web::Response CallManagePages::update(web::Exchange& exchange)
{
    return save(exchange, CallId{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())});
}

web::Response CallManagePages::applications(web::Exchange& exchange)
{
    CallId id{std::atoll(std::string(exchange.request.path_parameter("id")).c_str())};
    auto call = calls_.call_for_editing(exchange.actor, id);
    if (!call.ok()) return refuse(exchange, call.error());
    auto list = calls_.applications_of_call(exchange.actor, id);
    if (!list.ok()) return refuse(exchange, list.error());
    web::Page page(views_, exchange, "calls/views/call_applications.tpl");
    page.title(page.t("Applications"));
    site::set_localized(page.body(), "TITLE", call->title, exchange, views_.i18n);
    for (const auto& summary : *list) {
        auto* row = page.body().AddSectionDictionary("APPLICATION");
        row->SetIntValue("ID", static_cast<long>(summary.id.value));
        row->SetValue("ORGANISATION", summary.organisation_name);
        row->SetValue("STATUS", page.t(status_label(summary.status)));
        if (summary.submitted_at) row->SetValue("SUBMITTED", views_.i18n.date_time_in(exchange.language, *summary.submitted_at, call->time_zone));
    }
    if (list->empty()) page.body().ShowSection("NONE");
    return page.render();
}

}  // namespace pmi::calls
