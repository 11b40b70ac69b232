// The application form: one field per question of the call, refilled with what was typed
// when a save fails, read-only once submitted or after the deadline.
#include "calls/pages.hpp"
#include "calls/rules.hpp"
#include "calls/view_helpers.hpp"
#include "site/view_helpers.hpp"

namespace pmi::calls {
namespace {

void add_question(ctemplate::TemplateDictionary& body, const Question& question, const std::string& value,
                  bool read_only, const std::vector<Error>& errors, const web::Exchange& exchange, const web::I18n& i18n)
{
    auto* row = body.AddSectionDictionary("QUESTION");
    row->SetValue("CODE", question.code);
    site::set_localized(*row, "LABEL", question.label, exchange, i18n);
    if (!question.help.empty()) {
        row->ShowSection("HAS_HELP");
        site::set_localized(*row, "HELP", question.help, exchange, i18n);
    }
    if (question.required) row->ShowSection("REQUIRED");
    if (read_only) row->ShowSection("READ_ONLY");
    row->SetValue("VALUE", value);
    for (const auto& error : errors)
        if (error.field == "q_" + question.code) row->SetValueAndShowSection("ERROR", i18n.error_text(exchange.language, error), "INVALID");
    switch (question.kind) {
    case QuestionKind::Text: {
        auto* text = row->AddSectionDictionary("TEXT");
        if (question.word_limit) {
            text->ShowSection("HAS_LIMIT");
            text->SetIntValue("LIMIT", *question.word_limit);
            text->SetValue("LIMIT_TEXT", i18n.format(exchange.language, "At most {1} words; now {2}.",
                                                     {std::to_string(*question.word_limit), std::to_string(count_words(value))}));
        }
        break;
    }
    case QuestionKind::Number: row->ShowSection("NUMBER"); break;
    case QuestionKind::Choice: {
        auto* choice = row->AddSectionDictionary("CHOICE");
        for (const auto& option : question.choices) {
            auto* item = choice->AddSectionDictionary("OPTION");
            item->SetValue("OPTION_CODE", option.code);
            item->SetValue("OPTION_LABEL", option.label.pick(exchange.language).text);
            if (option.code == value) item->ShowSection("SELECTED");
        }
        break;
    }
    case QuestionKind::File: break;
    }
}

}  // namespace

web::Response CallPages::application_page(web::Exchange& exchange, ApplicationView view, const Answers* typed,
                                          const Error* error)
{
    const auto& i18n = views_.i18n;
    const auto& application = view.application;
    const auto& call = view.call;
    const Seconds now = calls_.now();
    const bool open = phase(call, now) == CallPhase::Open;
    const bool can_change = view.can_edit && open;
    const bool editable_now = can_change && editable(application.status);
    std::vector<Error> errors = error ? flatten(*error) : std::vector<Error>{};

    web::Page page(views_, exchange, "calls/views/application.tpl");
    page.title(i18n.format(exchange.language, "Application of {1}", {application.organisation_name}));
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(application.id.value));
    body.SetIntValue("VERSION", application.version);
    body.SetValue("ORGANISATION", application.organisation_name);
    body.SetValue("CALL_SLUG", call.slug);
    site::set_localized(body, "CALL_TITLE", call.title, exchange, i18n);
    body.SetValue("STATUS", page.t(status_label(application.status)));
    if (application.submitted_at)
        body.SetValueAndShowSection("SUBMITTED_AT_TEXT", i18n.date_time_in(exchange.language, *application.submitted_at, call.time_zone), "SUBMITTED_AT");
    body.SetValue("DEADLINE", deadline_text(i18n, exchange, call));
    if (view.decision_message) {
        auto* decision = body.AddSectionDictionary("DECISION");
        decision->SetValue("STATUS", page.t(status_label(application.status)));
        site::set_localized(*decision, "MESSAGE", *view.decision_message, exchange, i18n, true);
    }
    if (open) body.SetValueAndShowSection("TIME_LEFT", time_left_text(i18n, exchange, call, now), "OPEN");
    else body.ShowSection("CLOSED");
    if (editable_now) body.ShowSection("EDITABLE");
    if (can_change && (application.status == ApplicationStatus::Submitted || application.status == ApplicationStatus::Draft))
        body.ShowSection("CAN_WITHDRAW");
    if (can_change && (application.status == ApplicationStatus::Submitted || application.status == ApplicationStatus::Withdrawn))
        body.ShowSection("CAN_REOPEN");
    for (const auto& question : call.questions) {
        if (question.kind == QuestionKind::File) continue;
        std::string value;
        if (typed && typed->count(question.code)) value = typed->at(question.code);
        else if (application.answers.count(question.code)) value = application.answers.at(question.code);
        add_question(body, question, value, !editable_now, errors, exchange, i18n);
    }
    add_documents(body, view, editable_now, errors, exchange);
    if (error) page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

void CallPages::add_documents(ctemplate::TemplateDictionary& body, const ApplicationView& view, bool editable_now,
                              const std::vector<Error>& errors, const web::Exchange& exchange)
{
    const auto& i18n = views_.i18n;
    auto files = attachments_.list(exchange.actor, view.application.id);
    ctemplate::TemplateDictionary* documents = nullptr;
    for (const auto& question : view.call.questions) {
        if (question.kind != QuestionKind::File) continue;
        if (!documents) documents = body.AddSectionDictionary("DOCUMENTS");
        auto* row = documents->AddSectionDictionary("FILE_QUESTION");
        row->SetValue("CODE", question.code);
        site::set_localized(*row, "LABEL", question.label, exchange, i18n);
        if (!question.help.empty()) {
            row->ShowSection("HAS_HELP");
            site::set_localized(*row, "HELP", question.help, exchange, i18n);
        }
        if (question.required) row->ShowSection("REQUIRED");
        if (editable_now) row->ShowSection("UPLOAD");
        for (const auto& error : errors)
            if (error.field == "q_" + question.code || (error.field == "file" && exchange.request.path.find("/files") != std::string::npos))
                row->SetValueAndShowSection("ERROR", i18n.error_text(exchange.language, error), "INVALID");
        bool any = false;
        for (const auto& file : files.ok() ? files.value() : std::vector<Attachment>{}) {
            if (file.question_code != question.code) continue;
            any = true;
            auto* item = row->AddSectionDictionary("FILE");
            item->SetIntValue("FILE_ID", static_cast<long>(file.id.value));
            item->SetValue("NAME", file.file_name);
            item->SetValue("SIZE", i18n.number(exchange.language, static_cast<double>(file.size) / 1024.0, 0) + " KB");
            if (editable_now) item->ShowSection("REMOVABLE");
        }
        if (!any) row->ShowSection("NO_FILE");
    }
}

}  // namespace pmi::calls
